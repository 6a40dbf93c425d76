package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Creates a Snowflake source reading new rows of a table by timestamp into topics, and waits until it runs.
 *
 * <p>The typed builder for {@code SnowflakeSource} is not merged yet: this sample sets the plugin's properties by name.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt)" samples/src/main/java/dev/connectkit/samples/CreateSnowflakeSource.java
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
      ConnectorConfig config = GenericConnectorConfig.builder()
          .name(runbook.placement().name("customers-snowflake"))
          .connectorClass("SnowflakeSource")
          .type(ConnectorType.SOURCE)
          .property("kafka.auth.mode", "KAFKA_API_KEY")
          .secret("kafka.api.key", runbook.secret("KAFKA_API_KEY"))
          .secret("kafka.api.secret", runbook.secret("KAFKA_API_SECRET"))
          .property("tasks.max", "1")
          .property("connection.url", "https://myorg-demo.snowflakecomputing.com")
          .property("connection.user", "KAFKA_CONNECTOR")
          .property("connection.credentials.source", "PRIVATE_KEY")
          .secret("connection.private.key", runbook.secret("SNOWFLAKE_PRIVATE_KEY"))
          .property("output.data.format", "AVRO")
          .property("topic.prefix", "snowflake-")
          .property("mode", "timestamp")
          .property("table.include.list", "ANALYTICS.CRM.CUSTOMERS")
          .property("timestamp.columns.mapping", "ANALYTICS.CRM.CUSTOMERS:[UPDATED_AT]")
          .property("db.timezone", "UTC")
          .build();
      WaitResult created = client.create(config).await(Duration.ofMinutes(30));
      System.out.println(config.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
