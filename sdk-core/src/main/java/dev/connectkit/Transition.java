package dev.connectkit;

import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.wait.Evidence;
import dev.connectkit.internal.wait.Waiter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A change a lifecycle call started ({@code create}, {@code apply}, {@code update}, {@code pause}, {@code resume},
 * {@code restart}, {@code delete}, offsets changes): it knows the state it aims for ({@link #expectedState()}), can be polled, awaited with a timeout or
 * turned into a {@link CompletableFuture}. Waiting holds no thread per wait: one shared thread of the client times
 * every wait's polls, and a small shared pool makes their HTTP calls, so one hung call does not hold up other waits.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * Transition creating = client.create(config);
 * WaitResult result = creating.await(client.waitOptions().toBuilder()
 *     .timeout(Duration.ofMinutes(30))
 *     .onProgress(s -> System.out.println(s.state()))
 *     .build());
 * client.pause(creating.name()).await(Duration.ofMinutes(5));
 * client.resume(creating.name()).future().thenAccept(r -> System.out.println("running again"));
 * }</pre>
 *
 * <h2>The transition model</h2>
 *
 * <table>
 *   <caption>What each operation waits for, in the order a wait checks each read</caption>
 *   <tr><th>operation</th><th>expected</th><th>not yet (polls again)</th><th>fails the wait</th></tr>
 *   <tr><td>create</td><td>RUNNING, every task RUNNING</td><td>FAILED (or a task FAILED) within the failure grace;
 *       RUNNING without tasks yet (Kafka Connect, within 5&nbsp;s); RUNNING with a task not RUNNING yet; any other
 *       state (NONE, PROVISIONING, UNASSIGNED, DEGRADED, RESTARTING); PAUSED or STOPPED within the stale-read window;
 *       404 (not visible yet)</td><td>FAILED (or a task FAILED) after the failure grace; DELETED; PAUSED or STOPPED
 *       after the stale-read window</td></tr>
 *   <tr><td>update, apply</td><td>RUNNING, every task RUNNING, once a read differs from the status before the request
 *       (state, trace, task, worker), another state was seen, or the stale-read window passed</td><td>the failure from
 *       before, read again; FAILED (or a task FAILED) within the failure grace; RUNNING without tasks yet (Kafka
 *       Connect, within 5&nbsp;s); RUNNING with a task not RUNNING yet; the RUNNING from before, read again; any other
 *       state (NONE, PROVISIONING, UNASSIGNED, DEGRADED, RESTARTING); PAUSED or STOPPED within the stale-read window;
 *       404 of a connector seen before, for up to 3&nbsp;s</td><td>FAILED (or a task FAILED) after the failure grace;
 *       DELETED; PAUSED or STOPPED after the stale-read window; 404</td></tr>
 *   <tr><td>pause</td><td>PAUSED, no task RUNNING</td><td>FAILED within the failure grace; PAUSED over a RUNNING task;
 *       any other state (the old state: stale read); 404 of a connector seen before, for up to 3&nbsp;s</td><td>FAILED
 *       after the failure grace; DELETED; 404</td></tr>
 *   <tr><td>resume</td><td>RUNNING, every task RUNNING</td><td>FAILED (or a task FAILED) within the failure grace;
 *       RUNNING without tasks yet (Kafka Connect, within 5&nbsp;s); RUNNING with a task not RUNNING yet; any other
 *       state (PAUSED or STOPPED: a stale read; UNASSIGNED, RESTARTING); 404 of a connector seen before, for up to
 *       3&nbsp;s</td><td>FAILED (or a task FAILED) after the failure grace; DELETED; 404</td></tr>
 *   <tr><td>restart</td><td>RUNNING, every task RUNNING, once a read differs from the status before the request (state,
 *       trace, task, worker), another state was seen, or the stale-read window passed</td><td>the failure from before,
 *       read again; FAILED (or a task FAILED) within the failure grace; RUNNING without tasks yet (Kafka Connect,
 *       within 5&nbsp;s); RUNNING with a task not RUNNING yet; the RUNNING from before, read again; any other state
 *       (NONE, PROVISIONING, UNASSIGNED, DEGRADED, RESTARTING); PAUSED or STOPPED within the stale-read window; 404 of
 *       a connector seen before, for up to 3&nbsp;s</td><td>FAILED (or a task FAILED) after the failure grace; DELETED;
 *       PAUSED or STOPPED after the stale-read window; 404</td></tr>
 *   <tr><td>stop</td><td>STOPPED, no task RUNNING</td><td>FAILED within the failure grace; STOPPED over a RUNNING task;
 *       any other state (the old state: stale read); 404 of a connector seen before, for up to 3&nbsp;s</td><td>FAILED
 *       after the failure grace; DELETED; 404</td></tr>
 *   <tr><td>delete</td><td>DELETED; 404</td><td>FAILED within the failure grace; any other state (stale
 *       read)</td><td>FAILED after the failure grace</td></tr>
 *   <tr><td>offsets</td><td>request APPLIED (then one status read for the result)</td><td>PENDING,
 *       PENDING_VALIDATION</td><td>request FAILED; 404</td></tr>
 * </table>
 *
 * <p>On Kafka Connect, whose reads are never stale, a pause of a connector already {@code PAUSED} (no task running)
 * and a resume of one already {@code RUNNING} (every task healthy) complete at once without sending anything.
 * A {@code RUNNING} connector with a failed task counts as failed; one with a task not yet {@code RUNNING}
 * (Kafka Connect shows {@code RESTARTING} or {@code UNASSIGNED} tasks under a {@code RUNNING} connector) has not
 * reached {@code RUNNING} yet, nor has one without tasks within the stale-read window on Kafka Connect (which shows
 * a new connector {@code RUNNING} before assigning its tasks). The failure grace ({@link WaitOptions#failureGrace()},
 * counted from the call) applies to every operation: a {@code FAILED} within it is recorded and waiting goes on;
 * after it, {@code FAILED} ends any wait, a pause or delete too, with {@link ConnectorFailedException}.
 *
 * <p>Any wait ends with a {@link WaitTimeoutException} when its timeout passes, even while a status read is still in
 * flight (its late answer is ignored); the last failed read, if any, is its cause. Failed reads that may succeed next
 * time are retried at the next poll: transport failures, 5xx, a 409 that is Kafka Connect rebalancing, a token
 * endpoint that is down or unreachable, and 429 (whose {@code Retry-After} delays the next poll). Any other failure
 * ends the wait at once: 401, 403, 400, 405, a plain 409. A 404 for a connector seen before the request or during the
 * wait must last 3 s before it ends the wait with {@link ConnectorNotFoundException} (a restarting Kafka Connect
 * worker answers 404 for a moment); a 404 page that is not JSON is a {@link ServerErrorException}, retried. Calls that
 * cannot apply ({@code resume} of a failed connector, {@code restart} of one that is provisioning) throw
 * {@link IllegalConnectorStateException} before sending anything.
 */
public final class Transition {
  /** What a transition does. */
  public enum Operation {
    /** Create a connector. */
    CREATE,
    /** Replace a connector's config. */
    UPDATE,
    /** Pause. */
    PAUSE,
    /** Resume. */
    RESUME,
    /** Restart connector and tasks. */
    RESTART,
    /** Stop (self-managed Kafka Connect). */
    STOP,
    /** Delete. */
    DELETE,
    /** Alter offsets. */
    ALTER_OFFSETS,
    /** Reset offsets. */
    RESET_OFFSETS
  }

  /** How much longer than its timeout {@link #await(WaitOptions)} may block before it gives up by itself. */
  static final Duration AWAIT_MARGIN = Duration.ofSeconds(1);

  private final Operation operation;
  private final String name;
  private final @Nullable Connector connector;
  private final Waiter waiter;
  private final Backend backend;
  private final long startedNanos;
  private final WaitOptions defaults;
  private final Evidence evidence;
  private final @Nullable WaitResult complete;

  Transition(
      Operation operation,
      String name,
      @Nullable Connector connector,
      Waiter waiter,
      Backend backend,
      WaitOptions defaults,
      Evidence evidence,
      @Nullable WaitResult complete) {
    this.evidence = evidence;
    this.complete = complete;
    this.operation = operation;
    this.name = name;
    this.connector = connector;
    this.waiter = waiter;
    this.backend = backend;
    this.startedNanos = waiter.scheduler().nanoTime();
    this.defaults = defaults;
  }

  /** What this transition does. */
  public Operation operation() {
    return operation;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /**
   * The connector state this transition aims for: {@link ConnectorState#RUNNING} for create, update, apply, resume
   * and restart, {@link ConnectorState#PAUSED} for pause, {@link ConnectorState#STOPPED} for stop; empty when the
   * transition ends in no connector state: a delete (the connector is gone) and an offsets change (the offsets
   * request is {@code APPLIED}).
   *
   * <!-- example: ConnectorClient client; String name -->
   * <pre>{@code
   * client.pause(name).expectedState();   // Optional[PAUSED]
   * client.delete(name).expectedState();  // Optional.empty
   * }</pre>
   */
  public Optional<ConnectorState> expectedState() {
    switch (operation) {
      case PAUSE:
        return Optional.of(ConnectorState.PAUSED);
      case STOP:
        return Optional.of(ConnectorState.STOPPED);
      case DELETE:
      case ALTER_OFFSETS:
      case RESET_OFFSETS:
        return Optional.empty();
      default:
        return Optional.of(ConnectorState.RUNNING);
    }
  }

  /** The server's answer to a create, apply or update. */
  public Optional<Connector> connector() {
    return Optional.ofNullable(connector);
  }

  /**
   * Whether the transition was complete when the call returned: nothing had to change (a {@code resume} of a running
   * connector, a {@code pause} of a paused one, a Kafka Connect restart of only the failed instances when none had
   * failed). Waiting for it returns at once.
   */
  public boolean isComplete() {
    return complete != null;
  }

  /** One status read now; empty if the connector is not (yet, or any more) there. */
  public Optional<ConnectorStatus> poll() {
    try {
      return Optional.of(backend.status(name));
    } catch (ConnectorNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Waits up to {@code timeout} with the client's other wait options.
   *
   * @throws ConnectorFailedException if the connector failed (after the grace window)
   * @throws WaitTimeoutException if the target was not reached in time
   */
  public WaitResult await(Duration timeout) {
    return await(defaults.toBuilder().timeout(timeout).build());
  }

  /**
   * Waits with {@code options}; blocks this thread (only this one) until the wait ends, at most about
   * {@link WaitOptions#timeout()}: a status read still in flight when the timeout passes is not waited for.
   *
   * @throws ConnectorFailedException if the connector failed (after the grace window)
   * @throws WaitTimeoutException if the target was not reached in time
   */
  public WaitResult await(WaitOptions options) {
    CompletableFuture<WaitResult> future = future(options);
    try {
      try {
        return future.get(boundNanos(options.timeout()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // The waiter ends the wait at its deadline by itself; this is the backstop if its timing thread is stuck.
        waiter.expire(future);
        return future.get();
      }
    } catch (InterruptedException e) {
      future.cancel(false);
      Thread.currentThread().interrupt();
      throw new ConnectorException("interrupted while waiting for " + name, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConnectorException) {
        ConnectorException c = (ConnectorException) cause;
        c.addSuppressed(new Exception("awaited here"));
        throw c;
      }
      throw new ConnectorException("waiting for " + name + " failed", cause);
    } catch (CancellationException | CompletionException e) {
      throw new ConnectorException("waiting for " + name + " was cancelled", e);
    }
  }

  /** {@code timeout} plus {@link #AWAIT_MARGIN}, in nanoseconds, saturated. */
  private static long boundNanos(Duration timeout) {
    try {
      return timeout.plus(AWAIT_MARGIN).toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The wait as a future with the client's wait options; cancelling it stops the polling. */
  public CompletableFuture<WaitResult> future() {
    return future(defaults);
  }

  /** The wait as a future; cancelling it stops the polling. */
  public CompletableFuture<WaitResult> future(WaitOptions options) {
    WaitResult done = complete;
    if (done != null) {
      return CompletableFuture.completedFuture(done);
    }
    return waiter.await(operation, name, startedNanos, options, evidence);
  }

  @Override
  public String toString() {
    return "Transition{" + operation + " " + name + " -> " + Waiter.target(operation) + "}";
  }
}
