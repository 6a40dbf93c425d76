package dev.connectkit.micrometer;

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
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Instruments a {@link dev.connectkit.ConnectorClient} with Micrometer's Observation API: each API request is an
 * observation {@value #CALL}, each wait an observation {@value #WAIT}, so one registry gives timers (through a {@code
 * DefaultMeterObservationHandler}) and spans (through a tracing bridge) alike. Retries are counted in {@value
 * #RETRIES}.
 *
 * <!-- example: io.micrometer.core.instrument.MeterRegistry meters -->
 * <pre>{@code
 * ObservationRegistry observations = ObservationRegistry.create();
 * observations.observationConfig()
 *     .observationHandler(new io.micrometer.core.instrument.observation.DefaultMeterObservationHandler(meters));
 * ConnectorClient client = ConnectorClient.builder()
 *     .kafkaConnect("http://connect:8083")
 *     .eventListenerFactory(ConnectorObservations.of(observations, meters))
 *     .build();
 * }</pre>
 *
 * <p>Low-cardinality key values (meter tags): {@code operation} ({@code CREATE}, {@code STATUS}, …), {@code target}
 * ({@code SELF_SERVICE}, {@code CONFLUENT_CLOUD}, {@code KAFKA_CONNECT}), {@code outcome} ({@code SUCCESS} or the
 * failure class, see {@link dev.connectkit.CallOutcome}) and {@code status.class} ({@code 2xx}, {@code 4xx}, {@code
 * 5xx}, {@code NONE}); a wait has {@code operation}, {@code target}, {@code expected.state} and {@code outcome} (see
 * {@link WaitOutcome}). The connector's name is a high-cardinality key value {@code connector.name}: in traces, never
 * in a meter. Nothing else is recorded: no URL, header, config value or message.
 *
 * <p>Metrics without tracing cost less through {@link ConnectorMeters}: the same timers and counters recorded
 * directly, with no Observation per call (an Observation with Micrometer's meter handler allocates ~1.3-1.8 KB per
 * call; {@code ConnectorMeters} nothing).
 */
public final class ConnectorObservations implements ConnectorEventListener.Factory {
  /** The observation (and timer) name of an API request. */
  public static final String CALL = "connectkit.call";
  /** The observation (and timer) name of a wait. */
  public static final String WAIT = "connectkit.wait";
  /** The counter of retries, tagged {@code operation}, {@code target}, {@code reason}. */
  public static final String RETRIES = "connectkit.call.retries";

  private final ObservationRegistry observations;
  private final @Nullable CallMeters meters;

  private ConnectorObservations(ObservationRegistry observations, @Nullable MeterRegistry meters) {
    this.observations = observations;
    this.meters = meters == null ? null : new CallMeters(meters);
  }

  /** Observations in {@code observations}, retries counted in {@code meters}. */
  public static ConnectorObservations of(ObservationRegistry observations, MeterRegistry meters) {
    return new ConnectorObservations(
        Objects.requireNonNull(observations, "observations"), Objects.requireNonNull(meters, "meters"));
  }

  /** Observations in {@code observations} only; retries are then observation events ({@code retry}), not counted. */
  public static ConnectorObservations of(ObservationRegistry observations) {
    return new ConnectorObservations(Objects.requireNonNull(observations, "observations"), null);
  }

  @Override
  public ConnectorEventListener create() {
    return observations.isNoop() ? ConnectorEventListener.NONE : new Listener();
  }

  private static final Observation.Event RETRY = Observation.Event.of("retry", "the request is sent again");

  // Every low-cardinality key value and contextual name made once: an observed call allocates none of them.
  private static final KeyValue[] CALL_OPERATIONS = keyValues("operation", CallInfo.Operation.values());
  private static final String[] CALL_NAMES = names("connectkit ", CallInfo.Operation.values());
  private static final KeyValue[] WAIT_OPERATIONS = keyValues("operation", Transition.Operation.values());
  private static final String[] WAIT_NAMES = names("connectkit wait ", Transition.Operation.values());
  private static final KeyValue[] TARGETS = keyValues("target", Target.values());
  private static final KeyValue[] CALL_OUTCOMES = keyValues("outcome", CallOutcome.values());
  private static final KeyValue[] WAIT_OUTCOMES = keyValues("outcome", WaitOutcome.values());
  /** By {@link CallMeters#statusClassIndex}: {@code NONE}, {@code 1xx} … {@code 5xx}. */
  private static final KeyValue[] STATUS_CLASSES = {
    KeyValue.of("status.class", "NONE"), KeyValue.of("status.class", "1xx"), KeyValue.of("status.class", "2xx"),
    KeyValue.of("status.class", "3xx"), KeyValue.of("status.class", "4xx"), KeyValue.of("status.class", "5xx")
  };

  private static KeyValue[] keyValues(String key, Enum<?>[] values) {
    KeyValue[] out = new KeyValue[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = KeyValue.of(key, v.name());
    }
    return out;
  }

  private static String[] names(String prefix, Enum<?>[] values) {
    String[] out = new String[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = prefix + v.name().toLowerCase(Locale.ROOT);
    }
    return out;
  }

  /** The listener of one request or wait: holds its observation. */
  private final class Listener implements ConnectorEventListener {
    private @Nullable Observation observation;

    @Override
    public void callStart(CallInfo call) {
      observation = Observation.createNotStarted(CALL, observations)
          .contextualName(CALL_NAMES[call.operation().ordinal()])
          .lowCardinalityKeyValue(CALL_OPERATIONS[call.operation().ordinal()])
          .lowCardinalityKeyValue(TARGETS[call.target().ordinal()])
          .highCardinalityKeyValue("connector.name", call.connectorName())
          .start();
    }

    @Override
    public void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {
      Observation o = observation;
      if (o != null) {
        o.event(RETRY);
      }
      CallMeters m = meters;
      if (m != null) {
        m.countRetry(call, reason);
      }
    }

    @Override
    public void callEnd(CallInfo call, CallResult result) {
      Observation o = observation;
      if (o == null) {
        return;
      }
      o.lowCardinalityKeyValue(CALL_OUTCOMES[result.outcome().ordinal()]);
      String statusClass = result.statusClass();
      int known = CallMeters.statusClassIndex(statusClass);
      o.lowCardinalityKeyValue(known >= 0 ? STATUS_CLASSES[known] : KeyValue.of("status.class", statusClass));
      // Not ifPresent(o::error): a bound method reference is an object per call.
      Optional<ConnectorException> failure = result.failure();
      if (failure.isPresent()) {
        o.error(failure.get());
      }
      o.stop();
    }

    @Override
    public void waitStart(WaitInfo wait) {
      observation = Observation.createNotStarted(WAIT, observations)
          .contextualName(WAIT_NAMES[wait.operation().ordinal()])
          .lowCardinalityKeyValue(WAIT_OPERATIONS[wait.operation().ordinal()])
          .lowCardinalityKeyValue(TARGETS[wait.target().ordinal()])
          .lowCardinalityKeyValue("expected.state", wait.expectedState())
          .highCardinalityKeyValue("connector.name", wait.connectorName())
          .start();
    }

    @Override
    public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
      Observation o = observation;
      if (o == null) {
        return;
      }
      o.lowCardinalityKeyValue(WAIT_OUTCOMES[outcome.ordinal()]);
      o.stop();
    }
  }
}
