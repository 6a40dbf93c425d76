package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeConnectorApiTest {
  private static final String DEV = "/sales/dev";
  private static final String NAME = "sales-dev-orders-datagen-connector";

  private final FakeClock clock = new FakeClock();
  private FakeConnectorApi fake;
  private Http http;

  @BeforeEach
  void start() {
    fake =
        FakeConnectorApi.builder()
            .clock(clock)
            .provisioningTime(Duration.ofMinutes(1))
            .transitionDelay(Duration.ofSeconds(5))
            .offsetsRequestDelay(Duration.ofSeconds(10))
            .landingZone("scada", "edh-shared")
            .start();
    http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer createDatagen() throws IOException {
    return http.post(DEV + "/connectors", Configs.create("Orders_Datagen", Configs.datagen()));
  }

  private String state(String name) throws IOException {
    Http.Answer status = http.get(DEV + "/connectors/" + name + "/status");
    assertThat(status.code).isEqualTo(200);
    return (String) status.at("connector", "state");
  }

  @Test
  void createNormalisesIdentifierAndComposesDedicatedName() throws IOException {
    Http.Answer created = createDatagen();

    assertThat(created.code).isEqualTo(201);
    assertThat(created.map()).containsEntry("name", NAME).containsEntry("type", "source");
    assertThat(fake.connector(NAME)).isPresent();
    assertThat(fake.createsApplied()).isEqualTo(1);
  }

  @Test
  void createOnSharedClusterPrefixesLandingZone() throws IOException {
    Http.Answer created =
        http.post("/scada/dev/connectors", Configs.create("Analytics.Snowflake", Configs.snowflakeSink()));

    assertThat(created.code).isEqualTo(201);
    assertThat(created.map()).containsEntry("name", "edh-shared-scada-dev-analytics-snowflake-connector");
  }

  @Test
  void duplicateCreateIs409AndCounted() throws IOException {
    createDatagen();
    Http.Answer again = http.post(DEV + "/connectors", Configs.create("orders-datagen", Configs.datagen()));

    assertThat(again.code).isEqualTo(409);
    assertThat(again.body).contains("already exists");
    assertThat(fake.duplicateCreates()).isEqualTo(1);
    assertThat(fake.connectors()).hasSize(1);
  }

  @Test
  void createWithSuffixedIdentifierIs400() throws IOException {
    Http.Answer answer = http.post(DEV + "/connectors", Configs.create("orders-connector", Configs.datagen()));

    assertThat(answer.code).isEqualTo(400);
    assertThat(answer.body).contains("suffix");
  }

  @Test
  void createWithANonAsciiLookAlikeIdentifierIs400AndCollidesWithNothing() throws IOException {
    assertThat(http.post(DEV + "/connectors", Configs.create("Kafka", Configs.datagen())).code).isEqualTo(201);

    Http.Answer kelvin = http.post(DEV + "/connectors", Configs.create("\u212Aafka", Configs.datagen()));

    assertThat(kelvin.code).isEqualTo(400);
    assertThat(kelvin.body).contains("invalid identifier");
    assertThat(fake.connectors()).hasSize(1);
  }

  @Test
  void createWithInvalidConfigIsConfluentShaped400() throws IOException {
    Map<String, String> config = Configs.datagen();
    config.remove("kafka.topic");
    config.put("output.data.format", "XML");

    Http.Answer answer = http.post(DEV + "/connectors", Configs.create("orders", config));

    assertThat(answer.code).isEqualTo(400);
    assertThat(answer.at("code")).isEqualTo(400.0);
    assertThat((String) answer.at("message"))
        .contains("contains the following 2 error(s)")
        .contains("Missing required configuration \"kafka.topic\"")
        .contains("Invalid value XML for configuration output.data.format");
    assertThat(fake.connectors()).isEmpty();
  }

  @Test
  void createOfUnknownClassIs500WithErrorCodeShape() throws IOException {
    Map<String, String> config = Configs.datagen();
    config.put("connector.class", "NoSuchSource");

    Http.Answer answer = http.post(DEV + "/connectors", Configs.create("orders", config));

    assertThat(answer.code).isEqualTo(500);
    assertThat(answer.map()).containsEntry("error_code", 500.0);
    assertThat((String) answer.map().get("message")).contains("NoSuchSource");
  }

  @Test
  void lenientPluginIsAcceptedWithCommonChecks() throws IOException {
    try (FakeConnectorApi custom =
        FakeConnectorApi.builder().plugin("MyCustomSource", dev.connectkit.ConnectorType.SOURCE).start()) {
      Map<String, String> config = Configs.datagen();
      config.put("connector.class", "MyCustomSource");
      Http.Answer answer =
          new Http(custom.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN)
              .post(DEV + "/connectors", Configs.create("custom", config));
      assertThat(answer.code).isEqualTo(201);
    }
  }

  @Test
  void getMasksSecretsAndAddsServerKeys() throws IOException {
    createDatagen();

    Http.Answer got = http.get(DEV + "/connectors/" + NAME);

    assertThat(got.code).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> config = (Map<String, Object>) got.map().get("config");
    assertThat(config)
        .containsEntry("kafka.api.secret", "****************")
        .containsEntry("kafka.api.key", "****************")
        .containsEntry("kafka.topic", "sales-dev-orders")
        .containsEntry("name", NAME)
        .containsKeys("cloud.provider", "kafka.endpoint", "kafka.region", "cloud.environment");
    assertThat(got.body).doesNotContain("s3cr3t");
    assertThat(http.get(DEV + "/connectors/" + NAME + "/config").map())
        .containsEntry("kafka.api.secret", "****************");
    assertThat(fake.connector(NAME).orElseThrow().config()).containsEntry("kafka.api.secret", "s3cr3t");
  }

  @Test
  void connectorProvisionsUntilTheClockPassesProvisioningTime() throws IOException {
    createDatagen();
    assertThat(state(NAME)).isEqualTo("PROVISIONING");
    assertThat(http.get(DEV + "/connectors/" + NAME + "/status").map().get("tasks")).isEqualTo(List.of());

    clock.advance(Duration.ofSeconds(59));
    assertThat(state(NAME)).isEqualTo("PROVISIONING");

    clock.advance(Duration.ofSeconds(1));
    assertThat(state(NAME)).isEqualTo("RUNNING");
    assertThat(fake.connector(NAME).orElseThrow().taskStates()).containsExactly("RUNNING", "RUNNING");
  }

  @Test
  void pauseTakesEffectAfterTheDelayWithStaleReadsBetween() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));

    Http.Answer pause = http.put(DEV + "/connectors/" + NAME + "/pause", null);
    assertThat(pause.code).isEqualTo(202);
    assertThat(pause.body).isEmpty();
    assertThat(state(NAME)).isEqualTo("RUNNING");

    clock.advance(Duration.ofSeconds(5));
    assertThat(state(NAME)).isEqualTo("PAUSED");
    assertThat(fake.connector(NAME).orElseThrow().taskStates()).containsOnly("STOPPED");
  }

  @Test
  void resumeOfPausedConnectorRunsAgainAfterTheDelay() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));
    http.put(DEV + "/connectors/" + NAME + "/pause", null);
    clock.advance(Duration.ofSeconds(5));

    assertThat(http.put(DEV + "/connectors/" + NAME + "/resume", null).code).isEqualTo(202);
    assertThat(state(NAME)).isEqualTo("PAUSED");
    clock.advance(Duration.ofSeconds(5));
    assertThat(state(NAME)).isEqualTo("RUNNING");
  }

  @Test
  void resumeOfRunningConnectorIsNoOp() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));

    http.put(DEV + "/connectors/" + NAME + "/resume", null);
    clock.advance(Duration.ofSeconds(5));

    assertThat(state(NAME)).isEqualTo("RUNNING");
  }

  @Test
  void restartRecoversFailedConnectorAfterTheDelay() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));
    fake.failConnector(NAME, "Provided Kafka ApiKey is invalid");

    assertThat(http.post(DEV + "/connectors/" + NAME + "/restart", null).code).isEqualTo(202);
    assertThat(state(NAME)).isEqualTo("FAILED");
    clock.advance(Duration.ofSeconds(5));

    assertThat(state(NAME)).isEqualTo("RUNNING");
  }

  @Test
  void failConnectorShowsFailedWithTraceAndErrorTasks() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));

    fake.failConnector(NAME, "Provided Kafka ApiKey is invalid");

    Http.Answer status = http.get(DEV + "/connectors/" + NAME + "/status");
    assertThat(status.at("connector").toString()).contains("FAILED").contains("Provided Kafka ApiKey is invalid");
    assertThat(fake.connector(NAME).orElseThrow().taskStates()).containsOnly("USER_ACTIONABLE_ERROR");
  }

  @Test
  void failTaskDegradesConnectorAndRecoverRestoresIt() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));

    fake.failTask(NAME, 1, "record could not be processed");
    assertThat(state(NAME)).isEqualTo("DEGRADED");
    assertThat(fake.connector(NAME).orElseThrow().taskStates()).containsExactly("RUNNING", "USER_ACTIONABLE_ERROR");
    assertThat(http.get(DEV + "/connectors/" + NAME + "/status").body).contains("record could not be processed");

    fake.recover(NAME);
    assertThat(state(NAME)).isEqualTo("RUNNING");
  }

  @Test
  void setStateOverridesAndCancelsPendingChanges() throws IOException {
    createDatagen();

    fake.setState(NAME, ConnectorState.PAUSED);
    clock.advance(Duration.ofMinutes(2));

    assertThat(state(NAME)).isEqualTo("PAUSED");
    fake.setState(NAME, ConnectorState.RESTARTING);
    assertThat(state(NAME)).isEqualTo("RESTARTING");
    assertThatThrownBy(() -> fake.setState("nope-connector", ConnectorState.RUNNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(NAME);
  }

  @Test
  void listWithoutExpandGivesNames() throws IOException {
    createDatagen();

    assertThat(http.get(DEV + "/connectors").list()).containsExactly(NAME);
  }

  @Test
  void listWithExpandGivesIdInfoAndStatus() throws IOException {
    createDatagen();
    clock.advance(Duration.ofMinutes(1));

    Http.Answer all = http.get(DEV + "/connectors?expand=status,info,id");

    assertThat(all.map()).containsOnlyKeys(NAME);
    assertThat(all.at(NAME).toString()).contains("id=").contains("info=").contains("status=");
    assertThat(all.at(NAME, "id").toString()).contains("lcc-");
    assertThat(all.at(NAME, "status").toString()).contains("RUNNING");
    assertThat(all.at(NAME, "info").toString()).contains("****************").doesNotContain("s3cr3t");
    assertThat(http.get(DEV + "/connectors?expand=status&expand=id").at(NAME).toString())
        .doesNotContain("info=");
  }

  @Test
  void connectorsAreScopedByBusinessUnitAndStage() throws IOException {
    createDatagen();

    assertThat(http.get("/sales/qas/connectors").list()).isEmpty();
    assertThat(http.get("/sales/qas/connectors/" + NAME).code).isEqualTo(404);
    assertThat(http.get("/other/dev/connectors").list()).isEmpty();
  }

  @Test
  void updateConfigReplacesTheWholeConfig() throws IOException {
    createDatagen();
    Map<String, String> config = Configs.datagen();
    config.put("kafka.topic", "sales-dev-orders-v2");
    config.remove("tasks.max");
    config.put("tasks.max", "1");

    Http.Answer updated = http.put(DEV + "/connectors/" + NAME + "/config", config);

    assertThat(updated.code).isEqualTo(200);
    assertThat(fake.connector(NAME).orElseThrow().config())
        .containsEntry("kafka.topic", "sales-dev-orders-v2")
        .containsEntry("name", NAME);
  }

  @Test
  void updateConfigRefusesMaskedSecretAndInvalidConfig() throws IOException {
    createDatagen();
    Map<String, String> masked = Configs.datagen();
    masked.put("kafka.api.secret", "****************");
    Map<String, String> invalid = Configs.datagen();
    invalid.put("tasks.max", "zero");

    assertThat(http.put(DEV + "/connectors/" + NAME + "/config", masked).body).contains("masked value");
    Http.Answer answer = http.put(DEV + "/connectors/" + NAME + "/config", invalid);
    assertThat(answer.code).isEqualTo(400);
    assertThat(answer.body).contains("Not a number of type INT");
    assertThat(fake.connector(NAME).orElseThrow().config()).containsEntry("kafka.api.secret", "s3cr3t");
  }

  @Test
  void updateConfigOfMissingConnectorIs404() throws IOException {
    assertThat(http.put(DEV + "/connectors/" + NAME + "/config", Configs.datagen()).code).isEqualTo(404);
  }

  @Test
  void deleteRemovesTheConnector() throws IOException {
    createDatagen();

    Http.Answer deleted = http.delete(DEV + "/connectors/" + NAME);

    assertThat(deleted.code).isEqualTo(200);
    assertThat(deleted.body).isEqualTo("{\"error\":null}");
    assertThat(http.get(DEV + "/connectors/" + NAME).code).isEqualTo(404);
    assertThat(http.delete(DEV + "/connectors/" + NAME).code).isEqualTo(404);
  }

  @Test
  void validateReportsErrorsWith200() throws IOException {
    Map<String, String> config = Configs.snowflakeSink();
    config.put("snowflake.ingestion.method", "SNOWPIPE_STREAMING");
    config.remove("snowflake.private.key");

    Http.Answer answer = http.put(DEV + "/connector-plugins/SnowflakeSink/config/validate", config);

    assertThat(answer.code).isEqualTo(200);
    assertThat(answer.map()).containsEntry("name", "SnowflakeSink").containsEntry("error_count", 2.0);
    assertThat(answer.body)
        .contains("snowflake.role.name\\\" is required when snowflake.ingestion.method=SNOWPIPE_STREAMING")
        .contains("Missing required configuration \\\"snowflake.private.key\\\"")
        .doesNotContain("s3cr3t");
  }

  @Test
  void validateOfValidConfigHasNoErrors() throws IOException {
    Http.Answer answer = http.put(DEV + "/connector-plugins/DatagenSource/config/validate", Configs.datagen());

    assertThat(answer.map()).containsEntry("error_count", 0.0);
  }

  @Test
  void validateChecksEachManagedConnectorsOwnRules() throws IOException {
    Map<String, String> http2 = Map.of(
        "connector.class", "HttpSinkV2", "kafka.auth.mode", "SERVICE_ACCOUNT", "kafka.service.account.id", "sa-1",
        "tasks.max", "1", "topics", "orders", "http.api.base.url", "https://api.example.com", "apis.num", "2",
        "api1.http.api.path", "/a", "auth.type", "BEARER");
    Http.Answer answer = http.put(DEV + "/connector-plugins/HttpSinkV2/config/validate", http2);

    assertThat(answer.map()).containsEntry("error_count", 2.0);
    assertThat(answer.body).contains("api2.http.api.path").contains("bearer.token");
  }

  @Test
  void validateOfUnknownPluginIs404() throws IOException {
    assertThat(http.put(DEV + "/connector-plugins/Nope/config/validate", Map.of()).code).isEqualTo(404);
  }

  @Test
  void offsetsRequestIsPendingThenApplied() throws IOException {
    http.post(DEV + "/connectors", Configs.create("orders-snowflake", Configs.snowflakeSink()));
    String name = "sales-dev-orders-snowflake-connector";
    Http.Answer offsets = http.get(DEV + "/connectors/" + name + "/offsets");
    assertThat(offsets.at("offsets").toString()).contains("kafka_topic=orders").contains("kafka_topic=payments");

    Map<String, Object> patch =
        Map.of(
            "type", "PATCH",
            "offsets",
            List.of(Map.of("partition", Map.of("kafka_topic", "orders", "kafka_partition", 0),
                "offset", Map.of("kafka_offset", 42))));
    Http.Answer requested = http.post(DEV + "/connectors/" + name + "/offsets/request", patch);
    assertThat(requested.code).isEqualTo(202);
    assertThat(requested.map()).containsEntry("type", "PATCH").containsKey("requested_at");
    assertThat(http.post(DEV + "/connectors/" + name + "/offsets/request", patch).code).isEqualTo(409);
    assertThat(http.get(DEV + "/connectors/" + name + "/offsets/request/status").body)
        .contains("\"phase\":\"PENDING\"")
        .contains("\"applied_at\":null");

    clock.advance(Duration.ofSeconds(10));

    Http.Answer status = http.get(DEV + "/connectors/" + name + "/offsets/request/status");
    assertThat(status.body).contains("\"phase\":\"APPLIED\"").contains("\"kafka_offset\":0");
    assertThat(http.get(DEV + "/connectors/" + name + "/offsets").body).contains("\"kafka_offset\":42");
  }

  @Test
  void offsetsRequestStatusWithoutRequestIs404() throws IOException {
    createDatagen();

    assertThat(http.get(DEV + "/connectors/" + NAME + "/offsets/request/status").code).isEqualTo(404);
  }

  @Test
  void missingOrUnknownTokenIs401() throws IOException {
    Http.Answer none = http.withToken(null).get(DEV + "/connectors");
    Http.Answer wrong = http.withToken("stolen").get(DEV + "/connectors");

    assertThat(none.code).isEqualTo(401);
    assertThat(none.body).contains("missing bearer token");
    assertThat(wrong.code).isEqualTo(401);
  }

  @Test
  void revokedTokenIs401AndGrantedTokenWorks() throws IOException {
    fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
    assertThat(http.get(DEV + "/connectors").code).isEqualTo(401);

    fake.grantToken("renewed", "sales");
    assertThat(http.withToken("renewed").get(DEV + "/connectors").code).isEqualTo(200);
    assertThat(http.withToken("renewed").get("/scada/dev/connectors").code).isEqualTo(403);
  }

  @Test
  void businessUnitNotGrantedIs403() throws IOException {
    try (FakeConnectorApi restricted = FakeConnectorApi.builder().token("t", "sales").start()) {
      Http client = new Http(restricted.baseUrl(), "t");
      assertThat(client.get("/sales/dev/connectors").code).isEqualTo(200);
      Http.Answer forbidden = client.get("/scada/dev/connectors");
      assertThat(forbidden.code).isEqualTo(403);
      assertThat(forbidden.body).contains("scada");
      assertThat(client.withToken(FakeConnectorApi.DEFAULT_TOKEN).get("/sales/dev/connectors").code).isEqualTo(401);
    }
  }

  @Test
  void requestOutsideTheContractGetsClear404() throws IOException {
    Http.Answer unknown = http.get(DEV + "/topics");
    Http.Answer wrongMethod = http.post(DEV + "/connectors/" + NAME + "/pause", null);
    Http.Answer badStage = http.get("/sales/prod/connectors");

    assertThat(unknown.code).isEqualTo(404);
    assertThat(unknown.body).contains("FakeConnectorApi has no route for GET /sales/dev/topics");
    assertThat(wrongMethod.code).isEqualTo(404);
    assertThat(badStage.body).contains("stage 'prod' is not one of dev, qas, run");
  }

  @Test
  void malformedRequestBodyIs400() throws IOException {
    Http.Answer answer = http.call("POST", DEV + "/connectors", "{\"identifier\": ");

    assertThat(answer.code).isEqualTo(400);
  }

  @Test
  void journalRecordsRequestsAndIsBounded() throws IOException {
    try (FakeConnectorApi small = FakeConnectorApi.builder().journalCapacity(3).start()) {
      Http client = new Http(small.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      for (int i = 0; i < 5; i++) {
        client.get("/sales/dev/connectors?n=" + i);
      }
      assertThat(small.requestCount()).isEqualTo(5);
      assertThat(small.requests()).extracting(RecordedCall::target)
          .containsExactly("/sales/dev/connectors?n=2", "/sales/dev/connectors?n=3", "/sales/dev/connectors?n=4");
      assertThat(small.requests().get(0).route()).contains(Route.LIST);
      assertThat(small.requests().get(0).status()).isEqualTo(200);
    }
  }

  @Test
  void seedPutsARunningConnectorInPlace() throws IOException {
    FakeConnector seeded = fake.seed(Placement.dedicated("sales", Stage.DEV), "legacy", Configs.datagen());

    assertThat(seeded.name()).isEqualTo("sales-dev-legacy-connector");
    assertThat(seeded.state()).isEqualTo("RUNNING");
    assertThat(state("sales-dev-legacy-connector")).isEqualTo("RUNNING");
  }

  @Test
  void resetForgetsConnectorsFaultsAndRequests() throws IOException {
    createDatagen();
    fake.faults().next(Fault.status(503));
    fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);

    fake.reset();

    assertThat(fake.connectors()).isEmpty();
    assertThat(fake.requests()).isEmpty();
    assertThat(fake.faults().pending()).isZero();
    assertThat(http.get(DEV + "/connectors").code).isEqualTo(200);
  }

  @Test
  void realClockProvisionsInRealTime() throws IOException {
    try (FakeConnectorApi live =
        FakeConnectorApi.builder().clock(Clock.systemUTC()).provisioningTime(Duration.ZERO).start()) {
      Http client = new Http(live.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      client.post(DEV + "/connectors", Configs.create("orders-datagen", Configs.datagen()));
      assertThat(live.connector(NAME).orElseThrow().state()).isEqualTo("RUNNING");
    }
  }
}
