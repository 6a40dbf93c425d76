package dev.connectkit.internal.wait;

import static dev.connectkit.internal.wait.Acceptor.Seen.NOTHING;
import static dev.connectkit.internal.wait.Acceptor.Seen.OTHER_STATE;
import static dev.connectkit.internal.wait.Acceptor.Seen.OTHER_STATE_IF_FRESH;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.ForbiddenException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.ServerErrorException;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition.Operation;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.auth.TokenAcquisitionException;
import dev.connectkit.internal.http.ErrorResponses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The transition model as data: for each {@link Operation}, the ordered {@link Acceptor}s a wait applies to each
 * poll. The same tables render {@code Transition}'s Javadoc table ({@link RulesTable}).
 */
public final class TransitionRules {
  /** How long a 404 that contradicts what was seen must last before the wait believes it. */
  static final Duration NOT_FOUND_CONFIRMATION = Duration.ofSeconds(3);
  /** How long after a change Kafka Connect may show a connector RUNNING before it has assigned its tasks. */
  static final Duration LATE_TASKS = Duration.ofSeconds(5);

  /** Applies when no acceptor matches (a read with neither value nor failure): poll again. */
  private static final Acceptor NO_MATCH = Acceptor.retry(null, NOTHING, p -> true);

  private static final Map<Operation, List<Acceptor>> TABLES = new EnumMap<>(Operation.class);

  static {
    for (Operation operation : Operation.values()) {
      TABLES.put(operation, List.copyOf(table(operation)));
    }
  }

  private TransitionRules() {}

  /** The acceptors of {@code operation}, in the order a wait applies them. */
  static List<Acceptor> of(Operation operation) {
    return Objects.requireNonNull(TABLES.get(operation), "every operation has a table");
  }

  /** The first acceptor of {@code operation} that matches {@code poll}. */
  static Acceptor first(Operation operation, Poll poll) {
    for (Acceptor acceptor : of(operation)) {
      if (acceptor.matches(poll)) {
        return acceptor;
      }
    }
    return NO_MATCH;
  }

  /** The state a transition aims for, as users read it. */
  public static String target(Operation operation) {
    switch (operation) {
      case PAUSE:
        return "PAUSED";
      case STOP:
        return "STOPPED";
      case DELETE:
        return "gone";
      case ALTER_OFFSETS:
      case RESET_OFFSETS:
        return "offsets APPLIED";
      default:
        return "RUNNING";
    }
  }

  /** Whether only a fresh read can end the wait: the operation may leave the state as it was (restart, update). */
  static boolean needsChange(Operation operation) {
    return operation == Operation.RESTART || operation == Operation.UPDATE;
  }

  /**
   * Whether a failed read is worth another poll: transport failures (no status), 5xx, 429, a 409 that is Kafka
   * Connect rebalancing, and a token endpoint that is down. Anything else (400, 405, a plain 409, 401, 403, a state
   * or target that cannot work) will fail the same way next time.
   */
  public static boolean isTransient(ConnectorException e) {
    if (e instanceof TokenAcquisitionException) {
      OptionalInt status = e.statusCode();
      return status.isEmpty() || status.getAsInt() >= 500;
    }
    if (e instanceof ServerErrorException) {
      return true; // 5xx, or a 404 page that is not the API's answer (a gateway, a worker starting up)
    }
    if (e instanceof UnauthenticatedException || e instanceof ForbiddenException
        || e instanceof IllegalConnectorStateException || e instanceof UnsupportedOnTargetException
        || e instanceof ConnectorValidationException || e instanceof ConnectorNotFoundException) {
      return false;
    }
    OptionalInt status = e.statusCode();
    if (status.isEmpty()) {
      return true;
    }
    int code = status.getAsInt();
    return code >= 500 || code == 429 || (code == 409 && ErrorResponses.isRebalance(e.serverMessage()));
  }

  private static List<Acceptor> table(Operation operation) {
    List<Acceptor> table = new ArrayList<>();
    switch (operation) {
      case PAUSE:
        settles(table, ConnectorState.PAUSED);
        break;
      case STOP:
        settles(table, ConnectorState.STOPPED);
        break;
      case DELETE:
        goes(table);
        break;
      case ALTER_OFFSETS:
      case RESET_OFFSETS:
        applies(table);
        break;
      default:
        runs(table, operation);
        break;
    }
    notFound(table, operation);
    table.add(Acceptor.retry(null, NOTHING, p -> p.error != null && isTransient(p.error)));
    table.add(Acceptor.failure(null, p -> p.error != null, Poll::error));
    return table;
  }

  /** Create, update, resume, restart: {@code RUNNING} with every task {@code RUNNING}. */
  private static void runs(List<Acceptor> table, Operation operation) {
    boolean needsChange = needsChange(operation);
    if (needsChange) {
      table.add(Acceptor.retry("the failure from before, read again", NOTHING, p -> failedRunning(p) && !p.fresh));
    }
    failed(table, TransitionRules::failedRunning, "FAILED (or a task FAILED)");
    ConnectorState running = ConnectorState.RUNNING;
    table.add(Acceptor.retry(
        "RUNNING without tasks yet (Kafka Connect, within " + LATE_TASKS.toSeconds() + "&nbsp;s)", NOTHING, p -> p.isState(running) && p.status().tasks().isEmpty() && p.lateTasks));
    table.add(Acceptor.retry("RUNNING with a task not RUNNING yet", OTHER_STATE,
        p -> p.isState(running) && !allTasksRunning(p.status())));
    table.add(Acceptor.success(needsChange
            ? "RUNNING, every task RUNNING, once a read differs from the status before the request (state, trace, "
                + "task, worker), another state was seen, or the stale-read window passed"
            : "RUNNING, every task RUNNING",
        p -> p.isState(running) && p.fresh));
    if (needsChange) {
      table.add(Acceptor.retry("the RUNNING from before, read again", NOTHING, p -> p.isState(running)));
    }
    deleted(table);
    if (operation != Operation.RESUME) {
      table.add(Acceptor.failure("PAUSED or STOPPED after the stale-read window",
          p -> !p.stale && (p.isState(ConnectorState.PAUSED) || p.isState(ConnectorState.STOPPED)),
          p -> new IllegalConnectorStateException(p.name + " is " + p.status().state().value()
              + " and will not reach RUNNING by itself; resume it", p.status().state())));
    }
    table.add(Acceptor.retry(operation == Operation.RESUME
            ? "any other state (PAUSED or STOPPED: a stale read; UNASSIGNED, RESTARTING)"
            : "any other state (NONE, PROVISIONING, UNASSIGNED, DEGRADED, RESTARTING); PAUSED or STOPPED "
                + "within the stale-read window",
        OTHER_STATE_IF_FRESH, p -> p.status != null));
  }

  /** Pause, stop: {@code target} with no task {@code RUNNING}. */
  private static void settles(List<Acceptor> table, ConnectorState target) {
    failed(table, p -> p.status != null && p.status.state().isFailed(), "FAILED");
    table.add(Acceptor.retry(target.value() + " over a RUNNING task", NOTHING,
        p -> p.isState(target) && p.status().tasks().stream().anyMatch(t -> t.state().isHealthy())));
    table.add(Acceptor.success(target.value() + ", no task RUNNING", p -> p.isState(target)));
    deleted(table);
    table.add(Acceptor.retry("any other state (the old state: stale read)", OTHER_STATE_IF_FRESH,
        p -> p.status != null));
  }

  /** Delete: gone. */
  private static void goes(List<Acceptor> table) {
    failed(table, p -> p.status != null && p.status.state().isFailed(), "FAILED");
    table.add(Acceptor.success("DELETED", p -> p.isState(ConnectorState.DELETED)));
    table.add(Acceptor.retry("any other state (stale read)", NOTHING, p -> p.status != null));
  }

  /** Offsets: the request {@code APPLIED}. */
  private static void applies(List<Acceptor> table) {
    table.add(Acceptor.success("request APPLIED (then one status read for the result)",
        p -> p.offsets != null && p.offsets.isApplied()));
    table.add(Acceptor.failure("request FAILED", p -> p.offsets != null && p.offsets.isFailed(),
        p -> new ConnectorFailedException(
            "the offsets request for " + p.name + " failed: " + p.offsets().message(), null, p.observed)));
    table.add(Acceptor.retry("PENDING, PENDING_VALIDATION", NOTHING, p -> p.offsets != null));
  }

  /** The failure grace: a failure within it is recorded and waiting goes on; after it, the failure ends the wait. */
  private static void failed(List<Acceptor> table, Predicate<Poll> failed, String what) {
    table.add(Acceptor.retry(what + " within the failure grace", OTHER_STATE, p -> failed.test(p) && p.withinGrace));
    table.add(Acceptor.failure(what + " after the failure grace", failed,
        p -> new ConnectorFailedException(StatusText.failure(p.name, p.operation, p.status()), p.status(),
            p.observed)));
  }

  private static void deleted(List<Acceptor> table) {
    table.add(Acceptor.failure("DELETED", p -> p.isState(ConnectorState.DELETED),
        p -> new ConnectorNotFoundException(404, null, p.name + " was deleted while waiting for "
            + target(p.operation), null)));
  }

  private static void notFound(List<Acceptor> table, Operation operation) {
    if (operation == Operation.CREATE) {
      table.add(Acceptor.retry("404 (not visible yet)", NOTHING, Poll::isNotFound));
      return;
    }
    if (operation == Operation.DELETE) {
      table.add(Acceptor.success("404", Poll::isNotFound));
      return;
    }
    if (operation != Operation.ALTER_OFFSETS && operation != Operation.RESET_OFFSETS) {
      // An offsets wait reads no status before its request is APPLIED: no 404 there contradicts a sighting.
      table.add(Acceptor.retry("404 of a connector seen before, for up to " + NOT_FOUND_CONFIRMATION.toSeconds()
          + "&nbsp;s", NOTHING, Poll::isUnconfirmedNotFound));
    }
    table.add(Acceptor.failure("404", Poll::isNotFound, Poll::error));
  }

  /** A failure of a wait for {@code RUNNING}: the connector failed, or it runs with a failed task. */
  private static boolean failedRunning(Poll p) {
    ConnectorStatus s = p.status;
    return s != null && (s.state().isFailed()
        || (s.state().equals(ConnectorState.RUNNING) && !s.failedTasks().isEmpty()));
  }

  private static boolean allTasksRunning(ConnectorStatus status) {
    for (TaskStatus task : status.tasks()) {
      if (!task.state().equals(TaskState.RUNNING)) {
        return false;
      }
    }
    return true;
  }
}
