package dev.connectkit;

import java.util.Objects;

/**
 * One API request a {@link ConnectorClient} makes, as {@link ConnectorEventListener} sees it: what, where, and for
 * which connector. A client operation may make several: {@code pause} reads the status first ({@link
 * Operation#STATUS}), then pauses ({@link Operation#PAUSE}).
 *
 * <p>{@link #operation()} and {@link #target()} are few and fixed: fit for metric tags. {@link #connectorName()} is
 * one value per connector (high cardinality): fit for logs and traces, not for metric tags.
 *
 * <!-- example: void log(String line) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void callStart(CallInfo call) {
 *     log(call.operation() + " " + call.connectorName() + " on " + call.target());
 *   }
 * };
 * }</pre>
 *
 * @param operation what the request does
 * @param target the API it goes to
 * @param connectorName the connector's full name, empty for a request about no single connector ({@code list})
 */
public record CallInfo(Operation operation, Target target, String connectorName) {
  /** What a request does; one per kind of API request. */
  public enum Operation {
    /** Create a connector. */
    CREATE,
    /** Read a connector's config. */
    GET,
    /** List connectors with their statuses. */
    LIST,
    /** Replace a connector's config. */
    UPDATE,
    /** Delete a connector. */
    DELETE,
    /** Pause. */
    PAUSE,
    /** Resume. */
    RESUME,
    /** Restart a connector (and its tasks). */
    RESTART,
    /** Restart one task. */
    RESTART_TASK,
    /** Stop. */
    STOP,
    /** Read a connector's status. */
    STATUS,
    /** Validate a config. */
    VALIDATE,
    /** Read offsets. */
    OFFSETS,
    /** Alter or reset offsets. */
    ALTER_OFFSETS,
    /** Read an offsets request's status. */
    OFFSETS_REQUEST_STATUS
  }

  /** Checks that no component is null. */
  public CallInfo {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(connectorName, "connectorName");
  }
}
