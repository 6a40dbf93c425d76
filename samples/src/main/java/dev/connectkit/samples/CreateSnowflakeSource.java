package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSource;
import java.time.ZoneId;
import java.util.List;
import java.time.Duration;

/**
 * Creates a Snowflake source reading new rows of a table by timestamp into topics, and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateSnowflakeSource.java
 * }</pre>
 */
public final class CreateSnowflakeSource {
  private CreateSnowflakeSource() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-snowflake-source
      SnowflakeSource connector = SnowflakeSource.builder()
          .placement(runbook.placement())
          .id("customers-snowflake")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .snowflake(SnowflakeConnection.of("myorg_demo.snowflakecomputing.com", "KAFKA_READER",
              runbook.secret("SNOWFLAKE_PRIVATE_KEY")))
          .mode(SnowflakeSource.Mode.TIMESTAMP)
          .timestampColumn("ANALYTICS.CRM.CUSTOMERS", List.of("UPDATED_AT"))
          .addTableInclude("ANALYTICS.CRM.CUSTOMERS")
          .timezone(ZoneId.of("UTC"))
          .topicPrefix("snowflake-")
          .build();
      WaitResult created = client.create(connector).await(Duration.ofMinutes(30));
      System.out.println(connector.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
