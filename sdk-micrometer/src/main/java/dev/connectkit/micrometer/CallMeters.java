package dev.connectkit.micrometer;

import dev.connectkit.CallInfo;
import dev.connectkit.CallOutcome;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorException;
import dev.connectkit.RetryReason;
import dev.connectkit.Target;
import dev.connectkit.WaitInfo;
import dev.connectkit.WaitOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The call timers and retry counters of one registry, each registered on its first use and then kept in a slot per
 * tag combination (operation × target × outcome × status class; operation × target × reason): every tag value is an
 * enum constant or a status class, so the slots are bounded and a recorded call looks nothing up and allocates
 * nothing. A slot keeps the timer of the last error type seen with it (the {@code error} tag), so a call whose error
 * type differs from the slot's registers (finds) its timer again.
 */
final class CallMeters {
  private static final int OPERATIONS = CallInfo.Operation.values().length;
  private static final int TARGETS = Target.values().length;
  private static final int OUTCOMES = CallOutcome.values().length;
  /** {@code NONE}, {@code 1xx} … {@code 5xx}. */
  private static final int STATUS_CLASSES = 6;
  private static final int REASONS = RetryReason.values().length;

  private final MeterRegistry registry;
  private final AtomicReferenceArray<@Nullable CallTimer> calls =
      new AtomicReferenceArray<>(OPERATIONS * TARGETS * OUTCOMES * STATUS_CLASSES);
  private final AtomicReferenceArray<@Nullable Counter> retries =
      new AtomicReferenceArray<>(OPERATIONS * TARGETS * REASONS);

  CallMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Records {@code result}'s duration in the timer {@value ConnectorObservations#CALL} of its tags. */
  void recordCall(CallInfo call, CallResult result) {
    Optional<ConnectorException> failure = result.failure();
    Class<?> error = failure.isPresent() ? failure.get().getClass() : null;
    int statusClass = statusClassIndex(result.statusClass());
    if (statusClass < 0) {
      // Not a status class the client makes (a hand-made CallResult): found in the registry, not kept.
      callTimer(call, result, error).record(result.duration());
      return;
    }
    int slot = ((call.operation().ordinal() * TARGETS + call.target().ordinal()) * OUTCOMES
        + result.outcome().ordinal()) * STATUS_CLASSES + statusClass;
    CallTimer kept = calls.get(slot);
    if (kept == null || kept.error != error) {
      kept = new CallTimer(error, callTimer(call, result, error));
      calls.set(slot, kept);
    }
    kept.timer.record(result.duration());
  }

  /** Counts a retry in {@value ConnectorObservations#RETRIES}. */
  void countRetry(CallInfo call, RetryReason reason) {
    int slot = (call.operation().ordinal() * TARGETS + call.target().ordinal()) * REASONS + reason.ordinal();
    Counter counter = retries.get(slot);
    if (counter == null) {
      counter = Counter.builder(ConnectorObservations.RETRIES)
          .description("ConnectKit API requests sent again")
          .tag("operation", call.operation().name())
          .tag("target", call.target().name())
          .tag("reason", reason.name())
          .register(registry);
      retries.set(slot, counter);
    }
    counter.increment();
  }

  /** Records a wait in {@value ConnectorObservations#WAIT} (once per wait: looked up, not kept). */
  void recordWait(WaitInfo wait, WaitOutcome outcome, Duration duration) {
    Timer.builder(ConnectorObservations.WAIT)
        .description("ConnectKit waits for a connector's state")
        .tag("operation", wait.operation().name())
        .tag("target", wait.target().name())
        .tag("expected.state", wait.expectedState())
        .tag("outcome", outcome.name())
        .tag("error", "none")
        .register(registry)
        .record(duration);
  }

  private Timer callTimer(CallInfo call, CallResult result, @Nullable Class<?> error) {
    return Timer.builder(ConnectorObservations.CALL)
        .description("ConnectKit API requests")
        .tag("operation", call.operation().name())
        .tag("target", call.target().name())
        .tag("outcome", result.outcome().name())
        .tag("status.class", result.statusClass())
        // The error tag of Micrometer's DefaultMeterObservationHandler: the exception's simple class name.
        .tag("error", error == null ? "none" : error.getSimpleName())
        .register(registry);
  }

  /** 0 for {@code NONE}, 1-5 for {@code 1xx}-{@code 5xx}, -1 for anything else. */
  static int statusClassIndex(String statusClass) {
    if (statusClass.equals(CallResult.NO_STATUS)) {
      return 0;
    }
    if (statusClass.length() == 3 && statusClass.charAt(1) == 'x' && statusClass.charAt(2) == 'x') {
      int digit = statusClass.charAt(0) - '0';
      return digit >= 1 && digit <= 5 ? digit : -1;
    }
    return -1;
  }

  /** A call timer and the error type it is tagged with ({@code null}: {@code none}). */
  private static final class CallTimer {
    final @Nullable Class<?> error;
    final Timer timer;

    CallTimer(@Nullable Class<?> error, Timer timer) {
      this.error = error;
      this.timer = timer;
    }
  }
}
