package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Creates an HTTP source (V2) polling a REST endpoint with a bearer token into a topic, and waits until it runs.
 *
 * <p>The typed builder for {@code HttpSourceV2} is not merged yet: this sample sets the plugin's properties by name.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt)" samples/src/main/java/dev/connectkit/samples/CreateHttpSource.java
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
      ConnectorConfig config = GenericConnectorConfig.builder()
          .name(runbook.placement().name("crm-http"))
          .connectorClass("HttpSourceV2")
          .type(ConnectorType.SOURCE)
          .property("kafka.auth.mode", "KAFKA_API_KEY")
          .secret("kafka.api.key", runbook.secret("KAFKA_API_KEY"))
          .secret("kafka.api.secret", runbook.secret("KAFKA_API_SECRET"))
          .property("tasks.max", "1")
          .property("http.api.base.url", "https://crm.example.com/api")
          .property("auth.type", "BEARER")
          .secret("bearer.token", runbook.secret("CRM_API_TOKEN"))
          .property("output.data.format", "JSON_SR")
          .property("apis.num", "1")
          .property("api1.http.api.path", "/v1/customers")
          .property("api1.http.request.method", "GET")
          .property("api1.topics", "customers")
          .build();
      WaitResult created = client.create(config).await(Duration.ofMinutes(30));
      System.out.println(config.name().fullName() + " is " + created.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
