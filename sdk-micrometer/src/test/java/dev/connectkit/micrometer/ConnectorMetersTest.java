package dev.connectkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.CallInfo;
import dev.connectkit.CallOutcome;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorEventListener;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Target;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The metrics-only listener against the fake: the same meters with the same tags and counts as the Observation path
 * over Micrometer's {@code DefaultMeterObservationHandler}, for a success, a failure, retries and a wait.
 */
class ConnectorMetersTest {
  static final String NAME = "file-sink";

  /** The meters of one run of {@link #calls} through a client instrumented by {@code instrument}. */
  static SimpleMeterRegistry run(Function<SimpleMeterRegistry, ConnectorEventListener.Factory> instrument)
      throws InterruptedException {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (FakeConnectorApi fake = Fakes.kafkaConnect();
        ConnectorClient client = ConnectorClient.builder()
            .kafkaConnect(fake.baseUrl())
            .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(2)).build())
            .eventListenerFactory(instrument.apply(meters))
            .build()) {
      calls(client, fake, meters);
    }
    return meters;
  }

  /** A create and its wait, a failed status read, a status read that succeeds after two retries. */
  static void calls(ConnectorClient client, FakeConnectorApi fake, MeterRegistry meters) throws InterruptedException {
    client.create(Fakes.fileSink(NAME)).await(Duration.ofSeconds(10));
    assertThatThrownBy(() -> client.status("missing")).isInstanceOf(ConnectorNotFoundException.class);
    fake.faults().next(Route.STATUS, Fault.status(503)).next(Route.STATUS, Fault.status(503));
    client.status(NAME);
    // A wait's end is reported as its future completes, which can be just after await() returns.
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (meters.find(ConnectorMeters.WAIT).timers().stream().mapToLong(Timer::count).sum() == 0
        && System.nanoTime() < end) {
      Thread.sleep(1);
    }
  }

  static SimpleMeterRegistry metered() throws InterruptedException {
    return run(meters -> {
      ConnectorMeters listener = ConnectorMeters.of(meters);
      return () -> listener;
    });
  }

  /** Every meter as "type name{tags} count", timers' total time checked positive. */
  static Set<String> describe(MeterRegistry registry) {
    Set<String> out = new TreeSet<>();
    for (Meter meter : registry.getMeters()) {
      StringBuilder tags = new StringBuilder();
      for (Tag tag : meter.getId().getTags()) {
        tags.append(tags.length() == 0 ? "" : ",").append(tag.getKey()).append('=').append(tag.getValue());
      }
      String count;
      if (meter instanceof Timer) {
        Timer timer = (Timer) meter;
        assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).as(meter.getId().toString())
            .isPositive();
        count = Long.toString(timer.count());
      } else if (meter instanceof Counter) {
        count = Long.toString((long) ((Counter) meter).count());
      } else {
        count = "?";
      }
      out.add(meter.getId().getType() + " " + meter.getId().getName() + "{" + tags + "} " + count);
    }
    return out;
  }

  @Test
  void theMetersAndTagsAreThoseOfTheObservationPath() throws InterruptedException {
    Set<String> metered = describe(metered());
    Set<String> observed = describe(run(meters -> {
      ObservationRegistry observations = ObservationRegistry.create();
      observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
      return ConnectorObservations.of(observations, meters);
    }));
    // The observation path's meter handler adds long task timers (*.active) and a counter per observation event.
    observed.removeIf(m -> m.contains(".active{") || m.contains(" connectkit.call.retry{"));
    assertThat(metered).isEqualTo(observed).isNotEmpty();
  }

  @Test
  void successFailureRetriesAndWaitAreRecordedWithTheirTags() throws InterruptedException {
    SimpleMeterRegistry meters = metered();
    assertThat(meters.get(ConnectorMeters.CALL).tags("operation", "CREATE", "target", "KAFKA_CONNECT",
        "outcome", "SUCCESS", "status.class", "2xx", "error", "none").timer().count()).isEqualTo(1);
    assertThat(meters.get(ConnectorMeters.CALL).tags("operation", "STATUS", "target", "KAFKA_CONNECT",
        "outcome", "NOT_FOUND", "status.class", "4xx", "error", "ConnectorNotFoundException").timer().count())
        .isEqualTo(1);
    // The status read that needed two retries is one request: one timer count, two retries.
    assertThat(meters.get(ConnectorMeters.CALL).tags("operation", "STATUS", "outcome", "SUCCESS").timer().count())
        .isEqualTo(1);
    assertThat(meters.get(ConnectorMeters.RETRIES)
        .tags("operation", "STATUS", "target", "KAFKA_CONNECT", "reason", "SERVER_UNAVAILABLE").counter().count())
        .isEqualTo(2);
    assertThat(meters.get(ConnectorMeters.WAIT).tags("operation", "CREATE", "target", "KAFKA_CONNECT",
        "expected.state", "RUNNING", "outcome", "SUCCESS", "error", "none").timer().count()).isEqualTo(1);
    assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTags())
        .noneMatch(t -> t.getValue().contains(NAME) || t.getValue().contains("missing")));
  }

  @Test
  void aTagCombinationIsOneTimerWhateverTheNumberOfCalls() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ConnectorMeters listener = ConnectorMeters.of(meters);
    CallInfo call = new CallInfo(CallInfo.Operation.STATUS, Target.SELF_SERVICE, NAME);
    for (int i = 0; i < 100; i++) {
      listener.callEnd(call, new CallResult(CallOutcome.SUCCESS, "2xx", 1, Duration.ofMillis(i), Optional.empty()));
      listener.callEnd(call, new CallResult(CallOutcome.NOT_FOUND, "4xx", 1, Duration.ofMillis(i),
          Optional.of(new ConnectorNotFoundException(404, null, "gone", null))));
    }
    assertThat(meters.getMeters()).hasSize(2);
    assertThat(meters.get(ConnectorMeters.CALL).tag("outcome", "SUCCESS").timer().count()).isEqualTo(100);
    assertThat(meters.get(ConnectorMeters.CALL).tag("error", "ConnectorNotFoundException").timer().totalTime(
        java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(4950);
  }

  @Test
  void aStatusClassTheClientNeverMakesIsStillRecorded() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    CallInfo call = new CallInfo(CallInfo.Operation.GET, Target.CONFLUENT_CLOUD, NAME);
    ConnectorMeters.of(meters).callEnd(call, new CallResult(CallOutcome.ERROR, "9xx", 1, Duration.ZERO,
        Optional.empty()));
    assertThat(meters.get(ConnectorMeters.CALL).tags("status.class", "9xx", "error", "none").timer().count())
        .isEqualTo(1);
  }

  @Test
  void aRecordedCallAllocatesNothingOnceItsTimerExists() throws ReflectiveOperationException {
    ConnectorMeters listener = ConnectorMeters.of(new SimpleMeterRegistry());
    CallInfo call = new CallInfo(CallInfo.Operation.STATUS, Target.SELF_SERVICE, NAME);
    CallResult ok = new CallResult(CallOutcome.SUCCESS, "2xx", 1, Duration.ofMillis(3), Optional.empty());
    for (int i = 0; i < 20_000; i++) {
      listener.callEnd(call, ok);
    }
    int calls = 100_000;
    long before = allocatedBytes();
    for (int i = 0; i < calls; i++) {
      listener.callEnd(call, ok);
    }
    long allocated = allocatedBytes() - before;
    // Not exactly 0: the measurement itself may allocate a little. 100,000 calls in well under a byte each.
    assertThat(allocated).as("bytes allocated by %,d recorded calls", calls).isLessThan(calls / 10);
  }

  /**
   * The bytes this thread has allocated (HotSpot's {@code com.sun.management.ThreadMXBean}), reflectively: the module
   * under test reads no management module at compile time; tests run on the class path.
   */
  static long allocatedBytes() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    return (long) Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes")
        .invoke(threads);
  }
}
