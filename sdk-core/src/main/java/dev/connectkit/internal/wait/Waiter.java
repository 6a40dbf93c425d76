package dev.connectkit.internal.wait;

import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.ErrorResponses;
import dev.connectkit.internal.http.HttpExecutor;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ForbiddenException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.RateLimitedException;
import dev.connectkit.ServerErrorException;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition.Operation;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.WaitTimeoutException;
import dev.connectkit.auth.TokenAcquisitionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Polls a connector until a transition reaches its target. Implements the transition model documented on
 * {@link dev.connectkit.Transition}: eventual consistency (404 after create is "not yet", the old state after
 * pause/restart/update is "not yet"), the failure grace window, adaptive polling and {@code Retry-After}.
 *
 * <p>The scheduler thread only times the polls and sends each poll's read asynchronously ({@link Backend#readStatus}):
 * no thread is held while the server answers, and a hung read does not hold up other waits. A wait's own deadline
 * ends it with {@link WaitTimeoutException} even while its read is still out (the read itself is bounded by the
 * wait's remaining time); that read's late answer is ignored.
 */
public final class Waiter {
  /** How long a 404 that contradicts what was seen must last before the wait believes it. */
  static final Duration NOT_FOUND_CONFIRMATION = Duration.ofSeconds(3);
  /** How long after a change Kafka Connect may show a connector RUNNING before it has assigned its tasks. */
  static final Duration LATE_TASKS = Duration.ofSeconds(5);

  private final Scheduler scheduler;
  private final Backend backend;
  private final Map<CompletableFuture<WaitResult>, Run> running = new ConcurrentHashMap<>();

  /** {@code backend} must make single attempts: the waiter does its own pacing. */
  public Waiter(Scheduler scheduler, Backend backend) {
    this.scheduler = scheduler;
    this.backend = backend;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public CompletableFuture<WaitResult> await(
      Operation operation, String name, long startedNanos, WaitOptions options) {
    return await(operation, name, startedNanos, options, Evidence.NONE);
  }

  /** A wait that judges its reads against {@code evidence} about the request it follows. */
  public CompletableFuture<WaitResult> await(
      Operation operation, String name, long startedNanos, WaitOptions options, Evidence evidence) {
    Run run = new Run(operation, name, startedNanos, options, evidence);
    running.put(run.future, run);
    run.future.whenComplete((r, e) -> running.remove(run.future));
    run.start();
    return run.future;
  }

  /**
   * Ends the wait behind {@code future} now with a {@link WaitTimeoutException} holding the last status known, unless
   * it has ended already; either way the future is done afterwards.
   */
  public void expire(CompletableFuture<WaitResult> future) {
    Run run = running.get(future);
    if (run != null) {
      run.expire();
    }
    if (!future.isDone()) {
      future.cancel(false);
    }
  }

  /** Fails every wait still running (the client is closing). */
  public void closeAll() {
    for (Run run : running.values()) {
      run.end(null, new dev.connectkit.ClientClosedException("the ConnectorClient was closed while waiting", null));
    }
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

  /** {@code RUNNING}, or {@code RUNNING, task 0 FAILED} when a task is not where its connector is. */
  public static String summary(ConnectorStatus status) {
    StringBuilder out = new StringBuilder(status.state().value());
    for (TaskStatus task : status.tasks()) {
      if (!task.state().value().equals(status.state().value())) {
        out.append(", task ").append(task.id()).append(' ').append(task.state().value());
      }
    }
    return out.toString();
  }

  /** {@code ": first line"} of a trace, or nothing. */
  static String firstLine(String trace) {
    String t = trace.strip();
    if (t.isEmpty()) {
      return "";
    }
    int end = t.indexOf('\n');
    return ": " + (end < 0 ? t : t.substring(0, end).strip());
  }

  /**
   * Whether a failed poll is worth another: transport failures (no status), 5xx, 429, a 409 that is Kafka Connect
   * rebalancing, and a token endpoint that is down. Anything else (400, 405, a plain 409, 401, 403, a state or target
   * that cannot work) will fail the same way next time.
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

  private final class Run {
    final Operation operation;
    final String name;
    final long startedNanos;
    final long awaitNanos;
    final WaitOptions options;
    final Evidence evidence;
    final CompletableFuture<WaitResult> future = new CompletableFuture<>();
    // Guarded by this: a poll's answer (on an OkHttp thread), the deadline (on the scheduler thread) and the caller
    // (expire, close) race to end the wait; the first one to set `finished` decides.
    final List<Observation> observed = new ArrayList<>();
    @Nullable ConnectorStatus last;
    @Nullable ConnectorException lastError;
    // When the 404s that contradict the connector having been seen began (-1: the last read found it).
    long notFoundSinceNanos = -1;
    // An offsets request APPLIED: the wait ends with it once one status read has followed.
    @Nullable OffsetsRequestStatus applied;
    Scheduler.@Nullable Cancellable pending;
    Scheduler.@Nullable Cancellable deadline;
    HttpExecutor.@Nullable PendingRead reading;
    boolean sawOtherState;
    boolean inFlight;
    boolean finished;
    int attempts;
    // The outcome decided under the lock, delivered outside it (the future's callbacks are the caller's code).
    @Nullable WaitResult result;
    @Nullable ConnectorException failure;

    Run(Operation operation, String name, long startedNanos, WaitOptions options, Evidence evidence) {
      this.evidence = evidence;
      this.operation = operation;
      this.name = name;
      this.startedNanos = startedNanos;
      this.awaitNanos = scheduler.nanoTime();
      this.options = options;
      future.whenComplete((r, e) -> cancelTimers());
    }

    void start() {
      synchronized (this) {
        try {
          deadline = scheduler.schedule(this::onDeadline, options.timeout());
        } catch (RuntimeException e) {
          decide(null, cannotWait(e));
        }
        schedule(Duration.ZERO);
      }
      deliver();
    }

    private void cancelTimers() {
      Scheduler.Cancellable p;
      Scheduler.Cancellable d;
      HttpExecutor.PendingRead r;
      synchronized (this) {
        p = pending;
        d = deadline;
        r = reading;
        pending = null;
        deadline = null;
        reading = null;
      }
      if (r != null) {
        r.cancel(); // a read still out when the wait ends (deadline, cancel, close) holds no connection past it
      }
      if (p != null) {
        p.cancel();
      }
      if (d != null) {
        d.cancel();
      }
    }

    /** The scheduler refuses new work only once the client is closed. */
    private ConnectorException cannotWait(RuntimeException e) {
      return new dev.connectkit.ClientClosedException("cannot wait: the ConnectorClient is closed", e);
    }

    /** Under the lock. */
    private void schedule(Duration delay) {
      if (finished) {
        return;
      }
      try {
        pending = scheduler.schedule(this::fire, delay);
      } catch (RuntimeException e) {
        decide(null, cannotWait(e));
      }
    }

    /** Under the lock: the first decision wins. */
    private void decide(@Nullable WaitResult r, @Nullable ConnectorException f) {
      if (finished || future.isDone()) {
        return;
      }
      finished = true;
      result = r;
      failure = f;
    }

    /** Outside the lock: completes the future with what was decided. */
    private void deliver() {
      WaitResult r;
      ConnectorException f;
      synchronized (this) {
        r = result;
        f = failure;
      }
      if (r != null) {
        future.complete(r);
      } else if (f != null) {
        future.completeExceptionally(f);
      }
    }

    void end(@Nullable WaitResult r, ConnectorException f) {
      synchronized (this) {
        decide(r, f);
      }
      deliver();
    }

    void expire() {
      synchronized (this) {
        decide(null, timeout());
      }
      deliver();
    }

    /** On the scheduler thread when the timeout passes: ends the wait if a poll is still out. */
    private void onDeadline() {
      synchronized (this) {
        if (!inFlight) {
          // The poll chain's last poll is due at the deadline at the latest and ends the wait itself.
          return;
        }
        decide(null, timeout());
      }
      deliver();
    }

    /** On the scheduler thread: sends the poll's read, which answers on an OkHttp thread. */
    private void fire() {
      boolean offsets = operation == Operation.ALTER_OFFSETS || operation == Operation.RESET_OFFSETS;
      synchronized (this) {
        if (finished || future.isDone()) {
          return;
        }
        pending = null;
        inFlight = true;
        attempts++;
        if (applied != null) {
          offsets = false; // the offsets request is APPLIED: this read is the connector's status
        }
      }
      HttpExecutor.PendingRead read;
      try {
        read = offsets ? backend.readOffsetsRequestStatus(name, this::onRead) : backend.readStatus(name, this::onRead);
      } catch (RuntimeException e) {
        onRead(null, new ConnectorException("waiting for " + name + " failed: " + e, e));
        return;
      }
      boolean ended;
      synchronized (this) {
        ended = future.isDone();
        if (!ended && inFlight) {
          reading = read;
        }
      }
      if (ended) {
        read.cancel(); // the wait ended while the read was being sent: nothing waits for its answer
      }
    }

    Duration sinceStart() {
      return Duration.ofNanos(scheduler.nanoTime() - startedNanos);
    }

    Duration sinceAwait() {
      return Duration.ofNanos(scheduler.nanoTime() - awaitNanos);
    }

    /** A poll's answer (on an OkHttp thread, or inline with manual time): the progress callback, then the decision. */
    private void onRead(@Nullable Object read, @Nullable ConnectorException error) {
      if (read instanceof ConnectorStatus && !future.isDone()) {
        try {
          options.onProgress().accept((ConnectorStatus) read);
        } catch (RuntimeException e) {
          // A progress listener must not end the wait.
        }
      }
      synchronized (this) {
        inFlight = false;
        reading = null;
        if (finished || future.isDone()) {
          return; // ended meanwhile (deadline, cancel, close): a late answer is ignored
        }
        decideAfter(read, error);
      }
      deliver();
    }

    /** Under the lock. */
    private void decideAfter(@Nullable Object read, @Nullable ConnectorException error) {
      Duration hint = Duration.ZERO;
      OffsetsRequestStatus done = applied;
      if (done != null) {
        // The status read after an offsets request was APPLIED: the result carries both; a failed read only the request.
        succeed(read instanceof ConnectorStatus ? (ConnectorStatus) read : null, done);
        return;
      }
      if (read instanceof ConnectorStatus) {
        notFoundSinceNanos = -1;
        judgeStatus((ConnectorStatus) read);
      } else if (read instanceof OffsetsRequestStatus) {
        judgeOffsets((OffsetsRequestStatus) read);
        if (applied != null) {
          schedule(Duration.ZERO); // the connector's status, at once
          return;
        }
      } else if (error instanceof ConnectorNotFoundException) {
        observe(Observation.NOT_FOUND, "");
        if (operation == Operation.DELETE) {
          succeed(null, null);
        } else if (operation != Operation.CREATE && !unconfirmedNotFound()) {
          decide(null, error);
        } else {
          lastError = error;
        }
      } else if (error != null) {
        if (!isTransient(error)) {
          decide(null, error);
          return;
        }
        lastError = error;
        if (error instanceof RateLimitedException) {
          hint = ((RateLimitedException) error).retryAfter().orElse(Duration.ZERO);
        }
      }
      if (finished) {
        return;
      }
      Duration remaining = options.timeout().minus(sinceAwait());
      if (remaining.isNegative() || remaining.isZero()) {
        decide(null, timeout());
        return;
      }
      Duration interval = Duration.ofNanos(sinceAwait().toNanos() / 10);
      if (interval.compareTo(options.minInterval()) < 0) {
        interval = options.minInterval();
      }
      if (interval.compareTo(options.maxInterval()) > 0) {
        interval = options.maxInterval();
      }
      if (hint.compareTo(interval) > 0) {
        interval = hint;
      }
      schedule(interval.compareTo(remaining) > 0 ? remaining : interval);
    }

    /**
     * Under the lock: whether a 404 contradicts what was seen (the connector existed before the request, or during
     * this wait) and has not yet lasted {@link #NOT_FOUND_CONFIRMATION}: a restarting worker answers 404 for a moment
     * for connectors that exist.
     */
    private boolean unconfirmedNotFound() {
      if (last == null && !evidence.sawConnector()) {
        return false;
      }
      long now = scheduler.nanoTime();
      if (notFoundSinceNanos < 0) {
        notFoundSinceNanos = now;
      }
      return now - notFoundSinceNanos < NOT_FOUND_CONFIRMATION.toNanos();
    }

    /** Under the lock: the timeout, with the last status known and the last error. */
    private WaitTimeoutException timeout() {
      ConnectorStatus l = last;
      ConnectorException e = lastError;
      StringBuilder message = new StringBuilder(name).append(" did not reach ").append(target(operation))
          .append(" within ").append(options.timeout()).append("; last state ")
          .append(l == null ? (observed.isEmpty() ? "unknown" : observed.get(observed.size() - 1).state())
              : summary(l));
      if (l == null && e != null) {
        message.append("; last error: ").append(e.getMessage());
      }
      if (inFlight) {
        message.append("; a status read was still in flight");
      }
      return new WaitTimeoutException(message.toString(), l, observed, e);
    }

    private void judgeOffsets(OffsetsRequestStatus status) {
      observe(status.phase(), status.message());
      if (status.isApplied()) {
        applied = status; // one status read follows for the result's finalStatus
      } else if (status.isFailed()) {
        decide(null, new ConnectorFailedException(
            "the offsets request for " + name + " failed: " + status.message(), null, observed));
      }
    }

    /**
     * Under the lock: the acceptors, in order. A read is <em>fresh</em> when it cannot be the state from before the
     * request read again: the operation changes the state anyway (create, pause, resume, stop, delete), another state
     * was seen since, the read differs from the status read before the request ({@link Evidence}), or the
     * stale-read window has passed. Only a fresh read can end a restart or update, and only a fresh failure counts.
     */
    private void judgeStatus(ConnectorStatus status) {
      last = status;
      observe(status.state().value(), status.trace());
      ConnectorState state = status.state();
      boolean targetRunning = !(operation == Operation.PAUSE || operation == Operation.STOP
          || operation == Operation.DELETE);
      boolean needsChange = operation == Operation.RESTART || operation == Operation.UPDATE;
      boolean stale = sinceStart().compareTo(options.staleReadWindow()) < 0;
      boolean fresh = !needsChange || sawOtherState || !stale || evidence.changedIn(status);
      boolean failed = state.isFailed() || (targetRunning && state.equals(ConnectorState.RUNNING)
          && !status.failedTasks().isEmpty());
      if (failed) {
        if (!fresh) {
          return; // the failure the restart or update is meant to end, read again
        }
        sawOtherState = true;
        if (sinceStart().compareTo(options.failureGrace()) >= 0) {
          decide(null, new ConnectorFailedException(failure(status), status, observed));
        }
        return;
      }
      if (operation == Operation.DELETE) {
        if (state.equals(ConnectorState.DELETED)) {
          succeed(null, null);
        }
        return;
      }
      ConnectorState target = operation == Operation.PAUSE ? ConnectorState.PAUSED
          : operation == Operation.STOP ? ConnectorState.STOPPED : ConnectorState.RUNNING;
      if (state.equals(target)) {
        if (targetRunning && status.tasks().isEmpty() && backend.supports(Backend.Feature.LATE_TASKS)
            && sinceStart().compareTo(LATE_TASKS) < 0) {
          // Kafka Connect: RUNNING right after a change, tasks not assigned yet.
          return;
        }
        if (targetRunning && !allTasksRunning(status)) {
          // Kafka Connect shows the connector RUNNING while a task is still RESTARTING or UNASSIGNED: not there yet.
          sawOtherState = true;
          return;
        }
        if (!targetRunning && status.tasks().stream().anyMatch(t -> t.state().isHealthy())) {
          // Kafka Connect shows the connector PAUSED or STOPPED before its tasks follow: not there yet.
          return;
        }
        if (fresh) {
          succeed(status, null);
        }
        return;
      }
      if (fresh) {
        sawOtherState = true;
      }
      if (state.equals(ConnectorState.DELETED)) {
        decide(null, new ConnectorNotFoundException(404, null, name + " was deleted while waiting for "
            + target(operation), null));
      } else if (targetRunning && operation != Operation.RESUME && !stale
          && (state.equals(ConnectorState.PAUSED) || state.equals(ConnectorState.STOPPED))) {
        decide(null, new IllegalConnectorStateException(
            name + " is " + state.value() + " and will not reach RUNNING by itself; resume it", state));
      }
    }

    /** The headline of a failure: what failed (the connector, or task N), and the first line of its trace. */
    private String failure(ConnectorStatus status) {
      String waiting = " (waiting for " + target(operation) + ")";
      if (status.state().isFailed() || status.failedTasks().isEmpty()) {
        return name + " is " + status.state().value() + firstLine(status.trace()) + waiting;
      }
      TaskStatus task = status.failedTasks().get(0);
      int more = status.failedTasks().size() - 1;
      return "task " + task.id() + " of " + name + " is " + task.state().value() + firstLine(task.trace())
          + (more > 0 ? " (and " + more + " more task" + (more > 1 ? "s" : "") + ")" : "") + waiting;
    }

    private boolean allTasksRunning(ConnectorStatus status) {
      for (TaskStatus task : status.tasks()) {
        if (!task.state().equals(TaskState.RUNNING)) {
          return false;
        }
      }
      return true;
    }

    private void observe(String state, String detail) {
      Observation previous = observed.isEmpty() ? null : observed.get(observed.size() - 1);
      if (previous == null || !previous.state().equals(state) || !previous.detail().equals(detail)) {
        observed.add(new Observation(sinceStart(), state, detail));
      }
    }

    private void succeed(@Nullable ConnectorStatus status, @Nullable OffsetsRequestStatus offsets) {
      decide(new WaitResult(status, offsets, observed, attempts, sinceAwait()), null);
    }
  }
}
