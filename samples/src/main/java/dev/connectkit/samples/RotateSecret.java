package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import java.time.Duration;

/**
 * Rotates the Snowflake sink's private key: reads the config from the server (secrets come back masked), puts in the
 * new key and the other secrets, and updates the connector. The new key is read from {@code SNOWFLAKE_PRIVATE_KEY}.
 * {@code --id} picks the connector (default {@code analytics-snowflake}).
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/RotateSecret.java
 * }</pre>
 */
public final class RotateSecret {
  private RotateSecret() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.analyticsSnowflake(runbook, runbook.placement()));
      ConnectorClient client = runbook.client();
      // snippet:rotate-secret
      String name = runbook.placement().name(runbook.option("id", "analytics-snowflake")).fullName();
      SnowflakeSink current = SnowflakeSink.fromConfig(client.get(name).config());   // secrets masked: unknown
      SnowflakeSink rotated = current.toBuilder()
          .snowflake(SnowflakeConnection.of(current.url().orElseThrow(), current.user().orElseThrow(),
              runbook.secret("SNOWFLAKE_PRIVATE_KEY")))                            // the new key
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .build();
      client.update(rotated).await(Duration.ofMinutes(10));
      System.out.println(name + " runs with the new key: " + client.status(name).state());
      // end-snippet
    }
  }
}
