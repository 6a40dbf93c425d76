package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import java.time.Duration;

/**
 * Creates a Snowflake sink (Snowpipe Streaming, key-pair auth) and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateSnowflakeSink.java
 * }</pre>
 */
public final class CreateSnowflakeSink {
  private CreateSnowflakeSink() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-snowflake-sink
      SnowflakeSink sink = SnowflakeSink.builder()
          .placement(runbook.placement())
          .id("analytics-snowflake")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .topics("orders", "payments")
          .snowflake(SnowflakeConnection.of("https://myorg-demo.snowflakecomputing.com", "KAFKA_CONNECTOR",
              runbook.secret("SNOWFLAKE_PRIVATE_KEY")))
          .database("ANALYTICS")
          .schema("RAW")
          .inputFormat(DataFormat.AVRO)
          .ingestionMethod(SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING)
          .role("KAFKA_ROLE")
          .bufferFlushTime(Duration.ofSeconds(10))
          .build();
      WaitResult created = client.create(sink).await(Duration.ofMinutes(30));
      System.out.println(sink.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
