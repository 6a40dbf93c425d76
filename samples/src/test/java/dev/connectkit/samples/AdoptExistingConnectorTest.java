package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.testing.FakeConnectorApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A connector created elsewhere, written as a person writes it (no {@code kafka.auth.mode}, which the builder would
 * send), is listed, read with {@code fromConfig}, changed in one property and updated: the server then holds what
 * was written plus that one change (and the {@code kafka.auth.mode} the builder sends), not the defaults it showed.
 */
class AdoptExistingConnectorTest {
  @Test
  void aListedConnectorIsReadAndUpdatedChangingOnlyWhatChanged() {
    Placement dev = Placement.dedicated("sales", Stage.DEV);
    try (FakeConnectorApi fake = FakeConnectorApi.builder().instantTransitions().start();
        ConnectorClient client = ConnectorClient.builder()
            .selfService(fake.baseUrl(), dev)
            .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
            .build()) {
      Map<String, String> written = new LinkedHashMap<>();
      written.put("connector.class", "DatagenSource");
      written.put("kafka.topic", "sales-dev-orders");
      written.put("quickstart", "ORDERS");
      written.put("tasks.max", "1");
      written.put("output.data.format", "JSON");
      written.put("kafka.api.key", "KEY123");
      written.put("kafka.api.secret", "s3cr3t");
      String name = fake.seed(dev, "orders-datagen", written).name();

      ConnectorInfo info = client.list().get(0);
      DatagenSource read = DatagenSource.fromConfig(info.config());
      assertThat(read.name().fullName()).isEqualTo(name);
      assertThat(read.quickstart()).contains(DatagenSource.Quickstart.ORDERS);
      assertThat(read.hasUnknownSecrets()).isTrue();

      client.update(read.toBuilder()
              .kafkaAuth(KafkaAuth.apiKey(Secret.of("KEY123"), Secret.of("s3cr3t")))
              .maxInterval(Duration.ofMillis(500))
              .build())
          .await(Duration.ofMinutes(1));

      // A full-config PUT sends back what was written plus the one change: the template defaults the server filled
      // in read as not set (the server applies them again), kafka.auth.mode, which the builder always sends, stays,
      // and the server's own keys are dropped.
      assertThat(info.config()).containsEntry("errors.tolerance", "none").containsKey("kafka.endpoint");
      Map<String, String> expected = new LinkedHashMap<>(written);
      expected.put("kafka.auth.mode", "KAFKA_API_KEY");
      expected.put("max.interval", "500");
      Map<String, String> held = new LinkedHashMap<>(fake.connector(name).orElseThrow().config());
      held.remove("name");
      assertThat(held).isEqualTo(expected);
    }
  }
}
