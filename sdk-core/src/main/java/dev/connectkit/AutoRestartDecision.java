package dev.connectkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link AutoRestartPolicy} decided about a failed connector or task, and why.
 *
 * <!-- example: void page(String message) -->
 * <pre>{@code
 * AutoRestartPolicy policy = AutoRestartPolicy.builder().listener(d -> {
 *   if (d.action() == AutoRestartDecision.Action.GAVE_UP) { page(d.connectorName() + ": " + d.reason()); }
 * }).build();
 * }</pre>
 *
 * @param connectorName the connector's full name (one value per connector: not for metric tags)
 * @param action what the policy did
 * @param connectorFailed whether the connector itself was {@code FAILED} (else only tasks were)
 * @param failedTasks the ids of the tasks that were {@code FAILED}
 * @param attemptsInWindow restarts made within the policy's window, this one included
 * @param delay for {@link Action#BACKING_OFF}, how long until the next restart may be made; else zero
 * @param reason a short fixed label: which failed ({@code connector FAILED}, {@code task 0 FAILED}), the user-actionable
 *     rule that matched, or the failure's {@link CallOutcome}; never a trace
 */
public record AutoRestartDecision(
    String connectorName,
    Action action,
    boolean connectorFailed,
    List<Integer> failedTasks,
    int attemptsInWindow,
    Duration delay,
    String reason) {
  /** What the policy did about a failure. */
  public enum Action {
    /** Sent a restart. */
    RESTARTED,
    /** Waits for the backoff before the next restart. */
    BACKING_OFF,
    /** Made the most restarts allowed within the window: waits until the oldest leaves it. */
    GAVE_UP,
    /** Left alone: the failure needs a user's fix (credentials, config), which a restart cannot give. */
    SKIPPED_USER_ACTIONABLE,
    /** The restart request itself failed; it counts as an attempt. */
    RESTART_FAILED
  }

  /** Checks that no component is null; copies the task list. */
  public AutoRestartDecision {
    Objects.requireNonNull(connectorName, "connectorName");
    Objects.requireNonNull(action, "action");
    failedTasks = List.copyOf(failedTasks);
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
  }
}
