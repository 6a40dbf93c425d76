package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeConnectorApi;
import org.junit.jupiter.api.Test;

/** The README's reference snippets that can run without a real API do run, and do what the README says. */
class ReadmeExamplesTest {
  @Test
  void namesSnippetDerivesThePortalsNames() {
    assertThat(ReadmeExamples.names().fullName()).isEqualTo("edh-shared-scada-dev-analytics-snowflake-connector");
  }

  @Test
  void genericConfigSnippetNamesTheConnectorAndReadsItsSecretFromTheEnvironment() {
    Placement dev = Placement.dedicated("sales", Stage.DEV);
    if (System.getenv("KAFKA_API_SECRET") == null) {
      assertThatThrownBy(() -> ReadmeExamples.genericConfig(dev)).hasMessageContaining("KAFKA_API_SECRET");
      return;
    }
    ConnectorConfig config = ReadmeExamples.genericConfig(dev);
    assertThat(config.name().fullName()).isEqualTo("sales-dev-orders-datagen-connector");
    assertThat(config.properties()).containsEntry("quickstart", "ORDERS");
  }

  @Test
  void watchSnippetOpensAndClosesAWatch() {
    try (FakeConnectorApi fake = FakeConnectorApi.start();
        ConnectorClient client = ConnectorClient.builder()
            .selfService(fake.baseUrl(), Placement.dedicated("sales", Stage.DEV))
            .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
            .build()) {
      ReadmeExamples.watchIt(client);
      assertThat(client.list()).isEmpty();
    }
  }

  @Test
  void authSnippetBuildsASelfServiceClient() {
    try (ConnectorClient client = ReadmeExamples.authClient(() -> { throw new AssertionError("no request expected"); })) {
      assertThat(client.endpoint()).contains("ss-confluent-api.example.com");
    }
  }
}
