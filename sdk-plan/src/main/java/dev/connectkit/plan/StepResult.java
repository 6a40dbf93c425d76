package dev.connectkit.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * How applying one {@link Change} ended.
 *
 * <!-- example: ApplyResult result -->
 * <pre>{@code
 * result.steps().stream().filter(s -> s.outcome() != StepResult.Outcome.SUCCEEDED).forEach(System.out::println);
 * }</pre>
 */
public final class StepResult {
  /** The outcomes of a step. */
  public enum Outcome {
    /** Written and verified (the connector reached its desired state). */
    SUCCEEDED,
    /** Refused by the server, or written and then not healthy (for example accepted, then FAILED). */
    FAILED,
    /** Not attempted: validation failed, or an earlier step failed (deletes). */
    SKIPPED,
    /** Not attempted: the connector changed since the plan was made; plan again. */
    STALE,
    /** The write may or may not have been applied (the connection broke after sending); plan again to find out. */
    OUTCOME_UNKNOWN
  }

  private final String name;
  private final Change.Kind kind;
  private final Outcome outcome;
  private final String message;
  private final Duration duration;

  StepResult(String name, Change.Kind kind, Outcome outcome, String message, Duration duration) {
    this.name = name;
    this.kind = kind;
    this.outcome = outcome;
    this.message = Objects.requireNonNull(message);
    this.duration = duration;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** The kind of change the step applied. */
  public Change.Kind kind() {
    return kind;
  }

  /** How it ended. */
  public Outcome outcome() {
    return outcome;
  }

  /** What happened, for people (scrubbed: never a secret); empty on success. */
  public String message() {
    return message;
  }

  /** How long the step took, its verification included. */
  public Duration duration() {
    return duration;
  }

  /** For example {@code UPDATE sales-qas-orders-connector: FAILED (accepted, then FAILED: …)}. */
  @Override
  public String toString() {
    return kind + " " + name + ": " + outcome + (message.isEmpty() ? "" : " (" + message + ")");
  }
}
