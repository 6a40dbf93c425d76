package dev.connectkit;

import java.util.Objects;

/**
 * One wait ({@link Transition#await}, {@link Transition#future}, {@link ConnectorClient#await}), as {@link
 * ConnectorEventListener} sees it. {@link #operation()}, {@link #target()} and {@link #expectedState()} are few and
 * fixed (metric tags); {@link #connectorName()} is one value per connector (logs and traces, not tags).
 *
 * <!-- example: void log(String line) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
 *     log(wait.connectorName() + " waited " + duration + " for " + wait.expectedState() + ": " + outcome);
 *   }
 * };
 * }</pre>
 *
 * @param operation the change waited for
 * @param target the API polled
 * @param connectorName the connector's full name
 * @param expectedState what the wait waits for: {@code RUNNING}, {@code PAUSED}, {@code STOPPED}, {@code gone} or
 *     {@code offsets APPLIED}
 */
public record WaitInfo(Transition.Operation operation, Target target, String connectorName, String expectedState) {
  /** Checks that no component is null. */
  public WaitInfo {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(connectorName, "connectorName");
    Objects.requireNonNull(expectedState, "expectedState");
  }
}
