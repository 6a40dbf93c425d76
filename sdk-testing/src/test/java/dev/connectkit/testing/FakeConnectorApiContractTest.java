package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every response the fake gives in a Connect v1 shape validates against Confluent's published OpenAPI spec. Our paths
 * {@code /{business_unit}/{stage}/...} map onto the spec's {@code /connect/v1/environments/{env}/clusters/{lkc}/...}.
 * Not covered because the spec has no such response: restart (live docs only), 409 on duplicate create and on a second
 * offsets request (assumed by our contract), 403 on most operations.
 */
class FakeConnectorApiContractTest {
  /** Facts of Confluent's Connect v1 OpenAPI spec, generated into sdk-core by tools/regenerate-contract-data.py. */
  private static final String SPEC = "/dev/connectkit/contract/connect-v1.openapi.json";
  private static final String PREFIX = "/connect/v1/environments/env-abc123/clusters/lkc-abc123";
  private static final String DEV = "/sales/dev";
  private static final String NAME = "sales-dev-orders-snowflake-connector";

  private static OpenApiInteractionValidator validator;

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake =
      FakeConnectorApi.builder().clock(clock).provisioningTime(Duration.ofSeconds(30)).start();
  private final Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
  private final List<String> problems = new ArrayList<>();
  private int checked;

  @BeforeAll
  static void loadSpec() throws IOException {
    String spec;
    try (InputStream in = FakeConnectorApiContractTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as(SPEC).isNotNull();
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer check(Request.Method method, String specPath, Http.Answer answer) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.code);
    String contentType = answer.headers.get("Content-Type");
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (!answer.body.isEmpty()) {
      response.withBody(answer.body);
    }
    answer.headers.names().forEach(name -> response.withHeader(name, answer.headers.values(name)));
    ValidationReport report = validator.validateResponse(PREFIX + specPath, method, response.build());
    checked++;
    if (report.hasErrors()) {
      problems.add(method + " " + specPath + " " + answer.code + ": " + report.getMessages());
    }
    return answer;
  }

  private void createSink() throws IOException {
    check(Request.Method.POST, "/connectors",
        http.post(DEV + "/connectors", Configs.create("orders-snowflake", Configs.snowflakeSink())));
  }

  @Test
  void lifecycleResponsesMatchTheSpec() throws IOException {
    createSink();
    check(Request.Method.GET, "/connectors", http.get(DEV + "/connectors"));
    check(Request.Method.GET, "/connectors/" + NAME, http.get(DEV + "/connectors/" + NAME));
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    clock.advance(Duration.ofSeconds(30));
    check(Request.Method.GET, "/connectors/" + NAME, http.get(DEV + "/connectors/" + NAME));
    check(Request.Method.GET, "/connectors/" + NAME + "/config", http.get(DEV + "/connectors/" + NAME + "/config"));
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    check(Request.Method.PUT, "/connectors/" + NAME + "/config",
        http.put(DEV + "/connectors/" + NAME + "/config", Configs.snowflakeSink()));
    check(Request.Method.PUT, "/connectors/" + NAME + "/pause", http.put(DEV + "/connectors/" + NAME + "/pause", null));
    clock.advance(Duration.ofSeconds(5));
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    check(Request.Method.PUT, "/connectors/" + NAME + "/resume",
        http.put(DEV + "/connectors/" + NAME + "/resume", null));
    fake.failTask(NAME, 0, "bad record");
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    fake.failConnector(NAME, "Provided Kafka ApiKey is invalid");
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    check(Request.Method.DELETE, "/connectors/" + NAME, http.delete(DEV + "/connectors/" + NAME));

    assertThat(problems).isEmpty();
    assertThat(checked).isEqualTo(14);
  }

  @Test
  void expandedListMatchesTheSpec() throws IOException {
    createSink();
    fake.seed(dev.connectkit.Placement.dedicated("sales", dev.connectkit.Stage.DEV), "legacy", Configs.datagen());

    Http.Answer answer = http.get(DEV + "/connectors?expand=info,status,id");
    check(Request.Method.GET, "/connectors?expand=info,status,id", answer);

    assertThat(answer.map()).hasSize(2);
    assertThat(problems).isEmpty();
  }

  @Test
  void validateResponsesMatchTheSpec() throws IOException {
    Map<String, String> invalid = Configs.snowflakeSink();
    invalid.remove("snowflake.user.name");
    invalid.put("input.data.format", "XML");
    check(Request.Method.PUT, "/connector-plugins/SnowflakeSink/config/validate",
        http.put(DEV + "/connector-plugins/SnowflakeSink/config/validate", invalid));
    check(Request.Method.PUT, "/connector-plugins/DatagenSource/config/validate",
        http.put(DEV + "/connector-plugins/DatagenSource/config/validate", Configs.datagen()));

    assertThat(problems).isEmpty();
  }

  @Test
  void offsetsResponsesMatchTheSpec() throws IOException {
    createSink();
    check(Request.Method.GET, "/connectors/" + NAME + "/offsets", http.get(DEV + "/connectors/" + NAME + "/offsets"));
    Map<String, Object> patch =
        Map.of(
            "type", "PATCH",
            "offsets",
            List.of(Map.of("partition", Map.of("kafka_topic", "orders", "kafka_partition", 0),
                "offset", Map.of("kafka_offset", 7))));
    check(Request.Method.POST, "/connectors/" + NAME + "/offsets/request",
        http.post(DEV + "/connectors/" + NAME + "/offsets/request", patch));
    check(Request.Method.GET, "/connectors/" + NAME + "/offsets/request/status",
        http.get(DEV + "/connectors/" + NAME + "/offsets/request/status"));
    clock.advance(Duration.ofMinutes(1));
    check(Request.Method.GET, "/connectors/" + NAME + "/offsets/request/status",
        http.get(DEV + "/connectors/" + NAME + "/offsets/request/status"));
    check(Request.Method.POST, "/connectors/" + NAME + "/offsets/request",
        http.post(DEV + "/connectors/" + NAME + "/offsets/request", Map.of("type", "DELETE")));

    assertThat(problems).isEmpty();
  }

  @Test
  void errorResponsesMatchTheSpec() throws IOException {
    Map<String, String> invalid = Configs.snowflakeSink();
    invalid.remove("snowflake.user.name");
    check(Request.Method.POST, "/connectors", http.post(DEV + "/connectors", Configs.create("x", invalid)));
    Map<String, String> unknown = Configs.snowflakeSink();
    unknown.put("connector.class", "NoSuchSink");
    check(Request.Method.POST, "/connectors", http.post(DEV + "/connectors", Configs.create("x", unknown)));
    check(Request.Method.GET, "/connectors/" + NAME, http.get(DEV + "/connectors/" + NAME));
    check(Request.Method.GET, "/connectors/" + NAME + "/status", http.get(DEV + "/connectors/" + NAME + "/status"));
    Map<String, String> bad = Configs.snowflakeSink();
    bad.put("tasks.max", "0");
    createSink();
    check(Request.Method.PUT, "/connectors/" + NAME + "/config", http.put(DEV + "/connectors/" + NAME + "/config", bad));
    check(Request.Method.GET, "/connectors", http.withToken("wrong").get(DEV + "/connectors"));
    fake.faults().next(Fault.rateLimited(Duration.ofSeconds(3)));
    check(Request.Method.GET, "/connectors", http.get(DEV + "/connectors"));
    fake.faults().next(Fault.status(500));
    check(Request.Method.GET, "/connectors/" + NAME, http.get(DEV + "/connectors/" + NAME));

    assertThat(problems).isEmpty();
  }

  /**
   * The Confluent Cloud target serves the spec's own paths: its answers validate, and so does every request it
   * received, as sent.
   */
  @Test
  void confluentCloudTargetServesTheSpecsPaths() throws IOException {
    String name = "orders-snowflake";
    Map<String, String> config = Configs.snowflakeSink();
    config.put("name", name);
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("name", name);
    create.put("config", config);
    try (FakeConnectorApi cloud =
        FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).clock(clock).start()) {
      Http h = new Http(cloud.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      check(Request.Method.POST, "/connectors", h.post(PREFIX + "/connectors", create));
      check(Request.Method.GET, "/connectors/" + name, h.get(PREFIX + "/connectors/" + name));
      check(Request.Method.GET, "/connectors/" + name + "/status", h.get(PREFIX + "/connectors/" + name + "/status"));
      check(Request.Method.GET, "/connectors?expand=info,status,id", h.get(PREFIX + "/connectors?expand=info,status,id"));
      check(Request.Method.PUT, "/connectors/" + name + "/config",
          h.put(PREFIX + "/connectors/" + name + "/config", config));
      check(Request.Method.PUT, "/connectors/" + name + "/pause", h.put(PREFIX + "/connectors/" + name + "/pause", null));
      check(Request.Method.DELETE, "/connectors/" + name, h.delete(PREFIX + "/connectors/" + name));
      check(Request.Method.GET, "/connectors/" + name, h.get(PREFIX + "/connectors/" + name));

      for (RecordedCall call : cloud.requests()) {
        String target = call.target();
        int query = target.indexOf('?');
        SimpleRequest.Builder request =
            new SimpleRequest.Builder(call.method(), query < 0 ? target : target.substring(0, query))
                .withAuthorization("Bearer " + FakeConnectorApi.DEFAULT_TOKEN);
        if (query >= 0) {
          for (String pair : target.substring(query + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            request.withQueryParam(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
          }
        }
        if (!call.body().isEmpty()) {
          request.withContentType("application/json").withBody(call.body());
        }
        ValidationReport report = validator.validateRequest(request.build());
        if (report.hasErrors()) {
          problems.add("request " + call.method() + " " + target + ": " + report.getMessages());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isEqualTo(8);
  }
}
