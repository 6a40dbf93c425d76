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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Confluent Cloud Connect v1 target: exact requests, Confluent-only states, masked secrets, 429, what it lacks. */
class ConfluentCloudTargetTest {
  static final String PREFIX = "/connect/v1/environments/env-abc/clusters/lkc-123";
  static final String NAME = "orders-datagen";

  MockWebServer server;
  ConnectorClient client;

  @BeforeEach
  void start() {
    server = TestServers.start();
    client = ConnectorClient.builder()
        .confluentCloud("env-abc", "lkc-123", server.url("/").toString())
        .basicAuth("CLOUDKEY", Secret.of("cloud-secret-value"))
        .retryPolicy(FAST)
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
        .connectorClass("DatagenSource")
        .type(ConnectorType.SOURCE)
        .property("kafka.topic", "orders")
        .secret("kafka.api.secret", Secret.of("kafka-secret-value"))
        .build();
  }

  static String status(String state, String taskJson) {
    return "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"" + NAME + "\",\"trace\":\"\"},\"tasks\":" + taskJson + "}";
  }

  @Test
  void createPostsFullNameInBodyAndConfigWithBasicAuthUnderTheClusterPath() throws Exception {
    server.enqueue(json(201, "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"config\":{\"name\":\"" + NAME
        + "\",\"kafka.api.secret\":\"****************\"},\"tasks\":[],\"offsets\":[]}"));

    Connector created = client.create(config()).connector().orElseThrow();

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(PREFIX + "/connectors");
    assertThat(request.getHeaders().get("Authorization"))
        .isEqualTo(okhttp3.Credentials.basic("CLOUDKEY", "cloud-secret-value"));
    assertThat(ConnectorClientTest.parse(body(request))).isEqualTo(ConnectorClientTest.parse(
        "{\"name\":\"" + NAME + "\",\"config\":{\"name\":\"" + NAME + "\",\"connector.class\":\"DatagenSource\","
            + "\"kafka.topic\":\"orders\",\"kafka.api.secret\":\"kafka-secret-value\"}}"));
    assertThat(created.name()).isEqualTo(NAME);
    assertThat(client.endpoint()).startsWith("Confluent Cloud Connect v1 ").endsWith(PREFIX + "/");
  }

  @Test
  void aNameOverConfluentCloudsLimitIsRefusedBeforeAnythingIsSent() {
    String longName = "inventory-mysql-cdc-production-eu-west-1-orders-and-customers-v22";
    GenericConnectorConfig tooLong = config().toBuilder().name(ConnectorName.raw(longName)).build();
    assertThat(longName).hasSize(65);
    assertThatThrownBy(() -> client.create(tooLong))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("65 characters long, over Confluent Cloud's limit of 64");
    assertThatThrownBy(() -> client.update(tooLong)).isInstanceOf(ConnectorValidationException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void defaultBaseUrlIsApiConfluentCloud() {
    try (ConnectorClient cloud = ConnectorClient.builder().confluentCloud("env-abc", "lkc-123").build()) {
      assertThat(cloud.endpoint())
          .isEqualTo("Confluent Cloud Connect v1 https://api.confluent.cloud" + PREFIX + "/");
    }
  }

  @Test
  void createWaitsThroughProvisioningAndDegradedToRunning() {
    server.enqueue(json(201, "{\"name\":\"" + NAME + "\",\"config\":{},\"tasks\":[]}"));
    server.enqueue(json(200, status("PROVISIONING", "[]")));
    server.enqueue(json(200, status("DEGRADED",
        "[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"w\",\"msg\":\"\"},"
            + "{\"id\":1,\"state\":\"UNASSIGNED\",\"worker_id\":\"w\",\"msg\":\"\"}]")));
    server.enqueue(json(200, status("RUNNING", "[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"w\",\"msg\":\"\"}]")));

    WaitResult result = client.create(config()).await(WaitOptions.builder()
        .timeout(Duration.ofSeconds(10)).minInterval(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build());

    assertThat(result.observed()).extracting(Observation::state).containsExactly("PROVISIONING", "DEGRADED", "RUNNING");
    assertThat(take(server).getTarget()).isEqualTo(PREFIX + "/connectors");
    assertThat(take(server).getTarget()).isEqualTo(PREFIX + "/connectors/" + NAME + "/status");
  }

  @Test
  void taskMessageOfAFailedTaskIsItsTrace() {
    server.enqueue(json(200, status("FAILED",
        "[{\"id\":0,\"state\":\"USER_ACTIONABLE_ERROR\",\"worker_id\":\"w\",\"msg\":\"Invalid API key\"}]")));
    ConnectorStatus status = client.status(NAME);
    assertThat(status.state()).isEqualTo(ConnectorState.FAILED);
    assertThat(status.failedTasks()).singleElement().satisfies(t -> assertThat(t.trace()).isEqualTo("Invalid API key"));
  }

  @Test
  void readConfigKeepsTheServersMaskAndUpdateRefusesToSendItBack() {
    server.enqueue(json(200, "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"config\":{\"name\":\"" + NAME
        + "\",\"connector.class\":\"DatagenSource\",\"kafka.api.secret\":\"****************\"},\"tasks\":[]}"));
    Connector read = client.get(NAME);
    assertThat(read.config()).containsEntry("kafka.api.secret", "****************");

    String mask = read.config().getOrDefault("kafka.api.secret", "");
    assertThatThrownBy(() -> client.update(GenericConnectorConfig.builder()
            .name(ConnectorName.raw(NAME)).connectorClass("DatagenSource").type(ConnectorType.SOURCE)
            .property("kafka.api.secret", mask)
            .build()))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("kafka.api.secret");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void updatePutsTheWholeConfigWithItsName() throws Exception {
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    server.enqueue(json(200, "{\"name\":\"" + NAME + "\",\"config\":{},\"tasks\":[]}"));
    client.update(config());
    assertThat(take(server).getTarget()).endsWith("/status");
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo(PREFIX + "/connectors/" + NAME + "/config");
    assertThat(ConnectorClientTest.parse(body(request))).isEqualTo(ConnectorClientTest.parse(
        "{\"name\":\"" + NAME + "\",\"connector.class\":\"DatagenSource\",\"kafka.topic\":\"orders\","
            + "\"kafka.api.secret\":\"kafka-secret-value\"}"));
  }

  @Test
  void listAsksForInfoStatusAndIdInOneCommaSeparatedParameter() {
    server.enqueue(json(200, "{\"" + NAME + "\":{\"id\":{\"id\":\"lcc-42\",\"id_type\":\"ID\"},"
        + "\"info\":{\"name\":\"" + NAME + "\",\"type\":\"source\",\"config\":{}},\"status\":"
        + status("PAUSED", "[]") + "}}"));
    List<ConnectorInfo> list = client.list();
    assertThat(take(server).getTarget()).isEqualTo(PREFIX + "/connectors?expand=info,status,id");
    assertThat(list).singleElement().satisfies(c -> {
      assertThat(c.id()).contains("lcc-42");
      assertThat(c.status().state()).isEqualTo(ConnectorState.PAUSED);
    });
  }

  @Test
  void rateLimitIsRetriedAfterRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
        .body("{\"error\":{\"code\":429,\"message\":\"too many requests\"}}").build());
    server.enqueue(json(200, status("RUNNING", "[]")));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void restartPostsWithoutParameters() {
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(empty(202));
    client.restart(NAME);
    take(server);
    RecordedRequest restart = take(server);
    assertThat(restart.getMethod()).isEqualTo("POST");
    assertThat(restart.getTarget()).isEqualTo(PREFIX + "/connectors/" + NAME + "/restart");
  }

  @Test
  void stopTaskRestartAndRestartOptionsAreUnsupportedAndSendNothing() {
    assertThatThrownBy(() -> client.stop(NAME))
        .isInstanceOfSatisfying(UnsupportedOnTargetException.class, e -> {
          assertThat(e.operation()).isEqualTo("stop");
          assertThat(e.endpoint()).startsWith("Confluent Cloud");
        })
        .hasMessageStartingWith("stop is unsupported on this target");
    assertThatThrownBy(() -> client.restartTask(NAME, 0)).isInstanceOf(UnsupportedOnTargetException.class);
    assertThatThrownBy(() -> client.restart(NAME, RestartOptions.failedOnly())).isInstanceOf(UnsupportedOnTargetException.class);
    assertThatThrownBy(() -> client.restart(NAME, RestartOptions.connectorOnly())).isInstanceOf(UnsupportedOnTargetException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void offsetsAreChangedByAnAsynchronousRequest() throws Exception {
    server.enqueue(json(202, "{\"id\":\"lcc-42\",\"name\":\"" + NAME + "\",\"type\":\"DELETE\"}"));
    client.resetOffsets(NAME);
    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo(PREFIX + "/connectors/" + NAME + "/offsets/request");
    assertThat(ConnectorClientTest.parse(body(request))).isEqualTo(ConnectorClientTest.parse("{\"type\":\"DELETE\"}"));
  }

  @Test
  void blankOrSlashedIdsAreRefused() {
    assertThatThrownBy(() -> ConnectorClient.builder().confluentCloud(" ", "lkc-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectorClient.builder().confluentCloud("env-1", "lkc/../x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
