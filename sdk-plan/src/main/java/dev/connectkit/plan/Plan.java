package dev.connectkit.plan;

import dev.connectkit.Stage;
import dev.connectkit.plan.internal.Digests;
import dev.connectkit.plan.internal.PlanRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What applying a {@link ConnectorSet} would do, connector by connector: immutable, and identified by a hash of its
 * content ({@link #id()}), which {@link Deployer#apply(Plan, String)} takes as the confirmation of this very plan.
 *
 * <!-- example: Deployer deployer; ConnectorSet set; Path out -->
 * <pre>{@code
 * Plan plan = deployer.plan(set);
 * System.out.println(plan.toText());      // readable, no secrets
 * Files.writeString(out, plan.toJson());  // versioned JSON, no secrets
 * System.exit(plan.exitCode());           // 0 no changes, 2 changes, 1 error
 * }</pre>
 */
public final class Plan {
  /** The version of {@link #toJson()}'s format ({@code format_version}). */
  public static final int FORMAT_VERSION = 1;

  private final String id;
  private final String setId;
  private final Stage stage;
  private final String target;
  private final SecretPolicy secretPolicy;
  private final Instant createdAt;
  private final List<Change> changes;
  private final List<String> errors;

  Plan(String setId, Stage stage, String target, SecretPolicy secretPolicy, Instant createdAt, List<Change> changes,
      List<String> errors) {
    this.setId = setId;
    this.stage = stage;
    this.target = target;
    this.secretPolicy = secretPolicy;
    this.createdAt = createdAt;
    this.changes = List.copyOf(changes);
    this.errors = List.copyOf(errors);
    this.id = Digests.sha256Hex(PlanRenderer.content(this)).substring(0, 16);
  }

  /** A hash of the plan's content (every change, diff, observed live digest and error), 16 hex characters. */
  public String id() {
    return id;
  }

  /** The set the plan is for. */
  public String setId() {
    return setId;
  }

  /** The stage planned. */
  public Stage stage() {
    return stage;
  }

  /** The target's description, e.g. {@code Kafka Connect http://localhost:8083/}. */
  public String target() {
    return target;
  }

  /** The secret policy the plan was made with. */
  public SecretPolicy secretPolicy() {
    return secretPolicy;
  }

  /** When the plan was made (not part of {@link #id()}). */
  public Instant createdAt() {
    return createdAt;
  }

  /** One change per connector: the set's connectors in order, then deletes and unmanaged connectors by name. */
  public List<Change> changes() {
    return changes;
  }

  /** The change for the connector named {@code fullName}. */
  public Optional<Change> change(String fullName) {
    return changes.stream().filter(c -> c.name().equals(fullName)).findFirst();
  }

  /**
   * Why the plan cannot be applied: a secret a write needs is unknown, more deletes than allowed, a delete of a
   * protected connector, a state the target lacks. Empty for an applicable plan.
   */
  public List<String> errors() {
    return errors;
  }

  /** Whether any change makes a request (create, update, set state, delete). */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.kind().isWrite());
  }

  /** For CI, as {@code terraform plan -detailed-exitcode}: 1 if the plan has errors, else 2 if it has changes, else 0. */
  public int exitCode() {
    return !errors.isEmpty() ? 1 : hasChanges() ? 2 : 0;
  }

  /** The plan as readable text: one block per change, its diffs, then errors. No secret appears. */
  public String toText() {
    return PlanRenderer.text(this);
  }

  /** The plan as JSON with {@code format_version} {@value #FORMAT_VERSION}. No secret appears. */
  public String toJson() {
    return PlanRenderer.json(this, true);
  }

  /** For example {@code Plan{3f2a9c1e0b7d4a55, sales-connectors/qas, 3 changes}}. */
  @Override
  public String toString() {
    return "Plan{" + id + ", " + setId + "/" + stage.id() + ", "
        + changes.stream().filter(c -> c.kind().isWrite()).count() + " changes}";
  }
}
