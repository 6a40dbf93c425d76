package dev.connectkit.plan;

import dev.connectkit.ConnectorState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Plan} does to one connector, with its field-level diff.
 *
 * <!-- example: Plan plan -->
 * <pre>{@code
 * for (Change c : plan.changes()) {
 *   if (c.kind() == Change.Kind.UPDATE && !c.conflicts().isEmpty()) {
 *     System.out.println(c.name() + ": an update would erase " + c.conflicts());
 *   }
 * }
 * }</pre>
 */
public final class Change {
  /** The kinds of change. */
  public enum Kind {
    /** The connector is created (and, if desired so, paused or stopped). */
    CREATE,
    /** The connector's config is replaced (a full-config PUT); a state change of the same plan follows it. */
    UPDATE,
    /** The connector is deleted (prune). */
    DELETE,
    /** Only the connector's state changes (pause, resume, stop). */
    SET_STATE,
    /** Nothing to do: no request is made. */
    NO_OP,
    /** Live in the scope but not in the set and not pruned: left alone. */
    UNMANAGED;

    /** Whether applying this kind makes a request. */
    public boolean isWrite() {
      return this == CREATE || this == UPDATE || this == DELETE || this == SET_STATE;
    }
  }

  private final Kind kind;
  private final String name;
  private final List<FieldDiff> diffs;
  private final @Nullable ConnectorState liveState;
  private final @Nullable DesiredState desiredState;
  private final List<String> notes;
  private final @Nullable DesiredConnector desired;
  private final String observed;
  private final Map<String, String> fingerprints;
  private final String specDigest;

  Change(
      Kind kind,
      String name,
      List<FieldDiff> diffs,
      @Nullable ConnectorState liveState,
      @Nullable DesiredState desiredState,
      List<String> notes,
      @Nullable DesiredConnector desired,
      String observed,
      Map<String, String> fingerprints,
      String specDigest) {
    this.kind = kind;
    this.name = name;
    this.diffs = List.copyOf(diffs);
    this.liveState = liveState;
    this.desiredState = desiredState;
    this.notes = List.copyOf(notes);
    this.desired = desired;
    this.observed = observed;
    this.fingerprints = Map.copyOf(fingerprints);
    this.specDigest = specDigest;
  }

  /** The kind of change. */
  public Kind kind() {
    return kind;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** Every key that differs, sorted by key; a created connector lists all its keys as {@code ADD}. */
  public List<FieldDiff> diffs() {
    return diffs;
  }

  /** Keys set outside this set that an update would erase ({@link FieldDiff.Kind#CONFLICT}). */
  public List<String> conflicts() {
    return diffs.stream().filter(d -> d.kind() == FieldDiff.Kind.CONFLICT).map(FieldDiff::key).toList();
  }

  /** The live state at plan time; empty if the connector does not exist yet. */
  public Optional<ConnectorState> liveState() {
    return Optional.ofNullable(liveState);
  }

  /** The desired state; empty for a delete or an unmanaged connector. */
  public Optional<DesiredState> desiredState() {
    return Optional.ofNullable(desiredState);
  }

  /** Whether the state changes (alone, or after an update or a create). */
  public boolean changesState() {
    DesiredState d = desiredState;
    if (d == null || kind == Kind.DELETE) {
      return false;
    }
    return liveState == null ? d != DesiredState.RUNNING : !liveState.equals(d.connectorState());
  }

  /** Remarks for the reader: unverified secrets, a create followed by a pause, … Never a secret. */
  public List<String> notes() {
    return notes;
  }

  /** The desired entry; empty for a delete or an unmanaged connector. */
  public Optional<DesiredConnector> desired() {
    return Optional.ofNullable(desired);
  }

  /**
   * A digest of the live connector as the plan saw it (config and existence); {@code absent} for a create. Apply
   * re-reads the connector before writing and skips the step as {@link StepResult.Outcome#STALE} if it changed.
   */
  public String observed() {
    return observed;
  }

  /** The stage-independent digest of the desired non-secret config; empty for a delete or unmanaged connector. */
  public String specDigest() {
    return specDigest;
  }

  Map<String, String> fingerprints() {
    return fingerprints;
  }

  /** For example {@code UPDATE sales-qas-orders-connector (2 diffs)}. */
  @Override
  public String toString() {
    return kind + " " + name + " (" + diffs.size() + " diffs)";
  }
}
