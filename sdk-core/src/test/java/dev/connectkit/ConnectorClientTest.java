package dev.connectkit;

import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.body;
import static dev.connectkit.TestServers.empty;
import static dev.connectkit.TestServers.json;
import static dev.connectkit.TestServers.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectorClientTest {
  static final Placement SCOPE = Placement.shared("edh-shared", "scada", Stage.DEV);
  static final String NAME = "edh-shared-scada-dev-orders-connector";
  static final String CONNECTOR_JSON =
      "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"config\":{\"connector.class\":\"DatagenSource\","
          + "\"kafka.topic\":\"orders\",\"kafka.api.secret\":\"****************\"},"
          + "\"tasks\":[{\"connector\":\"" + NAME + "\",\"task\":0}]}";

  MockWebServer server;
  ConnectorClient client;

  @BeforeEach
  void start() {
    server = TestServers.start();
    client = TestServers.client(server, ConnectorClientTest.SCOPE);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  static GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(SCOPE.name("orders"))
        .connectorClass("DatagenSource")
        .type(ConnectorType.SOURCE)
        .property("kafka.topic", "orders")
        .secret("kafka.api.secret", Secret.of("s3cr3t-value"))
        .build();
  }

  static @org.jspecify.annotations.Nullable Object parse(String json) throws IOException {
    return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
  }

  @Test
  void createPostsBareIdentifierAndConfigWithBearerToken() throws Exception {
    server.enqueue(json(201, CONNECTOR_JSON));

    Connector created = client.create(config()).connector().orElseThrow();

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(parse(body(request)))
        .isEqualTo(parse("{\"identifier\":\"orders\",\"config\":{\"connector.class\":\"DatagenSource\","
            + "\"kafka.topic\":\"orders\",\"kafka.api.secret\":\"s3cr3t-value\"}}"));
    assertThat(created.name()).isEqualTo(NAME);
    assertThat(created.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(created.taskIds()).containsExactly(0);
  }

  @Test
  void createOfDuplicateThrowsAlreadyExists() {
    server.enqueue(json(409, "{\"error_code\":409,\"message\":\"Connector " + NAME + " already exists\"}"));
    assertThatThrownBy(() -> client.create(config()))
        .isInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining("already exists");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createOutsideTheClientsScopeIsRefusedWithoutARequest() {
    GenericConnectorConfig other =
        config().withName(Placement.dedicated("sales", Stage.DEV).name("orders"));
    assertThatThrownBy(() -> client.create(other))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("outside this client's scope")
        .hasMessageContaining("business unit scada, stage dev");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void createWithRawNameIsRefusedOnSelfService() {
    GenericConnectorConfig raw = config().withName(ConnectorName.raw("orders"));
    assertThatThrownBy(() -> client.create(raw)).hasMessageContaining("composes names from a placement");
  }

  @Test
  void getReadsConfigWithMaskedSecrets() {
    server.enqueue(json(200, CONNECTOR_JSON));
    Connector connector = client.get(NAME);
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME);
    assertThat(connector.config()).containsEntry("kafka.api.secret", "****************");
  }

  @Test
  void getOfMissingConnectorThrowsNotFoundWithCodeAndRequestId() {
    server.enqueue(json(404, "{\"error\":{\"code\":40401,\"message\":\"resource not found\"}}")
        .newBuilder().addHeader("X-Request-Id", "req-42").build());
    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOfSatisfying(ConnectorNotFoundException.class, e -> {
          assertThat(e.statusCode()).hasValue(404);
          assertThat(e.errorCode()).contains("40401");
          assertThat(e.requestId()).contains("req-42");
          assertThat(e.serverMessage()).isEqualTo("resource not found");
        });
  }

  @Test
  void listSendsOneRequestWithExpandAndMapsStatuses() {
    server.enqueue(json(200, "{\"" + NAME + "\":{\"id\":{\"id\":\"lcc-123\",\"id_type\":\"ID\"},"
        + "\"info\":{\"name\":\"" + NAME + "\",\"type\":\"source\",\"config\":{\"kafka.topic\":\"orders\"}},"
        + "\"status\":{\"name\":\"" + NAME + "\",\"type\":\"source\",\"connector\":{\"state\":\"RUNNING\","
        + "\"worker_id\":\"w1\",\"trace\":\"\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"w1\",\"msg\":\"\"}]}},"
        + "\"a-connector\":{\"status\":{\"connector\":{\"state\":\"PROVISIONING\"}}}}"));

    List<ConnectorInfo> all = client.list();

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors?expand=status,info,id");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(all).extracting(ConnectorInfo::name).containsExactly("a-connector", NAME);
    ConnectorInfo orders = all.get(1);
    assertThat(orders.id()).contains("lcc-123");
    assertThat(orders.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(orders.status().state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(orders.config()).containsEntry("kafka.topic", "orders");
    assertThat(all.get(0).status().state()).isEqualTo(ConnectorState.PROVISIONING);
  }

  @Test
  void updatePutsTheFullConfig() throws Exception {
    server.enqueue(json(200, status("RUNNING")));
    server.enqueue(json(200, CONNECTOR_JSON));
    client.update(config());
    assertThat(take(server).getTarget()).as("the status before, the evidence its wait judges by").endsWith("/status");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/config");
    assertThat(parse(body(request))).isEqualTo(parse("{\"connector.class\":\"DatagenSource\","
        + "\"kafka.topic\":\"orders\",\"kafka.api.secret\":\"s3cr3t-value\"}"));
  }

  @Test
  void updateRefusesToSendBackAMaskedValue() {
    ConnectorConfig readBack = new ConnectorConfig() {
      @Override public ConnectorName name() {
        return SCOPE.name("orders");
      }

      @Override public String connectorClass() {
        return "SnowflakeSink";
      }

      @Override public ConnectorType type() {
        return ConnectorType.SINK;
      }

      @Override public Map<String, String> properties() {
        return Map.of("connector.class", "SnowflakeSink", "kafka.api.secret", "****************");
      }

      @Override public Map<String, Secret> secrets() {
        return Map.of("snowflake.private.key", Secret.unknown());
      }
    };
    assertThatThrownBy(() -> client.update(readBack))
        .isInstanceOfSatisfying(ConnectorValidationException.class, e ->
            assertThat(e.violations()).extracting(ConfigViolation::property)
                .containsExactlyInAnyOrder("kafka.api.secret", "snowflake.private.key"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void genericBuilderRefusesMaskedPlainValue() {
    assertThatThrownBy(() -> config().toBuilder().property("connection.url", "********").build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("masked");
  }

  @Test
  void applyCreatesWhenMissing() {
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    server.enqueue(json(201, CONNECTOR_JSON));
    client.apply(config());
    assertThat(take(server).getMethod()).isEqualTo("GET");
    assertThat(take(server).getMethod()).isEqualTo("POST");
  }

  @Test
  void applyUpdatesWhenPresent() {
    server.enqueue(json(200, CONNECTOR_JSON));
    server.enqueue(json(200, status("RUNNING")));
    server.enqueue(json(200, CONNECTOR_JSON));
    client.apply(config());
    assertThat(take(server).getMethod()).isEqualTo("GET");
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest put = take(server);
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).endsWith("/config");
  }

  @Test
  void deleteSendsDeleteAndAcceptsNullError() {
    server.enqueue(json(200, "{\"error\":null}"));
    client.delete(NAME);
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME);
  }

  @Test
  void deleteWithErrorInSuccessBodyFails() {
    server.enqueue(json(200, "{\"error\":\"still has tasks\"}"));
    assertThatThrownBy(() -> client.delete(NAME)).hasMessageContaining("still has tasks");
  }

  @Test
  void pauseResumeAndRestartUseTheDocumentedVerbs() {
    server.enqueue(json(200, status("RUNNING")));
    server.enqueue(empty(202));
    server.enqueue(json(200, status("PAUSED")));
    server.enqueue(empty(202));
    server.enqueue(json(200, status("RUNNING")));
    server.enqueue(empty(202));
    client.pause(NAME);
    client.resume(NAME);
    client.restart(NAME);
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest pause = take(server);
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest resume = take(server);
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest restart = take(server);
    assertThat(pause.getMethod()).isEqualTo("PUT");
    assertThat(pause.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/pause");
    assertThat(resume.getMethod()).isEqualTo("PUT");
    assertThat(resume.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/resume");
    assertThat(restart.getMethod()).isEqualTo("POST");
    assertThat(restart.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/restart");
  }

  static String status(String state) {
    return "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"w1\",\"trace\":\"\"},\"tasks\":[]}";
  }

  ConnectorClient kafkaConnect() {
    return ConnectorClient.builder().kafkaConnect(server.url("/").toString()).build();
  }

  @Test
  void onKafkaConnectResumeOfRunningConnectorIsACompleteNoOpWithoutSendingIt() {
    server.enqueue(json(200, status("RUNNING")));
    try (ConnectorClient kafkaConnect = kafkaConnect()) {
      Transition resuming = kafkaConnect.resume(NAME);
      assertThat(resuming.isComplete()).isTrue();
      assertThat(resuming.future()).isDone();
      assertThat(resuming.await(Duration.ofMillis(1)).finalStatus().orElseThrow().state())
          .isEqualTo(ConnectorState.RUNNING);
    }
    assertThat(server.getRequestCount()).as("only the status read").isEqualTo(1);
  }

  @Test
  void onKafkaConnectPauseOfPausedConnectorIsACompleteNoOpWithoutSendingIt() {
    server.enqueue(json(200, status("PAUSED")));
    try (ConnectorClient kafkaConnect = kafkaConnect()) {
      Transition pausing = kafkaConnect.pause(NAME);
      assertThat(pausing.isComplete()).isTrue();
      assertThat(pausing.await(Duration.ofMillis(1)).attempts()).isZero();
    }
    assertThat(server.getRequestCount()).as("only the status read").isEqualTo(1);
  }

  @Test
  void onKafkaConnectResumeOfRunningConnectorWithAFailedTaskIsSentAndNotReportedDone() {
    server.enqueue(json(200, status("RUNNING").replace("\"tasks\":[]",
        "\"tasks\":[{\"id\":0,\"state\":\"FAILED\",\"worker_id\":\"w1\",\"trace\":\"boom\"}]")));
    server.enqueue(empty(202));
    try (ConnectorClient kafkaConnect = kafkaConnect()) {
      Transition resuming = kafkaConnect.resume(NAME);
      assertThat(resuming.isComplete()).isFalse();
    }
    take(server);
    assertThat(take(server).getTarget()).isEqualTo("/connectors/" + NAME + "/resume");
  }

  @Test
  void onAManagedTargetPauseAndResumeAreSentEvenWhenAReadSaysTheyAreDone() {
    // The managed targets may serve a read from before the last change: a stale PAUSED must not skip a pause.
    server.enqueue(json(200, status("PAUSED")));
    server.enqueue(empty(202));
    server.enqueue(json(200, status("RUNNING")));
    server.enqueue(empty(202));
    assertThat(client.pause(NAME).isComplete()).isFalse();
    assertThat(client.resume(NAME).isComplete()).isFalse();
    take(server);
    assertThat(take(server).getTarget()).endsWith("/pause");
    take(server);
    assertThat(take(server).getTarget()).endsWith("/resume");
  }

  @Test
  void resumeOfFailedConnectorIsRefusedWithoutSendingIt() {
    server.enqueue(json(200, status("FAILED")));
    assertThatThrownBy(() -> client.resume(NAME))
        .isInstanceOfSatisfying(IllegalConnectorStateException.class, e -> {
          assertThat(e.state()).isEqualTo(ConnectorState.FAILED);
          assertThat(e).hasMessage("resume needs PAUSED, STOPPED or RUNNING; " + NAME + " is FAILED");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void restartOfPausedConnectorSaysToResume() {
    server.enqueue(json(200, status("PAUSED")));
    assertThatThrownBy(() -> client.restart(NAME))
        .isInstanceOf(IllegalConnectorStateException.class)
        .hasMessageContaining("resume it instead");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void statusMapsConnectorTraceAndTaskMessages() {
    server.enqueue(json(200, "{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"connector\":{\"state\":\"FAILED\","
        + "\"worker_id\":\"w1\",\"trace\":\"Provided Kafka ApiKey is invalid\"},\"tasks\":["
        + "{\"id\":1,\"state\":\"RUNNING\",\"worker_id\":\"w2\",\"msg\":\"\"},"
        + "{\"id\":0,\"state\":\"USER_ACTIONABLE_ERROR\",\"worker_id\":\"w1\",\"msg\":\"bad key\"}]}"));

    ConnectorStatus status = client.status(NAME);

    assertThat(take(server).getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/status");
    assertThat(status.state()).isEqualTo(ConnectorState.FAILED);
    assertThat(status.state().isFailed()).isTrue();
    assertThat(status.trace()).isEqualTo("Provided Kafka ApiKey is invalid");
    assertThat(status.type()).isEqualTo(ConnectorType.SINK);
    assertThat(status.tasks()).extracting(TaskStatus::id).containsExactly(0, 1);
    assertThat(status.failedTasks()).singleElement()
        .satisfies(t -> {
          assertThat(t.state()).isEqualTo(TaskState.USER_ACTIONABLE_ERROR);
          assertThat(t.trace()).isEqualTo("bad key");
        });
  }

  @Test
  void unknownStatesAreKeptRaw() {
    server.enqueue(json(200, "{\"name\":\"x\",\"connector\":{\"state\":\"HIBERNATING\"},"
        + "\"tasks\":[{\"id\":0,\"state\":\"DREAMING\",\"trace\":\"zzz\"}]}"));
    ConnectorStatus status = client.status("x");
    assertThat(status.state().value()).isEqualTo("HIBERNATING");
    assertThat(status.state().isKnown()).isFalse();
    assertThat(status.state().isSettled()).isFalse();
    assertThat(status.tasks().get(0).state().value()).isEqualTo("DREAMING");
    assertThat(status.tasks().get(0).trace()).isEqualTo("zzz");
  }

  @Test
  void validateSendsNameAndReturnsTypedErrors() throws Exception {
    server.enqueue(json(200, "{\"name\":\"DatagenSource\",\"error_count\":1,\"groups\":[],\"configs\":["
        + "{\"definition\":{\"name\":\"quickstart\"},\"value\":{\"name\":\"quickstart\",\"value\":null,"
        + "\"errors\":[\"Missing required configuration\"]}},"
        + "{\"value\":{\"name\":\"kafka.topic\",\"value\":\"orders\",\"errors\":[]}}]}"));

    ValidationResult result = client.validate(config());

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connector-plugins/DatagenSource/config/validate");
    assertThat(parse(body(request))).isEqualTo(parse("{\"name\":\"" + NAME + "\","
        + "\"connector.class\":\"DatagenSource\",\"kafka.topic\":\"orders\",\"kafka.api.secret\":\"s3cr3t-value\"}"));
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).singleElement()
        .satisfies(v -> {
          assertThat(v.property()).isEqualTo("quickstart");
          assertThat(v.rule()).isEqualTo("Missing required configuration");
        });
    assertThatThrownBy(result::throwIfInvalid).isInstanceOf(ConnectorValidationException.class);
  }

  @Test
  void offsetsAreReadWithObservedTime() {
    server.enqueue(json(200, "{\"name\":\"" + NAME + "\",\"id\":\"lcc-1\",\"offsets\":[{\"partition\":"
        + "{\"kafka_topic\":\"orders\",\"kafka_partition\":0},\"offset\":{\"kafka_offset\":42}}],"
        + "\"metadata\":{\"observed_at\":\"2024-02-20T15:14:20+0000\"}}"));
    ConnectorOffsets offsets = client.offsets(NAME);
    assertThat(take(server).getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/offsets");
    assertThat(offsets.offsets()).containsExactly(ConnectorOffset.sink("orders", 0, 42L));
    assertThat(offsets.observedAt()).contains(Instant.parse("2024-02-20T15:14:20Z"));
  }

  @Test
  void alterOffsetsPostsPatchRequest() throws Exception {
    server.enqueue(json(202, "{\"id\":\"lcc-1\",\"name\":\"" + NAME + "\",\"type\":\"PATCH\"}"));
    client.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 42L)));
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/offsets/request");
    assertThat(parse(body(request))).isEqualTo(parse("{\"type\":\"PATCH\",\"offsets\":[{\"partition\":"
        + "{\"kafka_topic\":\"orders\",\"kafka_partition\":0},\"offset\":{\"kafka_offset\":42}}]}"));
    assertThat(body(request)).contains("\"kafka_offset\":42}").doesNotContain("42.0");
  }

  @Test
  void resetOffsetsPostsDeleteRequestWithoutOffsets() throws Exception {
    server.enqueue(json(202, "{\"type\":\"DELETE\"}"));
    client.resetOffsets(NAME);
    assertThat(parse(body(take(server)))).isEqualTo(parse("{\"type\":\"DELETE\"}"));
  }

  @Test
  void offsetsRequestStatusMapsPhase() {
    server.enqueue(json(200, "{\"request\":{\"id\":\"lcc-1\",\"name\":\"" + NAME + "\",\"type\":\"PATCH\","
        + "\"requested_at\":\"2024-02-20 15:14:19+00:00\"},\"status\":{\"phase\":\"APPLIED\",\"message\":\"ok\"},"
        + "\"previous_offsets\":[],\"applied_at\":\"2024-02-20T15:14:20+0000\"}"));
    OffsetsRequestStatus status = client.offsetsRequestStatus(NAME);
    assertThat(take(server).getTarget()).isEqualTo("/scada/dev/connectors/" + NAME + "/offsets/request/status");
    assertThat(status.isApplied()).isTrue();
    assertThat(status.type()).isEqualTo(OffsetsRequestType.ALTER);
    assertThat(status.requestedAt()).contains(Instant.parse("2024-02-20T15:14:19Z"));
    assertThat(status.appliedAt()).contains(Instant.parse("2024-02-20T15:14:20Z"));
  }

  @Test
  void basicAuthSendsKeyAndSecret() {
    try (ConnectorClient basic = client.newBuilder().basicAuth("KEY", Secret.of("SECRET")).build()) {
      server.enqueue(json(200, CONNECTOR_JSON));
      basic.get(NAME);
      assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Basic S0VZOlNFQ1JFVA==");
    }
  }

  @Test
  void closedClientRefusesCallsButDerivedClientKeepsWorking() {
    ConnectorClient derived = client.newBuilder().build();
    client.close();
    assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(IllegalStateException.class);
    server.enqueue(json(200, CONNECTOR_JSON));
    assertThat(derived.get(NAME).name()).isEqualTo(NAME);
    derived.close();
  }

  @Test
  void targetDescribesTheScope() {
    assertThat(client.endpoint()).contains("Self-Service API").contains("shared(edh-shared/scada/dev)");
  }

  @Test
  void namesArePathEncoded() {
    server.enqueue(json(200, CONNECTOR_JSON));
    client.get("a b/c");
    assertThat(take(server).getTarget()).isEqualTo("/scada/dev/connectors/a%20b%2Fc");
  }

}
