package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Placement;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.ConnectorFacts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What each target returns for a config it stored: Self-Service and Confluent Cloud mask every {@code PASSWORD}-typed
 * value and add the server's keys and the template's defaults; Kafka Connect echoes the config as stored.
 */
class ReadBackPerTargetTest {
  private static final String MASK = "****************";
  /** The keys Connect v1's spec shows in a config read but not in the config write it answers. */
  private static final List<String> SERVER_KEYS =
      List.of("cloud.environment", "cloud.provider", "kafka.endpoint", "kafka.region");

  private static final String DEV = "/sales/dev";
  private static final String CLOUD = "/connect/v1/environments/env-1/clusters/lkc-1";
  private static final String NAME = "sales-dev-orders-datagen-connector";

  @Test
  void selfServiceMasksEveryPasswordKeyOfEveryManagedConnectorAndNothingElse() throws IOException {
    try (FakeConnectorApi fake = FakeConnectorApi.start()) {
      Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      for (String plugin : ConnectorFacts.PLUGINS) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("connector.class", plugin);
        sent.put("apis.num", "15");
        for (ConnectorFacts.Property p : ConnectorFacts.of(plugin).properties().values()) {
          if (!p.name().equals("name") && !p.name().equals("connector.class") && !p.name().equals("apis.num")) {
            sent.put(p.name(), "v-" + p.name());
          }
        }
        String name = fake.seed(Placement.dedicated("sales", Stage.DEV), plugin, sent).name();

        Map<String, Object> read = http.get(DEV + "/connectors/" + name + "/config").map();

        for (ConnectorFacts.Property p : ConnectorFacts.of(plugin).properties().values()) {
          if (sent.containsKey(p.name())) {
            assertThat(read.get(p.name()))
                .as(plugin + " " + p.name() + " (" + p.type() + ")")
                .isEqualTo(p.isPassword() ? MASK : sent.get(p.name()));
          }
        }
      }
    }
  }

  @Test
  void selfServiceAddsServerKeysAndTemplateDefaultsButStoresOnlyWhatWasSent() throws IOException {
    try (FakeConnectorApi fake = FakeConnectorApi.builder().instantTransitions().start()) {
      Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      Map<String, String> sent = Configs.datagen();
      sent.put("max.interval", "250");
      assertThat(http.post(DEV + "/connectors", Configs.create("orders-datagen", sent)).code).isEqualTo(201);

      Map<String, Object> read = http.get(DEV + "/connectors/" + NAME + "/config").map();

      assertThat(read).containsKeys(SERVER_KEYS.toArray(new String[0]));
      assertThat(read)
          .containsEntry("max.interval", "250") // sent: the sent value, not the default 1000
          .containsEntry("errors.tolerance", "none") // not sent: the template's default
          .containsEntry("value.converter.decimal.format", "BASE64")
          .containsEntry("auto.restart.on.user.error", "true")
          .doesNotContainKey("schema.string"); // its default is empty: not set, not shown
      assertThat(new TreeMap<>(fake.connector(NAME).orElseThrow().config()))
          .isEqualTo(new TreeMap<>(withName(NAME, sent)));
      assertThat(http.get(DEV + "/connectors/" + NAME).at("config")).isEqualTo(read);
      assertThat(http.get(DEV + "/connectors?expand=info").at(NAME, "info", "config")).isEqualTo(read);
    }
  }

  @Test
  void httpV2DefaultsAreAddedOnlyForTheApiSlotsInUse() throws IOException {
    try (FakeConnectorApi fake = FakeConnectorApi.start()) {
      Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      Map<String, String> sent = new LinkedHashMap<>();
      sent.put("connector.class", "HttpSinkV2");
      sent.put("apis.num", "2");
      String name = fake.seed(Placement.dedicated("sales", Stage.DEV), "http", sent).name();

      Map<String, Object> read = http.get(DEV + "/connectors/" + name + "/config").map();

      assertThat(read.keySet()).anyMatch(k -> k.startsWith("api1.")).anyMatch(k -> k.startsWith("api2."));
      assertThat(read.keySet()).noneMatch(k -> k.startsWith("api3.") || k.startsWith("api15."));
    }
  }

  @Test
  void confluentCloudReadsBackLikeSelfService() throws IOException {
    try (FakeConnectorApi fake =
        FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).instantTransitions().start()) {
      Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", "orders");
      body.put("config", Configs.snowflakeSink());
      Http.Answer created = http.post(CLOUD + "/connectors", body);

      Map<String, Object> read = http.get(CLOUD + "/connectors/orders/config").map();

      assertThat(created.at("config")).isEqualTo(read);
      assertThat(read)
          .containsEntry("snowflake.private.key", MASK)
          .containsEntry("kafka.api.secret", MASK)
          .containsEntry("snowflake.user.name", "KAFKA")
          .containsKeys(SERVER_KEYS.toArray(new String[0]));
      assertThat(read.keySet()).hasSizeGreaterThan(Configs.snowflakeSink().size() + SERVER_KEYS.size());
      assertThat(http.put(CLOUD + "/connectors/orders/config", Configs.snowflakeSink()).at("config"))
          .isEqualTo(read);
    }
  }

  @Test
  void kafkaConnectEchoesTheConfigAsStoredWithSecretsAndNothingAdded() throws IOException {
    try (FakeConnectorApi fake =
        FakeConnectorApi.builder()
            .target(FakeTarget.KAFKA_CONNECT)
            .plugin("org.example.FileSink", dev.connectkit.ConnectorType.SINK)
            .instantTransitions()
            .start()) {
      Http http = new Http(fake.baseUrl(), null);
      Map<String, String> sent = new LinkedHashMap<>();
      sent.put("connector.class", "org.example.FileSink");
      sent.put("topics", "orders");
      sent.put("connection.password", "s3cr3t");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", "file");
      body.put("config", sent);
      assertThat(http.post("/connectors", body).code).isEqualTo(201);

      assertThat(http.get("/connectors/file/config").map()).isEqualTo(withName("file", sent));
    }
  }

  private static Map<String, Object> withName(String name, Map<String, String> sent) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.putAll(sent);
    return out;
  }
}
