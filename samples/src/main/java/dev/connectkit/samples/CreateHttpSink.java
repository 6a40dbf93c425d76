package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Creates an HTTP sink (V2) posting the records of a topic to a REST endpoint, and waits until it runs.
 *
 * <p>The typed builder for {@code HttpSinkV2} is not merged yet: this sample sets the plugin's properties by name.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt)" samples/src/main/java/dev/connectkit/samples/CreateHttpSink.java
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
      ConnectorConfig config = GenericConnectorConfig.builder()
          .name(runbook.placement().name("orders-webhook"))
          .connectorClass("HttpSinkV2")
          .type(ConnectorType.SINK)
          .property("kafka.auth.mode", "KAFKA_API_KEY")
          .secret("kafka.api.key", runbook.secret("KAFKA_API_KEY"))
          .secret("kafka.api.secret", runbook.secret("KAFKA_API_SECRET"))
          .property("tasks.max", "1")
          .property("topics", "orders")
          .property("input.data.format", "JSON")
          .property("http.api.base.url", "https://hooks.example.com")
          .property("auth.type", "BASIC")
          .property("connection.user", "kafka")
          .secret("connection.password", runbook.secret("WEBHOOK_PASSWORD"))
          .property("apis.num", "1")
          .property("api1.http.api.path", "/orders")
          .property("api1.http.request.method", "POST")
          .build();
      WaitResult created = client.create(config).await(Duration.ofMinutes(30));
      System.out.println(config.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
