package dev.connectkit.plan;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Deployer#apply(Plan, String)}: one {@link StepResult} per change that writes. A plan that
 * did not fully succeed is resumed by planning again: what was applied shows as no-op.
 *
 * <!-- example: Deployer deployer; Plan plan; ConnectorSet set -->
 * <pre>{@code
 * ApplyResult result = deployer.apply(plan, plan.id());
 * if (!result.succeeded()) {
 *   Plan rest = deployer.plan(set);   // only what is left
 * }
 * }</pre>
 */
public final class ApplyResult {
  private final String planId;
  private final List<StepResult> steps;

  ApplyResult(String planId, List<StepResult> steps) {
    this.planId = planId;
    this.steps = List.copyOf(steps);
  }

  /** The id of the plan applied. */
  public String planId() {
    return planId;
  }

  /** One result per write, in plan order. */
  public List<StepResult> steps() {
    return steps;
  }

  /** The step of the connector named {@code fullName}. */
  public Optional<StepResult> step(String fullName) {
    return steps.stream().filter(s -> s.name().equals(fullName)).findFirst();
  }

  /** Whether every step succeeded. */
  public boolean succeeded() {
    return steps.stream().allMatch(s -> s.outcome() == StepResult.Outcome.SUCCEEDED);
  }

  /** 0 if every step succeeded, else 1. */
  public int exitCode() {
    return succeeded() ? 0 : 1;
  }

  /** One line per step. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ApplyResult{plan ").append(planId).append('\n');
    steps.forEach(s -> out.append("  ").append(s).append('\n'));
    return out.append('}').toString();
  }
}
