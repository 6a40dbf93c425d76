package dev.connectkit.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call and wait of a client against the fake as an observation, with its timers and counters. */
class ConnectorObservationsTest {
  static final String NAME = "file-sink";

  final FakeConnectorApi fake = Fakes.kafkaConnect();
  final TestObservationRegistry observations = TestObservationRegistry.create();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final ConnectorClient client;

  ConnectorObservationsTest() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    client = ConnectorClient.builder()
        .kafkaConnect(fake.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(2)).build())
        .eventListenerFactory(ConnectorObservations.of(observations, meters))
        .build();
  }

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  @Test
  void aCallIsAnObservationWithLowCardinalityTagsAndTheNameOnlyInTraces() {
    client.create(Fakes.fileSink(NAME));
    assertThat(observations)
        .hasObservationWithNameEqualTo(ConnectorObservations.CALL)
        .that()
        .hasBeenStarted()
        .hasBeenStopped()
        .hasContextualNameEqualTo("connectkit create")
        .hasLowCardinalityKeyValue("operation", "CREATE")
        .hasLowCardinalityKeyValue("target", "KAFKA_CONNECT")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasLowCardinalityKeyValue("status.class", "2xx")
        .hasHighCardinalityKeyValue("connector.name", NAME);
    assertThat(meters.get(ConnectorObservations.CALL)
        .tags("operation", "CREATE", "target", "KAFKA_CONNECT", "outcome", "SUCCESS", "status.class", "2xx")
        .timer().count()).isEqualTo(1);
    assertThat(meters.find(ConnectorObservations.CALL).tagKeys("connector.name").timer()).isNull();
  }

  @Test
  void aFailedCallCarriesItsOutcomeStatusClassAndError() {
    assertThatThrownBy(() -> client.status("missing")).isInstanceOf(ConnectorNotFoundException.class);
    assertThat(observations)
        .hasObservationWithNameEqualTo(ConnectorObservations.CALL)
        .that()
        .hasLowCardinalityKeyValue("operation", "STATUS")
        .hasLowCardinalityKeyValue("outcome", "NOT_FOUND")
        .hasLowCardinalityKeyValue("status.class", "4xx")
        .assertThatError().isInstanceOf(ConnectorNotFoundException.class);
    assertThat(meters.get(ConnectorObservations.CALL).tags("outcome", "NOT_FOUND", "status.class", "4xx",
        "error", "ConnectorNotFoundException").timer().count()).isEqualTo(1);
  }

  @Test
  void retriesAreCountedByReason() {
    client.create(Fakes.fileSink(NAME));
    fake.faults().next(Route.STATUS, Fault.status(503)).next(Route.STATUS, Fault.status(503));
    client.status(NAME);
    assertThat(meters.get(ConnectorObservations.RETRIES)
        .tags("operation", "STATUS", "target", "KAFKA_CONNECT", "reason", "SERVER_UNAVAILABLE").counter().count())
        .isEqualTo(2);
    assertThat(meters.get(ConnectorObservations.CALL).tags("operation", "STATUS", "outcome", "SUCCESS")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void aWaitIsAnObservationAndItsDurationIsRecorded() throws InterruptedException {
    client.create(Fakes.fileSink(NAME)).await(Duration.ofSeconds(10));
    // A wait's end is reported as its future completes, which can be just after await() returns (waitEnd's Javadoc).
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (meters.find(ConnectorObservations.WAIT).timers().stream().mapToLong(t -> t.count()).sum() == 0
        && System.nanoTime() < end) {
      Thread.sleep(1);
    }
    assertThat(observations)
        .hasObservationWithNameEqualTo(ConnectorObservations.WAIT)
        .that()
        .hasBeenStopped()
        .hasLowCardinalityKeyValue("operation", "CREATE")
        .hasLowCardinalityKeyValue("expected.state", "RUNNING")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasHighCardinalityKeyValue("connector.name", NAME);
    assertThat(meters.get(ConnectorObservations.WAIT).tags("expected.state", "RUNNING", "outcome", "SUCCESS")
        .timer().count()).isEqualTo(1);
  }

  @Test
  void aNoopRegistryCostsNothing() {
    ConnectorObservations noop = ConnectorObservations.of(io.micrometer.observation.ObservationRegistry.NOOP);
    assertThat(noop.create()).isSameAs(dev.connectkit.ConnectorEventListener.NONE);
  }
}
