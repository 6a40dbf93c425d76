package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import java.time.Duration;

/**
 * Creates a Datagen source (mock ORDERS records) and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateDatagenSource.java
 * }</pre>
 */
public final class CreateDatagenSource {
  private CreateDatagenSource() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-datagen
      DatagenSource orders = DatagenSource.builder()
          .placement(runbook.placement())
          .id("orders-datagen")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .topic("orders")
          .quickstart(DatagenSource.Quickstart.ORDERS)
          .maxInterval(Duration.ofMillis(500))
          .build();
      WaitResult created = client.create(orders).await(Duration.ofMinutes(30));
      System.out.println(orders.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
