package dev.connectkit.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Ledger} remembers of one connector after a verified write: the set that owns it, the keys last
 * applied, its secrets' fingerprints (HMACs or versions, never values), the digest of its spec, when and by which plan,
 * and whether it was healthy then.
 *
 * <!-- example: Ledger ledger -->
 * <pre>{@code
 * ledger.get("sales-qas-orders-connector").map(LedgerEntry::specDigest);
 * }</pre>
 */
public final class LedgerEntry {
  private final String name;
  private final String setId;
  private final Set<String> appliedKeys;
  private final Map<String, String> secretFingerprints;
  private final String specDigest;
  private final Instant appliedAt;
  private final String planId;
  private final boolean healthy;
  private final @Nullable String state;
  private final boolean protect;

  /**
   * An entry.
   *
   * @param state the desired state applied ({@code RUNNING}, {@code PAUSED}, {@code STOPPED}), or null
   * @param protect whether the set declared the connector protected: prune never deletes it, even once it left the set
   */
  public LedgerEntry(String name, String setId, Set<String> appliedKeys, Map<String, String> secretFingerprints,
      String specDigest, Instant appliedAt, String planId, boolean healthy, @Nullable String state, boolean protect) {
    this.name = Objects.requireNonNull(name, "name");
    this.setId = Objects.requireNonNull(setId, "setId");
    this.appliedKeys = Set.copyOf(new TreeSet<>(appliedKeys));
    this.secretFingerprints = Map.copyOf(new TreeMap<>(secretFingerprints));
    this.specDigest = Objects.requireNonNull(specDigest, "specDigest");
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    this.planId = Objects.requireNonNull(planId, "planId");
    this.healthy = healthy;
    this.state = state;
    this.protect = protect;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** The set that created or last applied it: the owner prune checks. */
  public String setId() {
    return setId;
  }

  /** The non-secret keys last applied. */
  public Set<String> appliedKeys() {
    return new TreeSet<>(appliedKeys);
  }

  /** Key to fingerprint (an HMAC in hex, or {@code v:<version>}) of every secret last applied. */
  public Map<String, String> secretFingerprints() {
    return new TreeMap<>(secretFingerprints);
  }

  /** The stage-independent digest of the non-secret config last applied. */
  public String specDigest() {
    return specDigest;
  }

  /** When the write was verified. */
  public Instant appliedAt() {
    return appliedAt;
  }

  /** The id of the plan that applied it. */
  public String planId() {
    return planId;
  }

  /** Whether the connector reached its desired state when the write was verified. */
  public boolean healthy() {
    return healthy;
  }

  /** The desired state applied. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** Whether the connector was declared protected when last applied. */
  public boolean isProtected() {
    return protect;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof LedgerEntry)) {
      return false;
    }
    LedgerEntry e = (LedgerEntry) o;
    return name.equals(e.name) && setId.equals(e.setId) && appliedKeys.equals(e.appliedKeys)
        && secretFingerprints.equals(e.secretFingerprints) && specDigest.equals(e.specDigest)
        && appliedAt.equals(e.appliedAt) && planId.equals(e.planId) && healthy == e.healthy
        && Objects.equals(state, e.state) && protect == e.protect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, setId, specDigest, appliedAt, planId);
  }

  /** Name, owner, digest and time; fingerprints are left out. */
  @Override
  public String toString() {
    return "LedgerEntry{" + name + ", set=" + setId + ", spec=" + specDigest + ", at=" + appliedAt
        + (healthy ? ", healthy" : ", unhealthy") + "}";
  }
}
