package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.NAME;
import static dev.connectkit.ConnectorClientTest.SCOPE;
import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the client's requests, and the Connect v1 responses it parses, against Confluent's published OpenAPI spec
 * (its facts, without prose, in {@code src/test/resources/dev/connectkit/contract/connect-v1.openapi.json}, written by
 * {@code tools/regenerate-contract-data.py}). Our {@code /{business_unit}/{stage}} scope maps onto the spec's
 * {@code /connect/v1/environments/{env}/clusters/{cluster}} prefix. Not covered by the spec: the create request body
 * (the Self-Service API takes an identifier, docs/self-service-api.md) and restart (Connect v1 Preview, not in it).
 */
class ConnectV1ContractTest {
  static final String SPEC = "/dev/connectkit/contract/connect-v1.openapi.json";
  static final String PREFIX = "/connect/v1/environments/env-1/clusters/lkc-1";
  static OpenApiInteractionValidator validator;

  MockWebServer server;
  ConnectorClient client;
  int skip;

  @BeforeAll
  static void loadSpec() throws IOException {
    String spec;
    try (InputStream in = ConnectV1ContractTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as(SPEC).isNotNull();
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  @BeforeEach
  void start() {
    server = TestServers.start();
    client = ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE)
        .bearerToken(Secret.of("t")).retryPolicy(FAST).build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  /** Runs {@code call} against {@code status}/{@code json} and validates the exchange. */
  void exchange(int status, String json, Consumer<ConnectorClient> call, boolean validateRequest) {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    if (!json.isEmpty()) {
      response.addHeader("Content-Type", "application/json").body(json);
    }
    server.enqueue(response.build());
    call.accept(client);
    for (; skip > 0; skip--) {
      TestServers.take(server);
    }
    RecordedRequest recorded = TestServers.take(server);
    String target = recorded.getTarget();
    String path = PREFIX + target.substring(target.indexOf('/', target.indexOf('/', 1) + 1));
    String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    SimpleRequest.Builder request = new SimpleRequest.Builder(recorded.getMethod(), pathOnly)
        .withHeader("Content-Type", "application/json")
        .withHeader("Authorization", "Bearer t");
    if (path.contains("?")) {
      for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
        request.withQueryParam(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    String sent = body(recorded);
    if (!sent.isEmpty()) {
      request.withBody(sent);
    }
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
    if (!json.isEmpty()) {
      answer.withContentType("application/json").withBody(json);
    }
    ValidationReport report = validateRequest
        ? validator.validate(request.build(), answer.build())
        : validator.validateResponse(pathOnly, Request.Method.valueOf(recorded.getMethod()), answer.build());
    assertThat(report.getMessages()).as(recorded.getMethod() + " " + path).isEmpty();
  }

  static final String SERVER_KEYS = "\"cloud.environment\":\"prod\",\"cloud.provider\":\"aws\","
      + "\"kafka.endpoint\":\"SASL_SSL://pkc-1.eu-west-1.aws.confluent.cloud:9092\",\"kafka.region\":\"eu-west-1\"";
  static final String CONNECTOR = "{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"config\":{\"connector.class\":"
      + "\"SnowflakeSink\",\"name\":\"" + NAME + "\",\"kafka.api.key\":\"K\",\"kafka.api.secret\":\"****************\"," + SERVER_KEYS + "},"
      + "\"tasks\":[{\"connector\":\"" + NAME + "\",\"task\":0}]}";
  static final String STATUS = "{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"connector\":{\"state\":\"RUNNING\","
      + "\"worker_id\":\"w\",\"trace\":\"\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"w\",\"msg\":\"\"}]}";

  GenericConnectorConfig config() {
    return GenericConnectorConfig.builder().name(SCOPE.name("orders")).connectorClass("SnowflakeSink")
        .type(ConnectorType.SINK).property("kafka.api.key", "K").property("topics", "orders")
        .secret("kafka.api.secret", Secret.of("S")).build();
  }

  @Test
  void createResponseMatchesTheSpec() {
    exchange(201, CONNECTOR.replace("]}", "],\"offsets\":[]}"), c -> c.create(config()), false);
  }

  @Test
  void getMatchesTheSpec() {
    exchange(200, CONNECTOR, c -> c.get(NAME), true);
  }

  @Test
  void updateMatchesTheSpec() {
    // Connect v1 requires name in the config; the Self-Service API keeps the name it composed (assumed), so the
    // request is checked with the name the spec requires added back.
    enqueueStatus(STATUS); // update reads the status first, as evidence for its wait
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(CONNECTOR).build());
    client.update(config());
    TestServers.take(server);
    RecordedRequest recorded = TestServers.take(server);
    String sent = body(recorded).replaceFirst("\\{", "{\"name\":\"" + NAME + "\",");
    ValidationReport report = validator.validate(
        new SimpleRequest.Builder("PUT", PREFIX + "/connectors/" + NAME + "/config")
            .withHeader("Content-Type", "application/json").withBody(sent).build(),
        SimpleResponse.Builder.status(200).withContentType("application/json").withBody(CONNECTOR).build());
    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void listWithExpansionsMatchesTheSpec() {
    String map = "{\"" + NAME + "\":{\"id\":{\"id\":\"lcc-1\",\"id_type\":\"ID\"},\"info\":{\"name\":\"" + NAME
        + "\",\"type\":\"sink\",\"config\":{\"connector.class\":\"SnowflakeSink\",\"name\":\"" + NAME
        + "\",\"kafka.api.key\":\"K\",\"kafka.api.secret\":\"****************\"," + SERVER_KEYS + "}},\"status\":" + STATUS + "}}";
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(map).build());
    assertThat(client.list()).hasSize(1);
    TestServers.take(server);
    ValidationReport report = validator.validateResponse(PREFIX + "/connectors?expand=info,status,id",
        Request.Method.GET, SimpleResponse.Builder.status(200).withContentType("application/json").withBody(map).build());
    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void statusMatchesTheSpec() {
    exchange(200, STATUS, c -> c.status(NAME), true);
  }

  @Test
  void pauseAndResumeMatchTheSpec() {
    enqueueStatus(STATUS);
    skip = 1; // pause reads the status first
    exchange(202, "", c -> c.pause(NAME), true);
    enqueueStatus(STATUS.replace("\"RUNNING\",\"worker_id\":\"w\",\"trace", "\"PAUSED\",\"worker_id\":\"w\",\"trace"));
    skip = 1; // resume reads the status first
    exchange(202, "", c -> c.resume(NAME), true);
  }

  void enqueueStatus(String status) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(status).build());
  }

  @Test
  void deleteMatchesTheSpec() {
    exchange(200, "{\"error\":null}", c -> c.delete(NAME), true);
  }

  @Test
  void validateMatchesTheSpec() {
    exchange(200, "{\"name\":\"SnowflakeSink\",\"error_count\":1,\"groups\":[\"How should we connect\"],\"configs\":"
        + "[{\"definition\":{\"name\":\"topics\",\"type\":\"LIST\",\"required\":true,\"default_value\":\"\","
        + "\"importance\":\"HIGH\",\"documentation\":\"\",\"group\":\"g\",\"width\":\"NONE\",\"display_name\":\"Topics\","
        + "\"dependents\":[],\"order\":1,\"alias\":\"\"},\"value\":{\"name\":\"topics\",\"value\":\"orders\","
        + "\"recommended_values\":[],\"errors\":[\"unknown topic\"],\"visible\":true},\"metadata\":{}}]}",
        c -> assertThat(c.validate(config()).errorCount()).isEqualTo(1), true);
  }

  @Test
  void offsetsOperationsMatchTheSpec() {
    exchange(200, "{\"name\":\"" + NAME + "\",\"id\":\"lcc-1\",\"offsets\":[{\"partition\":{\"kafka_topic\":\"orders\","
        + "\"kafka_partition\":0},\"offset\":{\"kafka_offset\":42}}],\"metadata\":{\"observed_at\":"
        + "\"2024-02-20T15:14:20Z\"}}", c -> c.offsets(NAME), true);
    exchange(202, "{\"id\":\"lcc-1\",\"name\":\"" + NAME + "\",\"offsets\":[{\"partition\":{\"kafka_topic\":\"orders\","
        + "\"kafka_partition\":0},\"offset\":{\"kafka_offset\":7}}],\"requested_at\":\"2024-02-20T15:14:19Z\","
        + "\"type\":\"PATCH\"}", c -> c.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 7))), true);
  }

  @Test
  void resetOffsetsRequestMatchesTheSpec() {
    exchange(202, "{\"id\":\"lcc-1\",\"name\":\"" + NAME + "\",\"offsets\":[],\"requested_at\":\"2024-02-20T15:14:19Z\","
        + "\"type\":\"DELETE\"}", c -> c.resetOffsets(NAME), true);
  }

  @Test
  void offsetsRequestStatusMatchesTheSpec() {
    exchange(200, "{\"request\":{\"id\":\"lcc-1\",\"name\":\"" + NAME + "\",\"offsets\":[],\"requested_at\":"
        + "\"2024-02-20T15:14:19Z\",\"type\":\"DELETE\"},\"status\":{\"phase\":\"APPLIED\",\"message\":\"done\"},"
        + "\"previous_offsets\":[],\"applied_at\":\"2024-02-20T15:14:20Z\"}", c -> c.offsetsRequestStatus(NAME), true);
  }

}
