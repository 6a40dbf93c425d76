package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
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

  @Test
  void sameInstancesWithinOneTest(FakeConnectorApi a, FakeConnectorApi b, ConnectorClient c, ConnectorClient d) {
    assertThat(a).isSameAs(b);
    assertThat(c).isSameAs(d);
  }
}
