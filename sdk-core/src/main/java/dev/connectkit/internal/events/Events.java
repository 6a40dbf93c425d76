package dev.connectkit.internal.events;

import dev.connectkit.CallInfo;
import dev.connectkit.CallOutcome;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorEventListener;
import dev.connectkit.ConnectorException;
import dev.connectkit.RetryReason;
import dev.connectkit.Target;
import dev.connectkit.Transition;
import dev.connectkit.WaitInfo;
import dev.connectkit.WaitOutcome;
import dev.connectkit.WaitResult;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.AmbiguousOutcomeException;
import dev.connectkit.internal.wait.Waiter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A client's {@link ConnectorEventListener} wiring: {@link #observe} wraps the backend of user calls, {@link
 * #waitStarted} follows a wait, {@link #retrying} reports a retry of the call running on this thread. Without a
 * listener ({@link #NONE}) each is a field check; a listener that throws is logged once per client and ignored.
 */
public final class Events {
  private static final System.Logger LOG = System.getLogger("dev.connectkit.events");
  private static final ThreadLocal<@Nullable Call> CURRENT = new ThreadLocal<>();

  /** No listener: nothing is observed. */
  public static final Events NONE = new Events(null, Target.KAFKA_CONNECT);

  private final ConnectorEventListener.@Nullable Factory factory;
  private final Target target;
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  private Events(ConnectorEventListener.@Nullable Factory factory, Target target) {
    this.factory = factory;
    this.target = target;
  }

  /** The events of a client of {@code target}; {@link #NONE} without a factory. */
  public static Events of(ConnectorEventListener.@Nullable Factory factory, Target target) {
    return factory == null ? NONE : new Events(factory, target);
  }

  /** {@code backend} reporting each call, or {@code backend} itself without a listener. */
  public Backend observe(Backend backend) {
    return factory == null ? backend : new ObservedBackend(backend, this);
  }

  /** Runs {@code body} as one call, reporting its start, retries and end. */
  <T> T call(CallInfo.Operation operation, String connectorName, Supplier<T> body) {
    Call call = new Call(listener(), new CallInfo(operation, target, connectorName));
    call.start();
    Call outer = CURRENT.get();
    CURRENT.set(call);
    try {
      T result = body.get();
      call.end(null);
      return result;
    } catch (RuntimeException e) {
      call.end(e);
      throw e;
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** Reports that the call running on this thread (if observed) is sent again after {@code backoff}. */
  public static void retrying(ConnectorException failure, Duration backoff) {
    Call call = CURRENT.get();
    if (call != null) {
      call.retry(failure, backoff);
    }
  }

  /** Reports the start of a wait and, when {@code future} completes, its end. */
  public void waitStarted(Transition.Operation operation, String name, CompletableFuture<WaitResult> future) {
    if (factory == null) {
      return;
    }
    ConnectorEventListener listener = listener();
    WaitInfo wait = new WaitInfo(operation, target, name, Waiter.target(operation));
    long started = System.nanoTime();
    guard(() -> listener.waitStart(wait));
    future.whenComplete((r, e) -> guard(
        () -> listener.waitEnd(wait, WaitOutcome.of(e), Duration.ofNanos(System.nanoTime() - started))));
  }

  private ConnectorEventListener listener() {
    ConnectorEventListener.Factory f = factory;
    if (f == null) {
      return ConnectorEventListener.NONE;
    }
    try {
      ConnectorEventListener made = f.create();
      return made != null ? made : ConnectorEventListener.NONE;
    } catch (RuntimeException e) {
      logOnce(e);
      return ConnectorEventListener.NONE;
    }
  }

  private void guard(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      logOnce(e);
    }
  }

  private void logOnce(RuntimeException e) {
    if (failureLogged.compareAndSet(false, true)) {
      LOG.log(System.Logger.Level.WARNING, "a ConnectorEventListener threw " + e.getClass().getName()
          + "; calls go on unaffected (logged once per client)", e);
    }
  }

  /** One observed call. */
  private final class Call {
    final ConnectorEventListener listener;
    final CallInfo info;
    final long started = System.nanoTime();
    int attempts = 1;

    Call(ConnectorEventListener listener, CallInfo info) {
      this.listener = listener;
      this.info = info;
    }

    // try/catch inline rather than guard(lambda): an observed call allocates no capturing lambda.
    void start() {
      try {
        listener.callStart(info);
      } catch (RuntimeException e) {
        logOnce(e);
      }
    }

    void retry(ConnectorException failure, Duration backoff) {
      int attempt = attempts++;
      try {
        listener.callRetry(info, attempt, RetryReason.of(failure), backoff);
      } catch (RuntimeException e) {
        logOnce(e);
      }
    }

    void end(@Nullable RuntimeException failure) {
      CallResult result;
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (failure == null) {
        result = new CallResult(CallOutcome.SUCCESS, "2xx", attempts, took, Optional.empty());
      } else {
        ConnectorException typed;
        CallOutcome outcome;
        if (failure instanceof AmbiguousOutcomeException) {
          typed = ((AmbiguousOutcomeException) failure).lastFailure();
          outcome = CallOutcome.OUTCOME_UNKNOWN;
        } else if (failure instanceof ConnectorException) {
          typed = (ConnectorException) failure;
          outcome = CallOutcome.of(typed);
        } else {
          typed = null;
          outcome = CallOutcome.ERROR;
        }
        String statusClass = typed == null ? CallResult.NO_STATUS : CallResult.statusClass(typed.statusCode().orElse(0));
        result = new CallResult(outcome, statusClass, attempts, took, Optional.ofNullable(typed));
      }
      try {
        listener.callEnd(info, result);
      } catch (RuntimeException e) {
        logOnce(e);
      }
    }
  }
}
