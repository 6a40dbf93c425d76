package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Stage;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import java.time.Duration;

/**
 * Promotes the Snowflake sink from the runbook's stage to {@code --to} (default {@code qas}): reads its config, moves
 * it to the next stage with that stage's secrets, and creates or updates it there. {@code --id} picks the connector
 * (default {@code analytics-snowflake}).
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/PromoteConnector.java --to qas
 * }</pre>
 */
public final class PromoteConnector {
  private PromoteConnector() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.analyticsSnowflake(runbook, runbook.placement()));
      // snippet:promote
      String name = runbook.placement().name(runbook.option("id", "analytics-snowflake")).fullName();
      Stage to = Stage.parse(runbook.option("to", "qas"));
      SnowflakeSink current = SnowflakeSink.fromConfig(runbook.client().get(name).config());
      SnowflakeSink promoted = current.promote(to).toBuilder()
          .snowflake(SnowflakeConnection.of(current.url().orElseThrow(), current.user().orElseThrow(),
              runbook.secret("SNOWFLAKE_PRIVATE_KEY")))                  // the target stage's secrets
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .build();
      ConnectorClient target = runbook.client(to);                          // same API, business unit of `to`
      target.apply(promoted).await(Duration.ofMinutes(30));                 // create, or update if it exists
      System.out.println(name + " -> " + promoted.name().fullName() + ": "
          + target.status(promoted.name().fullName()).state());
      // end-snippet
    }
  }
}
