package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import org.junit.jupiter.api.Test;

class AzureEventHubsSourceTest {
  static AzureEventHubsSource.Builder minimal() {
    return AzureEventHubsSource.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("telemetry-eventhubs")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .sharedAccessKey("RootManageSharedAccessKey", Secret.of("sas-k3y"))
        .namespace("my-namespace")
        .hubName("telemetry")
        .topic("sales-dev-telemetry");
  }

  static AzureEventHubsSource full() {
    return minimal()
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .consumerGroup("kafka")
        .domain(AzureEventHubsSource.Domain.GERMANY)
        .startingPosition(AzureEventHubsSource.StartingPosition.END_OF_STREAM)
        .transport(AzureEventHubsSource.Transport.AMQP_WEB_SOCKETS)
        .offsetType(AzureEventHubsSource.OffsetType.SEQ_NUM)
        .maxEvents(100)
        .tasksMax(2)
        .errorTolerance(ErrorTolerance.ALL)
        .addTransform(Transforms.insertHeader("src", "source", "eventhubs"))
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    Golden.assertMatches(minimal().build(), "eventhubs-source-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "eventhubs-source-full");
  }

  @Test
  void namespaceIsTheNameNotTheHostAndEverythingRequiredIsReported() {
    assertThat(Checks.violations(() -> minimal().namespace("my-ns.servicebus.windows.net").maxEvents(0).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("azure.eventhubs.namespace", "max.events");
    assertThat(Checks.violations(() -> AzureEventHubsSource.builder().build()))
        .extracting(ConfigViolation::property)
        .containsExactly("placement", "id", "kafka.auth.mode", "kafka.topic", "azure.eventhubs.sas.keyname",
            "azure.eventhubs.sas.key", "azure.eventhubs.namespace", "azure.eventhubs.hub.name");
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), AzureEventHubsSource::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
  }

  @Test
  void promoteReDerivesTheName() {
    assertThat(full().promote(Stage.QAS).name().fullName()).isEqualTo("sales-qas-telemetry-eventhubs-connector");
  }
}
