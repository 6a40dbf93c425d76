package dev.connectkit.plan;

import dev.connectkit.ConnectorException;

/**
 * A plan that cannot be applied or a promotion that is refused, before any request that writes: the confirmation does
 * not match the plan, the plan has errors, the lower stage has not applied the same spec, or it is not healthy.
 *
 * <!-- example: Deployer deployer; Plan plan; String confirmedId -->
 * <pre>{@code
 * try {
 *   deployer.apply(plan, confirmedId);
 * } catch (PlanException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class PlanException extends ConnectorException {
  /** An exception with {@code message} (which must hold no secret). */
  public PlanException(String message) {
    super(message);
  }
}
