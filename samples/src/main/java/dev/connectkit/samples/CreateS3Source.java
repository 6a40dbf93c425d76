package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.AwsCredentials;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.S3Source;
import java.time.Duration;

/**
 * Creates an Amazon S3 source (JSON files under {@code exports/} routed to a topic) and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateS3Source.java
 * }</pre>
 */
public final class CreateS3Source {
  private CreateS3Source() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-s3-source
      S3Source landing = S3Source.builder()
          .placement(runbook.placement())
          .id("landing-s3")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .awsCredentials(AwsCredentials.of(runbook.secret("AWS_ACCESS_KEY_ID"), runbook.secret("AWS_SECRET_ACCESS_KEY")))
          .bucket("sales-landing")
          .region("eu-central-1")
          .topicsDir("exports")
          .topicRegex("orders", "orders/.*\\.json")
          .inputFormat(DataFormat.JSON)
          .build();
      WaitResult created = client.create(landing).await(Duration.ofMinutes(30));
      System.out.println(landing.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
