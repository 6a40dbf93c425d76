package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Creates an Azure Event Hubs source (SAS key auth) copying one event hub into a topic, and waits until it runs.
 *
 * <p>The typed builder for {@code AzureEventHubsSource} is not merged yet: this sample sets the plugin's properties by name.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt)" samples/src/main/java/dev/connectkit/samples/CreateAzureEventHubsSource.java
 * }</pre>
 */
public final class CreateAzureEventHubsSource {
  private CreateAzureEventHubsSource() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-event-hubs-source
      ConnectorConfig config = GenericConnectorConfig.builder()
          .name(runbook.placement().name("telemetry-eventhubs"))
          .connectorClass("AzureEventHubsSource")
          .type(ConnectorType.SOURCE)
          .property("kafka.auth.mode", "KAFKA_API_KEY")
          .secret("kafka.api.key", runbook.secret("KAFKA_API_KEY"))
          .secret("kafka.api.secret", runbook.secret("KAFKA_API_SECRET"))
          .property("tasks.max", "1")
          .property("kafka.topic", "telemetry")
          .property("azure.eventhubs.namespace", "sales-telemetry")
          .property("azure.eventhubs.hub.name", "devices")
          .property("azure.eventhubs.sas.keyname", "kafka-connect")
          .secret("azure.eventhubs.sas.key", runbook.secret("EVENTHUBS_SAS_KEY"))
          .property("azure.eventhubs.partition.starting.position", "START_OF_STREAM")
          .property("azure.eventhubs.transport.type", "AMQP")
          .property("azure.eventhubs.offset.type", "OFFSET")
          .build();
      WaitResult created = client.create(config).await(Duration.ofMinutes(30));
      System.out.println(config.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
