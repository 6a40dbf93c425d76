package dev.connectkit.plan;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One key's difference between the desired config and the live one. Values are shown after normalisation through the
 * typed codecs; a secret's value never appears, only (under {@link SecretPolicy#FINGERPRINT}) the first 8 hex
 * characters of its fingerprint.
 *
 * <!-- example: Change change -->
 * <pre>{@code
 * for (FieldDiff d : change.diffs()) {
 *   System.out.println(d.kind() + " " + d.key() + " " + d.before().orElse("-") + " -> " + d.after().orElse("-"));
 * }
 * }</pre>
 */
public final class FieldDiff {
  /** What kind of difference a key shows. */
  public enum Kind {
    /** Desired, missing live. */
    ADD(true),
    /** Desired and live, with different values. */
    CHANGE(true),
    /** Applied last time by this set, no longer desired, still live: the update leaves it out. */
    REMOVE(true),
    /**
     * Live only, set by someone else (neither server-owned nor a default): an update replaces the whole config and
     * would erase it. The update is still planned; declare the key in the config to keep it.
     */
    CONFLICT(false),
    /** A desired secret missing live. */
    SECRET_ADD(true),
    /** A desired secret whose fingerprint or version differs from the one last applied. */
    SECRET_CHANGED(true),
    /** A desired secret with no fingerprint to compare with (first run, import, lost ledger): shown, not applied. */
    SECRET_UNVERIFIED(false),
    /** A secret sent on every apply ({@link SecretPolicy#ALWAYS_SEND}). */
    SECRET_RESEND(true);

    private final boolean write;

    Kind(boolean write) {
      this.write = write;
    }

    /** Whether this difference alone makes the connector's config be written. */
    public boolean causesWrite() {
      return write;
    }

    /** Whether the key is a secret. */
    public boolean isSecret() {
      return name().startsWith("SECRET_");
    }
  }

  private final String key;
  private final Kind kind;
  private final @Nullable String before;
  private final @Nullable String after;
  private final @Nullable String fingerprint;

  FieldDiff(String key, Kind kind, @Nullable String before, @Nullable String after, @Nullable String fingerprint) {
    this.key = key;
    this.kind = kind;
    this.before = kind.isSecret() ? null : before;
    this.after = kind.isSecret() ? null : after;
    this.fingerprint = fingerprint == null ? null : fingerprint.substring(0, Math.min(8, fingerprint.length()));
  }

  /** The config key. */
  public String key() {
    return key;
  }

  /** What kind of difference it is. */
  public Kind kind() {
    return kind;
  }

  /** The live value (normalised); empty for a key missing live and for every secret. */
  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  /** The desired value; empty for a removed key and for every secret. */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  /** The first 8 hex characters of the desired secret's fingerprint, for a secret under FINGERPRINT. */
  public Optional<String> fingerprint() {
    return Optional.ofNullable(fingerprint);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FieldDiff)) {
      return false;
    }
    FieldDiff d = (FieldDiff) o;
    return key.equals(d.key) && kind == d.kind && Objects.equals(before, d.before) && Objects.equals(after, d.after)
        && Objects.equals(fingerprint, d.fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, kind, before, after, fingerprint);
  }

  /** For example {@code CHANGE quickstart: "ORDERS" -> "USERS"}; a secret shows no value. */
  @Override
  public String toString() {
    return kind + " " + key + (kind.isSecret() ? " (sensitive)" : ": " + quote(before) + " -> " + quote(after));
  }

  static String quote(@Nullable String value) {
    return value == null ? "(none)" : '"' + value + '"';
  }
}
