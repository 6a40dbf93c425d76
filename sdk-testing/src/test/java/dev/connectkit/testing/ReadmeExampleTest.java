package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Observation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.WaitResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The example of sdk-testing/README-section.md, kept compiling and passing. */
@EnableFakeConnectorApi(businessUnit = "sales", stage = Stage.DEV)
class ReadmeExampleTest {
  static ConnectorConfig ordersDatagen(Placement placement) {
    return GenericConnectorConfig.builder()
        .name(placement.name("orders-datagen"))
        .connectorClass("DatagenSource")
        .type(ConnectorType.SOURCE)
        .property("kafka.auth.mode", "KAFKA_API_KEY")
        .property("kafka.topic", "sales-dev-orders")
        .property("output.data.format", "JSON")
        .property("quickstart", "ORDERS")
        .property("tasks.max", "1")
        .secret("kafka.api.key", Secret.of("test-key"))
        .secret("kafka.api.secret", Secret.of("test-secret"))
        .build();
  }

  @Test
  void createdConnectorRunsAfterProvisioning(ConnectorClient client, FakeConnectorApi fake, FakeClock clock) {
    client.create(ordersDatagen(Placement.dedicated("sales", Stage.DEV)));
    String name = "sales-dev-orders-datagen-connector";

    assertThat(client.status(name).state()).isEqualTo(ConnectorState.PROVISIONING);
    clock.advance(Duration.ofMinutes(1));
    assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);

    assertThat(fake.connector(name).orElseThrow().config()).containsEntry("quickstart", "ORDERS");
    assertThat(client.get(name).config()).containsEntry("kafka.api.secret", "****************");
  }

  @Test
  void myServiceAwaitsItsConnector(ConnectorClient client) {
    // Production code that creates and blocks until RUNNING: no clock control needed, it returns in milliseconds.
    WaitResult result = client.create(ordersDatagen(Placement.dedicated("sales", Stage.DEV)))
        .await(Duration.ofMinutes(30));

    assertThat(result.observed()).extracting(Observation::state).containsExactly("PROVISIONING", "RUNNING");
  }

  @Test
  void myCodeSurvivesAnAmbiguousCreate(ConnectorClient client, FakeConnectorApi fake) {
    fake.faults().next(Route.CREATE, Fault.dropConnectionAfterApplying());

    client.create(ordersDatagen(Placement.dedicated("sales", Stage.DEV)));

    assertThat(fake.connectors()).hasSize(1);
    assertThat(fake.duplicateCreates()).isZero();
  }

  @Test
  void myCodeReportsAFailedConnector(ConnectorClient client, FakeConnectorApi fake) {
    client.create(ordersDatagen(Placement.dedicated("sales", Stage.DEV)));
    String name = "sales-dev-orders-datagen-connector";
    fake.failConnector(name, "Provided Kafka ApiKey is invalid");

    assertThat(client.status(name).trace()).contains("ApiKey is invalid");

    fake.faults().next(Fault.status(500));
    assertThatThrownBy(() -> client.status(name)).isInstanceOf(ConnectorException.class);
  }
}
