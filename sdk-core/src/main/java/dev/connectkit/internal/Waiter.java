package dev.connectkit.internal;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ForbiddenException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.RateLimitedException;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition.Operation;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Polls a connector until a transition reaches its target, on the client's one scheduler thread. Implements the
 * transition model documented on {@link dev.connectkit.Transition}: eventual consistency (404 after create is "not
 * yet", the old state after pause/restart/update is "not yet"), the failure grace window, adaptive polling and
 * {@code Retry-After}.
 */
public final class Waiter {
  private final Scheduler scheduler;
  private final Backend backend;
  private final java.util.Set<CompletableFuture<WaitResult>> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
    Run run = new Run(operation, name, startedNanos, options);
    running.add(run.future);
    run.future.whenComplete((r, e) -> running.remove(run.future));
    run.schedule(Duration.ZERO);
    return run.future;
  }

  /** Fails every wait still running (the client is closing). */
  public void closeAll() {
    for (CompletableFuture<WaitResult> f : running) {
      f.completeExceptionally(new ConnectorException("the ConnectorClient was closed while waiting"));
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

  private final class Run implements Runnable {
    final Operation operation;
    final String name;
    final long startedNanos;
    final long awaitNanos;
    final WaitOptions options;
    final CompletableFuture<WaitResult> future = new CompletableFuture<>();
    final List<Observation> observed = new ArrayList<>();
    @Nullable ConnectorStatus last;
    Scheduler.@Nullable Cancellable pending;
    boolean sawOtherState;
    int attempts;

    Run(Operation operation, String name, long startedNanos, WaitOptions options) {
      this.operation = operation;
      this.name = name;
      this.startedNanos = startedNanos;
      this.awaitNanos = scheduler.nanoTime();
      this.options = options;
      future.whenComplete((r, e) -> {
        Scheduler.Cancellable p = pending;
        if (p != null) {
          p.cancel();
        }
      });
    }

    void schedule(Duration delay) {
      if (!future.isDone()) {
        try {
          pending = scheduler.schedule(this, delay);
        } catch (RuntimeException e) {
          future.completeExceptionally(new ConnectorException("cannot wait: " + e.getMessage(), e));
        }
      }
    }

    Duration sinceStart() {
      return Duration.ofNanos(scheduler.nanoTime() - startedNanos);
    }

    Duration sinceAwait() {
      return Duration.ofNanos(scheduler.nanoTime() - awaitNanos);
    }

    @Override
    public void run() {
      if (future.isDone()) {
        return;
      }
      attempts++;
      Duration hint = Duration.ZERO;
      try {
        if (operation == Operation.ALTER_OFFSETS || operation == Operation.RESET_OFFSETS) {
          pollOffsets();
        } else {
          pollStatus();
        }
      } catch (ConnectorNotFoundException e) {
        observe(Observation.NOT_FOUND, "");
        if (operation == Operation.DELETE) {
          succeed(null, null);
        } else if (operation != Operation.CREATE) {
          fail(e);
        }
      } catch (RateLimitedException e) {
        hint = e.retryAfter().orElse(Duration.ZERO);
      } catch (UnauthenticatedException | ForbiddenException e) {
        fail(e);
      } catch (ConnectorException e) {
        // 5xx or a transport failure: keep polling until the timeout.
      } catch (RuntimeException e) {
        fail(new ConnectorException("waiting for " + name + " failed: " + e, e));
      }
      if (future.isDone()) {
        return;
      }
      Duration remaining = options.timeout().minus(sinceAwait());
      if (remaining.isNegative() || remaining.isZero()) {
        ConnectorStatus l = last;
        future.completeExceptionally(new WaitTimeoutException(
            name + " did not reach " + target(operation) + " within " + options.timeout() + "; last state "
                + (l == null ? (observed.isEmpty() ? "unknown" : observed.get(observed.size() - 1).state())
                    : l.state().value()),
            l, observed));
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

    private void pollOffsets() {
      OffsetsRequestStatus status = backend.offsetsRequestStatus(name);
      observe(status.phase(), status.message());
      if (status.isApplied()) {
        succeed(null, status);
      } else if (status.isFailed()) {
        future.completeExceptionally(new ConnectorFailedException(
            "the offsets request for " + name + " failed: " + status.message(), null, observed));
      }
    }

    private void pollStatus() {
      ConnectorStatus status = backend.status(name);
      last = status;
      observe(status.state().value(), status.trace());
      try {
        options.progress().accept(status);
      } catch (RuntimeException e) {
        // A progress listener must not end the wait.
      }
      ConnectorState state = status.state();
      boolean targetRunning = !(operation == Operation.PAUSE || operation == Operation.STOP
          || operation == Operation.DELETE);
      boolean failed = state.isFailed() || (targetRunning && state.equals(ConnectorState.RUNNING)
          && !status.failedTasks().isEmpty());
      boolean inGrace = sinceStart().compareTo(options.failureGrace()) < 0;
      boolean stale = sinceStart().compareTo(options.staleReadWindow()) < 0;
      if (failed) {
        sawOtherState = true;
        if (!inGrace) {
          future.completeExceptionally(new ConnectorFailedException(
              name + " is " + state.value() + " (waiting for " + target(operation) + ")", status, observed));
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
        if (targetRunning && stale && status.tasks().isEmpty() && backend.supports(Backend.Feature.LATE_TASKS)) {
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
        boolean needsChange = operation == Operation.RESTART || operation == Operation.UPDATE;
        if (!needsChange || sawOtherState || !stale) {
          succeed(status, null);
        }
        return;
      }
      sawOtherState = true;
      if (state.equals(ConnectorState.DELETED)) {
        fail(new ConnectorNotFoundException(404, null, name + " was deleted while waiting for "
            + target(operation), null));
      } else if (targetRunning && operation != Operation.RESUME && !stale
          && (state.equals(ConnectorState.PAUSED) || state.equals(ConnectorState.STOPPED))) {
        fail(new IllegalConnectorStateException(
            name + " is " + state.value() + " and will not reach RUNNING by itself; resume it", state));
      }
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
      future.complete(new WaitResult(status, offsets, observed, attempts, sinceAwait()));
    }

    private void fail(ConnectorException e) {
      future.completeExceptionally(e);
    }
  }
}
