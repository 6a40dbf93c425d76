package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;
import dev.connectkit.internal.Responses;
import dev.connectkit.internal.Scrubber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a client knows about the request a wait follows: the status it read just before sending it, and the secrets the
 * request sent. A read that differs from that status (another state, trace, task set, task state or worker) was taken
 * after the request, so the waiter need not sit out the stale-read window to trust it. A trace that quotes one of the
 * secrets (a connector failing on its own credentials) is scrubbed before the wait records it or reports it.
 */
public final class Evidence {
  /** Nothing known: a create, or a standalone wait. */
  public static final Evidence NONE = new Evidence(null, false, Scrubber.NONE);

  /**
   * The connector was just created, in a state other than running (Kafka Connect's {@code initial_state}): a 404 is
   * "no status yet" until it lasts.
   */
  public static final Evidence CREATED = new Evidence(null, true, Scrubber.NONE);

  private final @Nullable ConnectorStatus before;
  private final boolean created;
  private final Scrubber secrets;

  private Evidence(@Nullable ConnectorStatus before, boolean created, Scrubber secrets) {
    this.secrets = secrets;
    this.before = before == null ? null : scrub(before);
    this.created = created;
  }

  /** The status read just before the request. */
  public static Evidence before(ConnectorStatus status) {
    return new Evidence(Objects.requireNonNull(status, "status"), false, Scrubber.NONE);
  }

  /** This evidence for a request that sent {@code secrets}: they are scrubbed from every status the wait reads. */
  public Evidence sent(Scrubber secrets) {
    return new Evidence(before, created, Objects.requireNonNull(secrets, "secrets"));
  }

  /** {@code status} with the request's secrets scrubbed from its traces (itself when there is nothing to scrub). */
  ConnectorStatus scrub(ConnectorStatus status) {
    if (secrets == Scrubber.NONE) {
      return status;
    }
    List<TaskStatus> tasks = new ArrayList<>(status.tasks().size());
    for (TaskStatus t : status.tasks()) {
      tasks.add(Responses.factory().task(t.id(), t.state(), t.workerId(), secrets.scrub(t.trace())));
    }
    return Responses.factory().status(status.name(), status.type(), status.state(), status.workerId(),
        secrets.scrub(status.trace()), tasks);
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
