package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.CallInfo;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorEventListener;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Transition;
import dev.connectkit.UnsupportedOnTargetException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code create(config, initialState)}: Kafka Connect's KIP-980 {@code initial_state}; refused on managed targets. */
class CreateWithInitialStateTest {
  @Nested
  @EnableFakeConnectorApi(target = FakeTarget.KAFKA_CONNECT)
  class OnKafkaConnect {
    @Test
    void createsPausedWithInitialState(ConnectorClient client, FakeConnectorApi fake, Placement placement) {
      Transition t = client.create(Datagen.config(placement, "orders"), ConnectorState.PAUSED);
      assertThat(t.expectedState()).contains(ConnectorState.PAUSED);
      t.await(Duration.ofSeconds(10));
      assertThat(client.status(placement.name("orders").fullName()).state()).isEqualTo(ConnectorState.PAUSED);
      assertThat(fake.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
          .satisfies(r -> assertThat(r.body()).contains("\"initial_state\":\"PAUSED\""));
      assertThat(fake.requests()).noneMatch(r -> r.target().endsWith("/pause"));
    }

    @Test
    void aClientWithAnEventListenerCreatesPausedAndReportsTheCreate(FakeConnectorApi fake, Placement placement) {
      List<String> calls = new CopyOnWriteArrayList<>();
      try (ConnectorClient observed = ConnectorClient.builder().kafkaConnect(fake.baseUrl())
          .eventListener(new ConnectorEventListener() {
            @Override
            public void callEnd(CallInfo call, CallResult result) {
              calls.add(call.operation() + " " + result.outcome());
            }
          }).build()) {
        observed.create(Datagen.config(placement, "orders"), ConnectorState.PAUSED).await(Duration.ofSeconds(10));
        assertThat(observed.status(placement.name("orders").fullName()).state()).isEqualTo(ConnectorState.PAUSED);
      }
      assertThat(calls).startsWith("CREATE SUCCESS");
      assertThat(fake.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
          .satisfies(r -> assertThat(r.body()).contains("\"initial_state\":\"PAUSED\""));
    }

    @Test
    void createsStoppedWithInitialState(ConnectorClient client, Placement placement) {
      client.create(Datagen.config(placement, "orders"), ConnectorState.STOPPED).await(Duration.ofSeconds(10));
      assertThat(client.status(placement.name("orders").fullName()).state()).isEqualTo(ConnectorState.STOPPED);
    }
  }

  @Nested
  @EnableFakeConnectorApi(target = FakeTarget.CONFLUENT_CLOUD)
  class OnConfluentCloud {
    @Test
    void aPausedCreateIsRefusedBeforeAnythingIsSent(ConnectorClient client, FakeConnectorApi fake, Placement placement) {
      assertThatThrownBy(() -> client.create(Datagen.config(placement, "orders"), ConnectorState.PAUSED))
          .isInstanceOf(UnsupportedOnTargetException.class);
      assertThat(fake.requestCount()).isZero();
    }
  }
}
