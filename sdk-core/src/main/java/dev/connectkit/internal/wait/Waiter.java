package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.RateLimitedException;
import dev.connectkit.Transition.Operation;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.WaitTimeoutException;
import dev.connectkit.internal.Responses;
import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.events.Events;
import dev.connectkit.internal.http.HttpExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The poll engine: polls a connector until a transition reaches its target, judging each read by the first matching
 * acceptor of the operation's table ({@link TransitionRules}, documented on {@link dev.connectkit.Transition}). The
 * engine owns only timing and bookkeeping: adaptive polling, {@code Retry-After}, the deadline, what was observed, and
 * what the wait knows when it judges a read ({@link Poll}: fresh, within the grace, a 404 yet to be confirmed).
 *
 * <p>The scheduler thread only times the polls and sends each poll's read asynchronously ({@link Backend#readStatus}):
 * no thread is held while the server answers, and a hung read does not hold up other waits. A wait's own deadline
 * ends it with {@link WaitTimeoutException} even while its read is still out (the read itself is bounded by the
 * wait's remaining time); that read's late answer is ignored.
 */
public final class Waiter {
  private final Scheduler scheduler;
  private final Backend backend;
  private final Events events;
  private final Map<CompletableFuture<WaitResult>, Run> running = new ConcurrentHashMap<>();

  /** {@code backend} must make single attempts: the waiter does its own pacing. */
  public Waiter(Scheduler scheduler, Backend backend) {
    this(scheduler, backend, Events.NONE);
  }

  /** A waiter reporting each wait to {@code events}. */
  public Waiter(Scheduler scheduler, Backend backend, Events events) {
    this.scheduler = scheduler;
    this.backend = backend;
    this.events = events;
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
    events.waitStarted(operation, name, run.future);
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
    return TransitionRules.target(operation);
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

    /** Under the lock: the first matching acceptor decides; a wait that goes on schedules its next poll. */
    private void decideAfter(@Nullable Object read, @Nullable ConnectorException error) {
      OffsetsRequestStatus done = applied;
      if (done != null) {
        // The status read after an offsets request was APPLIED: the result carries both; a failed read only the request.
        succeed(read instanceof ConnectorStatus ? (ConnectorStatus) read : null, done);
        return;
      }
      Poll poll = poll(read, error);
      Acceptor acceptor = TransitionRules.first(operation, poll);
      if (acceptor.seen == Acceptor.Seen.OTHER_STATE
          || (acceptor.seen == Acceptor.Seen.OTHER_STATE_IF_FRESH && poll.fresh)) {
        sawOtherState = true;
      }
      switch (acceptor.outcome) {
        case SUCCESS:
          OffsetsRequestStatus offsets = poll.offsets;
          if (offsets != null) {
            applied = offsets; // one status read follows for the result's finalStatus, at once
            schedule(Duration.ZERO);
          } else {
            succeed(operation == Operation.DELETE ? null : poll.status, null);
          }
          return;
        case FAILURE:
          decide(null, acceptor.failure(poll));
          return;
        default:
          break;
      }
      Duration hint = Duration.ZERO;
      if (error != null) {
        lastError = error;
        if (error instanceof RateLimitedException) {
          hint = ((RateLimitedException) error).retryAfter().orElse(Duration.ZERO);
        }
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

    /** Under the lock: records what {@code read} or {@code error} shows, and what the wait knows as it judges it. */
    private Poll poll(@Nullable Object read, @Nullable ConnectorException error) {
      if (read instanceof ConnectorStatus) {
        ConnectorStatus status = evidence.scrub((ConnectorStatus) read);
        notFoundSinceNanos = -1;
        last = status;
        observe(status.state().value(), status.trace());
        boolean stale = sinceStart().compareTo(options.staleReadWindow()) < 0;
        boolean fresh = !TransitionRules.needsChange(operation) || sawOtherState || !stale
            || evidence.changedIn(status);
        boolean withinGrace = sinceStart().compareTo(options.failureGrace()) < 0;
        boolean lateTasks = backend.supports(Backend.Feature.LATE_TASKS)
            && sinceStart().compareTo(TransitionRules.LATE_TASKS) < 0;
        return Poll.ofStatus(operation, name, observed, status, fresh, stale, withinGrace, lateTasks);
      }
      if (read instanceof OffsetsRequestStatus) {
        OffsetsRequestStatus offsets = (OffsetsRequestStatus) read;
        observe(offsets.phase(), offsets.message());
        return Poll.ofOffsets(operation, name, observed, offsets);
      }
      if (error instanceof ConnectorNotFoundException) {
        observe(Observation.NOT_FOUND, "");
      }
      return Poll.ofError(operation, name, observed, error, this::unconfirmedNotFound);
    }

    /**
     * Under the lock: whether a 404 contradicts what was seen (the connector existed before the request, or during
     * this wait) and has not yet lasted {@link TransitionRules#NOT_FOUND_CONFIRMATION}: a restarting worker answers
     * 404 for a moment for connectors that exist.
     */
    private boolean unconfirmedNotFound() {
      if (last == null && !evidence.sawConnector()) {
        return false;
      }
      long now = scheduler.nanoTime();
      if (notFoundSinceNanos < 0) {
        notFoundSinceNanos = now;
      }
      return now - notFoundSinceNanos < TransitionRules.NOT_FOUND_CONFIRMATION.toNanos();
    }

    /** Under the lock: the timeout, with the last status known and the last error. */
    private WaitTimeoutException timeout() {
      ConnectorStatus l = last;
      ConnectorException e = lastError;
      StringBuilder message = new StringBuilder(name).append(" did not reach ").append(target(operation))
          .append(" within ").append(options.timeout()).append("; last state ")
          .append(l == null ? (observed.isEmpty() ? "unknown" : observed.get(observed.size() - 1).state())
              : StatusText.summary(l));
      if (l == null && e != null) {
        message.append("; last error: ").append(e.getMessage());
      }
      if (inFlight) {
        message.append("; a status read was still in flight");
      }
      return new WaitTimeoutException(message.toString(), l, observed, e);
    }

    private void observe(String state, String detail) {
      Observation previous = observed.isEmpty() ? null : observed.get(observed.size() - 1);
      if (previous == null || !previous.state().equals(state) || !previous.detail().equals(detail)) {
        observed.add(Responses.factory().observation(sinceStart(), state, detail));
      }
    }

    private void succeed(@Nullable ConnectorStatus status, @Nullable OffsetsRequestStatus offsets) {
      decide(Responses.factory().waitResult(status, offsets, observed, attempts, sinceAwait()), null);
    }
  }
}
