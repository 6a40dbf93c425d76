package dev.connectkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Watch;
import dev.connectkit.WatchSelector;
import dev.connectkit.testing.FakeConnectorApi;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** State gauges from a watch over the fake: counts per state always, per-connector gauges for a bounded few. */
class ConnectorStateMetersTest {
  final FakeConnectorApi fake = Fakes.kafkaConnect();
  final ConnectorClient client = ConnectorClient.builder().kafkaConnect(fake.baseUrl()).build();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  void create(String name) {
    client.create(Fakes.fileSink(name));
  }

  double gauge(String name, String... tags) {
    Gauge g = meters.find(name).tags(tags).gauge();
    return g == null ? Double.NaN : g.value();
  }

  static void eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 10 s");
      }
      Thread.sleep(10);
    }
  }

  @Test
  void countsPerStateAndBoundedPerConnectorGauges() throws InterruptedException {
    create("a-sink");
    create("b-sink");
    create("c-sink");
    try (Watch gauges = ConnectorStateMeters.builder(meters).trackConnectors(2).interval(Duration.ofMillis(20))
        .watch(client, WatchSelector.all())) {
      eventually(() -> gauge(ConnectorStateMeters.CONNECTORS, "state", "RUNNING") == 3);
      assertThat(gauge(ConnectorStateMeters.TASKS, "state", "RUNNING")).isEqualTo(6);
      assertThat(gauge(ConnectorStateMeters.UNTRACKED)).isEqualTo(1);
      assertThat(meters.find(ConnectorStateMeters.CONNECTOR_UP).gauges()).hasSize(2);

      String tracked = java.util.Objects.requireNonNull(
          meters.get(ConnectorStateMeters.CONNECTOR_UP).gauges().iterator().next().getId().getTag("connector"));
      fake.failTask(tracked, 0, "org.apache.kafka.connect.errors.ConnectException: broker gone");
      eventually(() -> gauge(ConnectorStateMeters.TASKS, "state", "FAILED") == 1);
      assertThat(gauge(ConnectorStateMeters.CONNECTOR_UP, "connector", tracked)).isZero();
      assertThat(gauge(ConnectorStateMeters.CONNECTOR_FAILED_TASKS, "connector", tracked)).isEqualTo(1);
      assertThat(gauge(ConnectorStateMeters.CONNECTORS, "state", "DEGRADED")
          + gauge(ConnectorStateMeters.CONNECTORS, "state", "RUNNING")).isEqualTo(3);

      // A deleted tracked connector frees its slot for the untracked one.
      client.delete(tracked);
      eventually(() -> meters.find(ConnectorStateMeters.CONNECTOR_UP).tag("connector", tracked).gauge() == null
          && gauge(ConnectorStateMeters.UNTRACKED) == 0);
      assertThat(meters.find(ConnectorStateMeters.CONNECTOR_UP).gauges()).hasSize(2);
      assertThat(gauge(ConnectorStateMeters.CONNECTORS, "state", "RUNNING")).isEqualTo(2);
    }
    eventually(() -> meters.find(ConnectorStateMeters.CONNECTORS).gauges().isEmpty());
    assertThat(meters.getMeters()).as("closing the watch removes every gauge").isEmpty();
  }

  @Test
  void byDefaultNoConnectorHasGaugesOfItsOwn() throws InterruptedException {
    create("a-sink");
    try (Watch gauges = ConnectorStateMeters.builder(meters).interval(Duration.ofMillis(20))
        .watch(client, WatchSelector.all())) {
      eventually(() -> gauge(ConnectorStateMeters.CONNECTORS, "state", "RUNNING") == 1);
      assertThat(meters.find(ConnectorStateMeters.CONNECTOR_UP).gauges()).isEmpty();
      assertThat(gauge(ConnectorStateMeters.UNTRACKED)).isEqualTo(1);
      assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTag("connector")).isNull());
    }
  }

  @Test
  void watchesOfTwoClientsOnOneRegistryKeepTheirOwnGaugesByTag() throws InterruptedException {
    create("a-sink");
    try (FakeConnectorApi other = Fakes.kafkaConnect();
        ConnectorClient otherClient = ConnectorClient.builder().kafkaConnect(other.baseUrl()).build();
        Watch first = ConnectorStateMeters.builder(meters).tag("cluster", "one").interval(Duration.ofMillis(20))
            .watch(client, WatchSelector.all());
        Watch second = ConnectorStateMeters.builder(meters).tag("cluster", "two").interval(Duration.ofMillis(20))
            .watch(otherClient, WatchSelector.all())) {
      eventually(() -> running("one") == 1);
      assertThat(running("two")).isZero();
      first.close();
      assertThat(meters.find(ConnectorStateMeters.CONNECTORS).tag("cluster", "two").gauges())
          .as("closing one watch leaves the other's gauges").isNotEmpty();
    }
  }

  @Test
  void aSecondWatchWithTheSameTagsIsRefusedNamingTheFix() {
    try (Watch first = ConnectorStateMeters.builder(meters).watch(client, WatchSelector.all())) {
      assertThatThrownBy(() -> ConnectorStateMeters.builder(meters).watch(client, WatchSelector.all()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already")
          .hasMessageContaining(".tag(");
      assertThat(first.isOpen()).isTrue();
    }
  }

  private double running(String cluster) {
    Gauge g = meters.find(ConnectorStateMeters.CONNECTORS).tag("cluster", cluster).tag("state", "RUNNING").gauge();
    return g == null ? -1 : g.value();
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatThrownBy(() -> ConnectorStateMeters.builder(meters).trackConnectors(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("trackConnectors must be 0 or more (was -1)");
  }
}
