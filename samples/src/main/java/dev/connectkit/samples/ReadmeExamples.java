package dev.connectkit.samples;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RestartOptions;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TokenProvider;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Java snippets of README.md's reference sections, compiled here so that they cannot drift from the API
 * ({@code SnippetsTest} compares them with README.md). The runnable samples are the other classes of this package.
 *
 * <pre>{@code
 * ConnectorName name = ReadmeExamples.names();   // edh-shared-scada-dev-analytics-snowflake-connector
 * }</pre>
 */
final class ReadmeExamples {
  private ReadmeExamples() {}

  /** "Create, observe, pause, resume, delete". */
  @SuppressWarnings("UnusedVariable")
  static void lifecycle(ConnectorConfig config) {
    // snippet:readme-lifecycle
    Placement dev = Placement.dedicated("sales", Stage.DEV);
    try (ConnectorClient client = ConnectorClient.builder()
        .selfService("https://ss-confluent-api.example.com", dev)
        .bearerToken(TokenProvider.of(Secret.fromEnv("SS_TOKEN")))
        .build()) {
      String name = client.create(config).await(Duration.ofMinutes(30))   // PROVISIONING -> RUNNING
          .finalStatus().orElseThrow().name();                           // sales-dev-orders-datagen-connector
      ConnectorStatus status = client.status(name);                      // state, worker, trace, tasks
      client.pause(name).await(Duration.ofMinutes(5));
      client.resume(name).await(Duration.ofMinutes(5));
      client.delete(name).await(Duration.ofMinutes(5));
    }
    // end-snippet
  }

  /** "Create, observe, pause, resume, delete": any plugin with plain properties. */
  static ConnectorConfig genericConfig(Placement dev) {
    // snippet:readme-generic-config
    ConnectorConfig config = GenericConnectorConfig.builder()
        .name(dev.name("orders-datagen"))                   // the id; the server composes the full name
        .connectorClass("DatagenSource")
        .type(ConnectorType.SOURCE)
        .property("kafka.topic", "sales-dev-orders")
        .property("quickstart", "ORDERS")
        .secret("kafka.api.secret", Secret.fromEnv("KAFKA_API_SECRET"))
        .build();
    // end-snippet
    return config;
  }

  /** "Wait for it". */
  @SuppressWarnings("UnusedVariable")
  static void waitForIt(ConnectorClient client, ConnectorConfig config, String name) {
    // snippet:readme-wait
    WaitResult result = client.create(config).await(client.waitOptions().toBuilder()  // the target's defaults
        .timeout(Duration.ofHours(1))                      // Confluent provisioning takes 2–15 minutes, sometimes hours
        .failureGrace(Duration.ofMinutes(5))               // a FAILED while starting is a flap, not the end
        .onProgress(s -> System.out.println(s.name() + " " + s.state()))
        .build());
    result.observed().forEach(o -> System.out.println(o.elapsed().toSeconds() + "s " + o.state()));

    CompletableFuture<WaitResult> paused = client.pause(name).future();   // no thread held while waiting
    // end-snippet
  }

  /** "Targets": self-managed Kafka Connect's own operations. */
  static void kafkaConnect(String name) {
    // snippet:readme-kafka-connect
    ConnectorClient connect = ConnectorClient.builder()
        .kafkaConnect("http://connect:8083")
        .build();
    connect.stop(name).await(Duration.ofMinutes(1));                 // STOPPED: tasks shut down
    connect.alterOffsets(name, List.of(ConnectorOffset.sink("orders", 0, 42L))); // synchronous, needs STOPPED
    connect.resume(name).await(Duration.ofMinutes(1));
    connect.restart(name, RestartOptions.failedOnly()).await(Duration.ofMinutes(1)); // includeTasks, onlyFailed
    connect.restartTask(name, 0);
    // end-snippet
  }

  /** "Watch it". */
  static void watchIt(ConnectorClient client) {
    // snippet:readme-watch
    try (Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
      @Override public void onTransition(ConnectorChange change) {
        System.out.println(change.name() + ": " + change.previous().state() + " -> " + change.current().state());
        change.taskChanges().forEach(t -> System.out.println("  " + t));
      }

      @Override public void onDeleted(ConnectorStatus last) {
        System.out.println(last.name() + " deleted");
      }

      @Override public void onError(ConnectorException error, boolean willRetry) {
        if (!willRetry) {
          System.out.println("watch ended: " + error.getMessage());   // 401/403; onClosed() comes next
        }
      }

      @Override public void onClosed() {
        System.out.println("watch closed");                           // always the last event, exactly once
      }
    })) {
      // ... the watch runs until closed
    }
    // end-snippet
  }

  /** "Adopting existing connectors": read what runs, change one thing, send everything else back as read. */
  static void adopt(ConnectorClient cloud) {
    // snippet:readme-adopt
    for (ConnectorInfo info : cloud.list()) {
      if (!"DatagenSource".equals(info.config().get("connector.class"))) {
        continue;
      }
      DatagenSource source = DatagenSource.fromConfig(info.config());   // any name: HttpSinkV2_playground too
      source.rawName();            // the name as is, when it is not {business_unit}-{stage}-{id}-connector
      source.hasUnknownSecrets();  // true: the server masks secrets, so supply them again
      DatagenSource changed = source.toBuilder()
          .kafkaAuth(KafkaAuth.apiKey(Secret.fromEnv("KAFKA_API_KEY"), Secret.fromEnv("KAFKA_API_SECRET")))
          .maxInterval(Duration.ofMillis(500))
          .build();                // every other value as read; defaults the server filled in stay unset
      cloud.update(changed).await(Duration.ofMinutes(10));
    }
    // end-snippet
  }

  /** "Names". */
  static ConnectorName names() {
    // snippet:readme-names
    ConnectorName name = Placement.shared("edh-shared", "scada", Stage.DEV).name("Analytics_Snowflake");
    name.fullName();                      // edh-shared-scada-dev-analytics-snowflake-connector
    name.promote(Stage.QAS).fullName();   // edh-shared-scada-qas-analytics-snowflake-connector
    ConnectorName.parse("sales-run-crm-http-connector").placement();   // dedicated(sales/run)
    // end-snippet
    return name;
  }

  /** "Authentication": every provider goes into the client the same way. */
  static ConnectorClient authClient(TokenProvider tokens) {
    // snippet:readme-auth-client
    ConnectorClient client = ConnectorClient.builder()
        .selfService("https://ss-confluent-api.example.com", Placement.dedicated("sales", Stage.DEV))
        .bearerToken(tokens)
        .build();
    // end-snippet
    return client;
  }

  /** "Testing your code": the fake speaks each target of the client. */
  static void fakeTargets(ConnectorConfig config) {
    // snippet:readme-fake-targets
    try (FakeConnectorApi fake = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT).start();
        ConnectorClient client = ConnectorClient.builder().kafkaConnect(fake.baseUrl()).build()) {
      client.create(config);                          // 201; the same name again: 409
      client.stop(config.name().fullName());          // Kafka Connect only: 204
    }
    try (FakeConnectorApi fake = FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).start();
        ConnectorClient client = ConnectorClient.builder()
            .confluentCloud("env-abc123", "lkc-xyz789", fake.baseUrl())
            .basicAuth("CLOUDKEY", Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
            .build()) {
      client.create(config);                          // read back with secrets as ****************
    }
    // end-snippet
  }
}
