package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @EnableFakeConnectorApi(target = …)}: the fake speaks that API and the injected client talks to it. */
class FakeConnectorApiExtensionTargetTest {
  static void createAwaitAndPause(ConnectorClient client, FakeConnectorApi fake, Placement placement) {
    String name = placement.name("orders").fullName();
    client.create(Datagen.config(placement, "orders")).await(Duration.ofSeconds(10));
    assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
    client.pause(name).await(Duration.ofSeconds(10));
    assertThat(client.status(name).state()).isEqualTo(ConnectorState.PAUSED);
    assertThat(fake.connector(name)).isPresent();
  }

  @Nested
  @EnableFakeConnectorApi(target = FakeTarget.KAFKA_CONNECT)
  class OnKafkaConnect {
    @Test
    void theInjectedClientSpeaksKafkaConnect(ConnectorClient client, FakeConnectorApi fake, Placement placement) {
      assertThat(fake.target()).isEqualTo(FakeTarget.KAFKA_CONNECT);
      assertThat(client.endpoint()).containsIgnoringCase("kafka connect");
      createAwaitAndPause(client, fake, placement);
      assertThat(fake.requests()).allSatisfy(call -> assertThat(call.target()).startsWith("/connectors"));
    }
  }

  @Nested
  @EnableFakeConnectorApi(target = FakeTarget.CONFLUENT_CLOUD)
  class OnConfluentCloud {
    @Test
    void theInjectedClientSpeaksConnectV1(ConnectorClient client, FakeConnectorApi fake, Placement placement) {
      assertThat(fake.target()).isEqualTo(FakeTarget.CONFLUENT_CLOUD);
      createAwaitAndPause(client, fake, placement);
      assertThat(fake.requests())
          .allSatisfy(call -> assertThat(call.target()).startsWith("/connect/v1/environments/env-fake/clusters/lkc-fake/"));
    }
  }
}
