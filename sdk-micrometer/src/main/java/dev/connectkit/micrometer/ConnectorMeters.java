package dev.connectkit.micrometer;

import dev.connectkit.CallInfo;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorEventListener;
import dev.connectkit.RetryReason;
import dev.connectkit.WaitInfo;
import dev.connectkit.WaitOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * Metrics only, no tracing: the event listener that records a {@link dev.connectkit.ConnectorClient}'s calls, retries
 * and waits straight into a {@link MeterRegistry} (like Micrometer's {@code OkHttpMetricsEventListener}), with the
 * same meters and tags as {@link ConnectorObservations} over a {@code DefaultMeterObservationHandler}: timers
 * {@value #CALL} ({@code operation}, {@code target}, {@code outcome}, {@code status.class}, {@code error}) and
 * {@value #WAIT} ({@code operation}, {@code target}, {@code expected.state}, {@code outcome}, {@code error}), counter
 * {@value #RETRIES} ({@code operation}, {@code target}, {@code reason}).
 *
 * <!-- example: io.micrometer.core.instrument.MeterRegistry meters -->
 * <pre>{@code
 * ConnectorClient client = ConnectorClient.builder()
 *     .kafkaConnect("http://connect:8083")
 *     .eventListener(ConnectorMeters.of(meters))
 *     .build();
 * }</pre>
 *
 * <p><b>Which to choose.</b> Take {@link ConnectorObservations} when you want spans (Micrometer Tracing, the
 * OpenTelemetry bridge) or your own observation handlers: one hook gives both. Take {@code ConnectorMeters} when you
 * want timers and counters only: it makes no {@code Observation}, so a call costs a few array reads and the timer's
 * own update, allocating nothing (Micrometer's Observation with its meter handler allocates ~1.3-1.8 KB per call,
 * see the benchmarks' "Instrumentation" section). It records no long task timer ({@code connectkit.call.active}) and
 * no {@code connectkit.call.retry} event counter, which the observation path's meter handler adds.
 *
 * <p>A call timer or retry counter is registered on its first use and kept per tag combination (enum constants,
 * status classes and the exception's type: bounded), so configure the registry's {@code MeterFilter}s before the client's first call. The
 * connector name is never a tag (one value per connector); no URL, header, config value or message is recorded. One
 * listener serves any number of clients and threads.
 */
public final class ConnectorMeters implements ConnectorEventListener {
  /** The timer of an API request (same name as {@link ConnectorObservations#CALL}). */
  public static final String CALL = ConnectorObservations.CALL;
  /** The timer of a wait (same name as {@link ConnectorObservations#WAIT}). */
  public static final String WAIT = ConnectorObservations.WAIT;
  /** The counter of retries (same name as {@link ConnectorObservations#RETRIES}). */
  public static final String RETRIES = ConnectorObservations.RETRIES;

  private final CallMeters meters;

  private ConnectorMeters(MeterRegistry registry) {
    this.meters = new CallMeters(registry);
  }

  /** Timers and counters in {@code registry}. */
  public static ConnectorMeters of(MeterRegistry registry) {
    return new ConnectorMeters(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {
    meters.countRetry(call, reason);
  }

  @Override
  public void callEnd(CallInfo call, CallResult result) {
    meters.recordCall(call, result);
  }

  @Override
  public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
    meters.recordWait(wait, outcome, duration);
  }
}
