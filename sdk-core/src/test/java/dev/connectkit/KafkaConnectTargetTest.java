package dev.connectkit;

import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.body;
import static dev.connectkit.TestServers.empty;
import static dev.connectkit.TestServers.json;
import static dev.connectkit.TestServers.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The self-managed Kafka Connect target: exact requests, rebalance retries, synchronous offsets, stop, restarts. */
class KafkaConnectTargetTest {
  static final String NAME = "orders-sink";
  static final String REBALANCE =
      "{\"error_code\":409,\"message\":\"Cannot complete request because of a conflicting operation (e.g. worker "
          + "rebalance)\"}";

  MockWebServer server;
  ConnectorClient client;

  @BeforeEach
  void start() {
    server = TestServers.start();
    client = ConnectorClient.builder()
        .kafkaConnect(server.url("/").toString())
        .retryPolicy(FAST)
        .waitOptions(WaitOptions.builder().timeout(Duration.ofSeconds(5))
            .minInterval(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build())
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  static GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw(NAME))
        .connectorClass("org.apache.kafka.connect.file.FileStreamSinkConnector")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .secret("db.password", Secret.of("db-password-value"))
        .build();
  }

  static String status(String state, String tasksJson) {
    return "{\"name\":\"" + NAME + "\",\"connector\":{\"state\":\"" + state + "\",\"worker_id\":\"w:8083\"},"
        + "\"tasks\":" + tasksJson + ",\"type\":\"sink\"}";
  }

  static String task(String state) {
    return "[{\"id\":0,\"state\":\"" + state + "\",\"worker_id\":\"w:8083\""
        + (state.equals("FAILED") ? ",\"trace\":\"java.lang.RuntimeException: boom\"" : "") + "}]";
  }

  @Test
  void aRawNameLongerThanConfluentCloudsLimitIsSentAsIs() throws Exception {
    // Self-managed Kafka Connect sets no length limit; Debezium-style names often pass 64 characters.
    String longName = "inventory-mysql-cdc-production-eu-west-1-orders-and-customers-v2-" + "x".repeat(30);
    server.enqueue(json(201, "{\"name\":\"" + longName + "\",\"type\":\"source\",\"config\":{\"name\":\""
        + longName + "\"},\"tasks\":[]}"));
    client.create(config().toBuilder().name(ConnectorName.raw(longName)).build());
    assertThat(body(take(server))).contains("\"name\":\"" + longName + "\"");
  }

  @Test
  void createPostsNameAndConfigWithTheSameNameWithoutAuth() throws Exception {
    server.enqueue(json(201, "{\"name\":\"" + NAME + "\",\"config\":{\"name\":\"" + NAME + "\"},\"tasks\":[],"
        + "\"type\":\"sink\"}"));
    client.create(config());
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/connectors");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(ConnectorClientTest.parse(body(request))).isEqualTo(ConnectorClientTest.parse(
        "{\"name\":\"" + NAME + "\",\"config\":{\"name\":\"" + NAME + "\",\"connector.class\":"
            + "\"org.apache.kafka.connect.file.FileStreamSinkConnector\",\"topics\":\"orders\","
            + "\"db.password\":\"db-password-value\"}}"));
    assertThat(client.endpoint()).isEqualTo("Kafka Connect " + server.url("/"));
  }

  @Test
  void createOfAnExistingNameIsAlreadyExists() {
    server.enqueue(json(409, "{\"error_code\":409,\"message\":\"Connector " + NAME + " already exists\"}"));
    assertThatThrownBy(() -> client.create(config())).isInstanceOf(ConnectorAlreadyExistsException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void basicAuthIsSentWhenConfigured() {
    try (ConnectorClient authed = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .basicAuth("connect", Secret.of("connect-password")).build()) {
      server.enqueue(json(200, status("RUNNING", "[]")));
      authed.status(NAME);
      assertThat(take(server).getHeaders().get("Authorization"))
          .isEqualTo(okhttp3.Credentials.basic("connect", "connect-password"));
    }
  }

  @Test
  void listRepeatsTheExpandParameter() {
    server.enqueue(json(200, "{\"" + NAME + "\":{\"status\":" + status("STOPPED", "[]") + ",\"info\":{\"name\":\""
        + NAME + "\",\"config\":{\"topics\":\"orders\"},\"tasks\":[],\"type\":\"sink\"}}}"));
    List<ConnectorInfo> list = client.list();
    assertThat(take(server).getTarget()).isEqualTo("/connectors?expand=status&expand=info");
    assertThat(list).singleElement().satisfies(c -> {
      assertThat(c.id()).isEmpty();
      assertThat(c.type()).isEqualTo(ConnectorType.SINK);
      assertThat(c.status().state()).isEqualTo(ConnectorState.STOPPED);
    });
  }

  @Test
  void rebalanceConflictIsRetried() {
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(json(409, REBALANCE));
    server.enqueue(json(409, REBALANCE));
    server.enqueue(empty(202));
    client.pause(NAME);
    assertThat(server.getRequestCount()).as("the status read, then three pauses").isEqualTo(4);
  }

  @Test
  void createRefusedDuringARebalanceIsRetriedNotReportedAsExisting() {
    server.enqueue(json(409, REBALANCE));
    server.enqueue(json(201, "{\"name\":\"" + NAME + "\",\"config\":{\"topics\":\"orders\"},\"tasks\":[],"
        + "\"type\":\"sink\"}"));
    client.create(GenericConnectorConfig.builder().name(ConnectorName.raw(NAME)).connectorClass("FileStreamSink")
        .type(ConnectorType.SINK).property("topics", "orders").build());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rebalanceConflictThatOutlastsTheAttemptsIsAnError() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(409, REBALANCE));
    }
    assertThatThrownBy(() -> client.pause(NAME))
        .isInstanceOf(ConnectorException.class)
        .isNotInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining("rebalance");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void stopPutsStopAndWaitsForStopped() {
    server.enqueue(empty(204));
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(json(200, status("STOPPED", "[]")));
    WaitResult result = client.stop(NAME).await(Duration.ofSeconds(5));
    RecordedRequest stop = take(server);
    assertThat(stop.getMethod()).isEqualTo("PUT");
    assertThat(stop.getTarget()).isEqualTo("/connectors/" + NAME + "/stop");
    assertThat(result.observed()).extracting(Observation::state).containsExactly("RUNNING", "STOPPED");
  }

  @Test
  void restartSendsIncludeTasksAndOnlyFailedAndWaitsForEveryTaskRunning() {
    server.enqueue(json(200, status("RUNNING", task("FAILED"))));
    server.enqueue(json(202, status("RUNNING", task("RESTARTING"))));
    server.enqueue(json(200, status("RUNNING", task("FAILED"))));
    server.enqueue(json(200, status("RUNNING", task("RESTARTING"))));
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    WaitResult result = client.restart(NAME, RestartOptions.failedOnly()).await(Duration.ofSeconds(5));
    take(server);
    RecordedRequest restart = take(server);
    assertThat(restart.getMethod()).isEqualTo("POST");
    assertThat(restart.getTarget()).isEqualTo("/connectors/" + NAME + "/restart?includeTasks=true&onlyFailed=true");
    assertThat(result.finalStatus().orElseThrow().tasks()).extracting(TaskStatus::state)
        .containsExactly(TaskState.RUNNING);
    assertThat(result.attempts()).isEqualTo(3);
  }

  @Test
  void restartOfOnlyTheFailedWhenNothingFailedIsCompleteAtOnce() {
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(json(202, status("RUNNING", task("RUNNING"))));
    Transition restarting = client.restart(NAME, RestartOptions.failedOnly());
    assertThat(restarting.isComplete()).as("the 202 plan restarts nothing").isTrue();
    assertThat(restarting.await(Duration.ofMillis(1)).finalStatus()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void withTheTargetsDefaultsATaskThatFailsAgainAfterARestartFailsTheWaitWithinSeconds() {
    try (ConnectorClient defaults = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .retryPolicy(FAST).build()) {
      server.enqueue(json(200, status("RUNNING", task("FAILED"))));
      server.enqueue(json(202, status("RUNNING", task("RESTARTING"))));
      server.enqueue(json(200, status("RUNNING", task("FAILED")))); // stale: the status from before
      server.enqueue(json(200, status("RUNNING", task("RESTARTING"))));
      server.enqueue(json(200, status("RUNNING", task("FAILED"))));
      long start = System.nanoTime();
      assertThatThrownBy(() -> defaults.restart(NAME, RestartOptions.failedOnly()).await(Duration.ofMinutes(5)))
          .isInstanceOf(ConnectorFailedException.class)
          .hasMessageStartingWith("task 0 of " + NAME + " is FAILED: java.lang.RuntimeException: boom");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void plainRestartIncludesTasks() {
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(json(202, status("RESTARTING", task("RESTARTING"))));
    client.restart(NAME);
    take(server);
    assertThat(take(server).getTarget())
        .isEqualTo("/connectors/" + NAME + "/restart?includeTasks=true&onlyFailed=false");
  }

  @Test
  void connectorOnlyRestartLeavesTheTasksOut() {
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(json(202, status("RESTARTING", task("RUNNING"))));
    client.restart(NAME, RestartOptions.connectorOnly());
    take(server);
    assertThat(take(server).getTarget())
        .isEqualTo("/connectors/" + NAME + "/restart?includeTasks=false&onlyFailed=false");
  }

  @Test
  void taskRestartPostsToTheTask() {
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(empty(204));
    client.restartTask(NAME, 2);
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/connectors/" + NAME + "/tasks/2/restart");
  }

  @Test
  void runningWithoutTasksRightAfterCreateIsNotYetRunning() {
    server.enqueue(json(201, "{\"name\":\"" + NAME + "\",\"config\":{},\"tasks\":[],\"type\":\"sink\"}"));
    server.enqueue(json(404, "{\"error_code\":404,\"message\":\"No status found for connector " + NAME + "\"}"));
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    WaitResult result = client.create(config()).await(Duration.ofSeconds(5));
    assertThat(result.finalStatus().orElseThrow().tasks()).hasSize(1);
    assertThat(result.attempts()).isEqualTo(3);
  }

  @Test
  void offsetsAreAlteredSynchronouslyOnAStoppedConnector() throws Exception {
    server.enqueue(json(200, status("STOPPED", "[]")));
    server.enqueue(json(200, "{\"message\":\"The offsets for this connector have been altered successfully\"}"));
    server.enqueue(json(200, status("STOPPED", "[]")));
    WaitResult result = client.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 42)))
        .await(Duration.ofSeconds(5));
    take(server);
    RecordedRequest patch = take(server);
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getTarget()).isEqualTo("/connectors/" + NAME + "/offsets");
    assertThat(ConnectorClientTest.parse(body(patch))).isEqualTo(ConnectorClientTest.parse(
        "{\"offsets\":[{\"partition\":{\"kafka_topic\":\"orders\",\"kafka_partition\":0},"
            + "\"offset\":{\"kafka_offset\":42}}]}"));
    assertThat(result.offsetsStatus()).get().satisfies(s -> {
      assertThat(s.isApplied()).isTrue();
      assertThat(s.message()).contains("altered successfully");
    });
    assertThat(result.finalStatus()).as("the connector's status once the offsets were applied").get()
        .extracting(ConnectorStatus::state).isEqualTo(ConnectorState.STOPPED);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void offsetsResetSendsDelete() {
    server.enqueue(json(200, status("STOPPED", "[]")));
    server.enqueue(json(200, "{\"message\":\"The offsets for this connector have been reset successfully\"}"));
    client.resetOffsets(NAME);
    take(server);
    RecordedRequest delete = take(server);
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/connectors/" + NAME + "/offsets");
    assertThat(client.offsetsRequestStatus(NAME).type()).isEqualTo(OffsetsRequestType.RESET);
  }

  @Test
  void offsetsOfARunningConnectorAreRefusedWithoutChangingThem() {
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    assertThatThrownBy(() -> client.resetOffsets(NAME))
        .isInstanceOfSatisfying(IllegalConnectorStateException.class,
            e -> assertThat(e.state()).isEqualTo(ConnectorState.RUNNING))
        .hasMessageContaining("STOPPED");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void offsetsRequestStatusWithoutAChangeThroughThisClientIsUnsupported() {
    assertThatThrownBy(() -> client.offsetsRequestStatus(NAME)).isInstanceOf(UnsupportedOnTargetException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void validatePutsConfigWithNameToThePluginAndReportsErrorsPerProperty() throws Exception {
    server.enqueue(json(200, "{\"name\":\"org.apache.kafka.connect.file.FileStreamSinkConnector\",\"error_count\":1,"
        + "\"groups\":[],\"configs\":[{\"definition\":{},\"value\":{\"name\":\"topics\",\"value\":\"orders\","
        + "\"recommended_values\":[],\"errors\":[\"Invalid value\"],\"visible\":true}}]}"));
    ValidationResult result = client.validate(config());
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget())
        .isEqualTo("/connector-plugins/org.apache.kafka.connect.file.FileStreamSinkConnector/config/validate");
    assertThat(ConnectorClientTest.parse(body(request))).isInstanceOfSatisfying(Map.class,
        m -> assertThat(m.get("name")).isEqualTo(NAME));
    assertThat(result.errors()).extracting(ConfigViolation::property).containsExactly("topics");
  }

  @Test
  void deleteAnswers204() {
    server.enqueue(empty(204));
    client.delete(NAME);
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/connectors/" + NAME);
  }
}
