package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.HttpAuth;
import dev.connectkit.connectors.HttpSinkApi;
import dev.connectkit.connectors.HttpSinkV2;
import dev.connectkit.connectors.KafkaAuth;
import java.time.Duration;

/**
 * Creates an HTTP sink (V2) posting the records of a topic to a REST endpoint, and waits until it runs.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CreateHttpSink.java
 * }</pre>
 */
public final class CreateHttpSink {
  private CreateHttpSink() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      ConnectorClient client = runbook.client();
      // snippet:create-http-sink
      HttpSinkV2 connector = HttpSinkV2.builder()
          .placement(runbook.placement())
          .id("orders-webhook")
          .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
          .topics("orders")
          .inputFormat(DataFormat.JSON)
          .baseUrl("https://hooks.example.com")
          .auth(HttpAuth.basic("kafka", runbook.secret("WEBHOOK_PASSWORD")))
          .addApi(HttpSinkApi.builder().path("/orders").method(HttpSinkApi.Method.POST).addTopic("orders").build())
          .build();
      WaitResult created = client.create(connector).await(Duration.ofMinutes(30));
      System.out.println(connector.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
