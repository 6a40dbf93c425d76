package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a client knows about the request a wait follows: the status it read just before sending it. A read that
 * differs from that status (another state, trace, task set, task state or worker) was taken after the request, so the
 * waiter need not sit out the stale-read window to trust it.
 */
public final class Evidence {
  /** Nothing known: a create, or a standalone wait. */
  public static final Evidence NONE = new Evidence(null, false);

  /**
   * The connector was just created, in a state other than running (Kafka Connect's {@code initial_state}): a 404 is
   * "no status yet" until it lasts.
   */
  public static final Evidence CREATED = new Evidence(null, true);

  private final @Nullable ConnectorStatus before;
  private final boolean created;

  private Evidence(@Nullable ConnectorStatus before, boolean created) {
    this.before = before;
    this.created = created;
  }

  /** The status read just before the request. */
  public static Evidence before(ConnectorStatus status) {
    return new Evidence(Objects.requireNonNull(status, "status"), false);
  }

  /** Whether the connector was seen to exist before the request (or was just created). */
  boolean sawConnector() {
    return before != null || created;
  }

  /** Whether {@code status} cannot be the status read before the request, read again. */
  boolean changedIn(ConnectorStatus status) {
    ConnectorStatus b = before;
    return b != null && differs(b, status);
  }

  /** Whether two statuses differ in anything a restart or reconfiguration changes. */
  static boolean differs(ConnectorStatus a, ConnectorStatus b) {
    if (!a.state().equals(b.state()) || !a.trace().equals(b.trace()) || !a.workerId().equals(b.workerId())
        || a.tasks().size() != b.tasks().size()) {
      return true;
    }
    for (int i = 0; i < a.tasks().size(); i++) {
      TaskStatus x = a.tasks().get(i);
      TaskStatus y = b.tasks().get(i);
      if (x.id() != y.id() || !x.state().equals(y.state()) || !x.trace().equals(y.trace())
          || !x.workerId().equals(y.workerId())) {
        return true;
      }
    }
    return false;
  }
}
