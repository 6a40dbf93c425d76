package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Observation;
import dev.connectkit.Stage;
import dev.connectkit.WaitResult;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@EnableFakeConnectorApi(businessUnit = "sales", stage = Stage.DEV)
class FakeConnectorApiExtensionTest {
  @Test
  void injectsFakeClientClockAndPlacement(
      FakeConnectorApi fake, ConnectorClient client, FakeClock clock, Placement placement) {
    assertThat(placement).isEqualTo(Placement.dedicated("sales", Stage.DEV));

    client.create(Datagen.config(placement, "orders"));
    assertThat(client.status("sales-dev-orders-connector").state()).isEqualTo(ConnectorState.PROVISIONING);
    clock.advance(Duration.ofMinutes(1));

    assertThat(client.status("sales-dev-orders-connector").state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(fake.connectors()).extracting(FakeConnector::name).containsExactly("sales-dev-orders-connector");
  }

  @RepeatedTest(2)
  void everyTestStartsWithAnEmptyFake(FakeConnectorApi fake, ConnectorClient client, Placement placement) {
    assertThat(fake.connectors()).isEmpty();
    assertThat(fake.requests()).isEmpty();

    client.create(Datagen.config(placement, "orders"));
  }

  /** A service under test that deploys its connector and waits for it, as production code does. */
  static final class OrdersService {
    final ConnectorClient client;

    OrdersService(ConnectorClient client) {
      this.client = client;
    }

    String deploy(Placement placement) {
      return client.create(Datagen.config(placement, "orders")).await(Duration.ofMinutes(5))
          .finalStatus().orElseThrow().name();
    }
  }

  @Test
  void aServiceThatAwaitsCompletesWithoutClockControl(ConnectorClient client, Placement placement) {
    long start = System.nanoTime();
    String name = new OrdersService(client).deploy(placement);
    client.pause(name).await(Duration.ofMinutes(1));
    client.resume(name).await(Duration.ofMinutes(1));
    WaitResult restarted = client.restart(name).await(Duration.ofMinutes(1));
    WaitResult updated = client.update(Datagen.config(placement, "orders")).await(Duration.ofMinutes(1));
    client.delete(name).await(Duration.ofMinutes(1));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("[fake] create, pause, resume, restart, update, delete awaited in %d ms"
        + " (restart %d ms, update %d ms)%n", took.toMillis(), restarted.elapsed().toMillis(),
        updated.elapsed().toMillis());
    assertThat(restarted.observed()).extracting(Observation::state).containsExactly("RUNNING");
    assertThat(restarted.elapsed()).as("settled in milliseconds, not the stale-read window")
        .isLessThan(Duration.ofSeconds(1));
    assertThat(updated.elapsed()).isLessThan(Duration.ofSeconds(1));
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void sameInstancesWithinOneTest(FakeConnectorApi a, FakeConnectorApi b, ConnectorClient c, ConnectorClient d) {
    assertThat(a).isSameAs(b);
    assertThat(c).isSameAs(d);
  }
}
