package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.HttpAuth;
import dev.connectkit.connectors.HttpSourceApi;
import dev.connectkit.connectors.HttpSourceV2;
import dev.connectkit.connectors.KafkaAuth;
import java.time.Duration;

/**
 * Creates an HTTP source (V2) polling a REST endpoint with a bearer token into a topic, and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateHttpSource.java
 * }</pre>
 */
public final class CreateHttpSource {
  private CreateHttpSource() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-http-source
      HttpSourceV2 connector = HttpSourceV2.builder()
          .placement(runbook.placement())
          .id("crm-http")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .baseUrl("https://crm.example.com/api")
          .auth(HttpAuth.bearer(runbook.secret("CRM_API_TOKEN")))
          .outputFormat(DataFormat.JSON_SR)
          .addApi(HttpSourceApi.builder().path("/v1/customers").topic("customers").build())
          .build();
      WaitResult created = client.create(connector).await(Duration.ofMinutes(30));
      System.out.println(connector.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
