package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.AzureEventHubsSource;
import dev.connectkit.connectors.KafkaAuth;
import java.time.Duration;

/**
 * Creates an Azure Event Hubs source (SAS key auth) copying one event hub into a topic, and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateAzureEventHubsSource.java
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
      AzureEventHubsSource connector = AzureEventHubsSource.builder()
          .placement(runbook.placement())
          .id("telemetry-eventhubs")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .sharedAccessKey("kafka-connect", runbook.secret("EVENTHUBS_SAS_KEY"))
          .namespace("sales-telemetry")
          .hubName("devices")
          .topic("telemetry")
          .startingPosition(AzureEventHubsSource.StartingPosition.START_OF_STREAM)
          .build();
      WaitResult created = client.create(connector).await(Duration.ofMinutes(30));
      System.out.println(connector.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
