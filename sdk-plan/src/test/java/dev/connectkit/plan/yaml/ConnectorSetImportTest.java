package dev.connectkit.plan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import of a live scope from the fake, which reads configs back as the real targets do. */
class ConnectorSetImportTest {
  private static final Placement DEV = Placement.dedicated("sales", Stage.DEV);
  private static final String AUDIT = "org.example.AuditFileSink";

  @TempDir Path dir;

  private final FakeConnectorApi fake =
      FakeConnectorApi.builder().clock(FakeClock.autoAdvancing()).instantTransitions().plugin(AUDIT,
          ConnectorType.SINK).start();
  private final ConnectorClient client =
      ConnectorClient.builder()
          .selfService(fake.baseUrl(), DEV)
          .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
          .retryPolicy(RetryPolicy.none())
          .build();

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  private static DatagenSource datagen(String id) {
    return DatagenSource.builder()
        .placement(DEV)
        .id(id)
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("KEY-" + id), Secret.of("secret-" + id)))
        .topic("sales-" + id)
        .quickstart(DatagenSource.Quickstart.ORDERS)
        .outputFormat(DataFormat.JSON)
        .maxInterval(Duration.ofMillis(250))
        .build();
  }

  /** Two Datagen connectors (one paused) and a sink of a class without a typed builder. */
  private void liveScope() {
    client.create(datagen("orders")).await(Duration.ofSeconds(5));
    client.create(datagen("legacy")).await(Duration.ofSeconds(5));
    client.pause("sales-dev-legacy-connector").await(Duration.ofSeconds(5));
    client.create(GenericConnectorConfig.builder()
        .name(DEV.name("audit"))
        .connectorClass(AUDIT)
        .type(ConnectorType.SINK)
        .property("topics", "sales-audit")
        .property("input.data.format", "JSON")
        .property("tasks.max", "1")
        .property("kafka.auth.mode", "KAFKA_API_KEY")
        .secret("kafka.api.key", Secret.of("KEY-audit"))
        .secret("kafka.api.secret", Secret.of("secret-audit"))
        .build()).await(Duration.ofSeconds(5));
  }

  @Test
  void aLiveScopeImportsWithoutServerKeysDefaultsOrSecretValues() {
    liveScope();

    ConnectorSet set = ConnectorSetImport.read(client, "sales-connectors", DEV);

    assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET") && r.target().contains("/connectors?"))
        .hasSize(1);
    assertThat(set.entries()).extracting(DesiredConnector::name).containsExactlyInAnyOrder(
        "sales-dev-orders-connector", "sales-dev-legacy-connector", "sales-dev-audit-connector");
    DesiredConnector orders = set.entry("sales-dev-orders-connector").orElseThrow();
    assertThat(orders.config()).isInstanceOf(DatagenSource.class);
    assertThat(orders.config().name().id()).isEqualTo("orders");
    assertThat(orders.config().properties())
        .containsEntry("kafka.topic", "sales-orders")
        .containsEntry("max.interval", "250")
        .doesNotContainKeys("cloud.environment", "kafka.endpoint", "errors.tolerance", "value.converter.decimal.format");
    assertThat(orders.config().secrets()).containsOnlyKeys("kafka.api.key", "kafka.api.secret");
    assertThat(orders.config().secrets().values()).allMatch(s -> !s.isKnown());
    assertThat(set.entry("sales-dev-legacy-connector").orElseThrow().state()).isEqualTo(DesiredState.PAUSED);
    DesiredConnector audit = set.entry("sales-dev-audit-connector").orElseThrow();
    assertThat(audit.config()).isInstanceOf(GenericConnectorConfig.class);
    assertThat(audit.config().type()).isEqualTo(ConnectorType.SINK);
  }

  @Test
  void theImportedYamlLoadsBackToTheSameSet() {
    liveScope();
    ConnectorSet imported = ConnectorSetImport.read(client, "sales-connectors", DEV);

    String yaml = ConnectorSetYaml.write(imported);
    ConnectorSet loaded = ConnectorSetYaml.load(Examples.write(dir, "sales.yaml", yaml), Stage.DEV, Map.of());

    assertThat(yaml).contains("placement:\n  businessUnit: \"sales\"").contains("- id: \"orders\"")
        .doesNotContain("secret-orders").doesNotContain("KEY-orders");
    assertThat(ConnectorSetYaml.write(loaded)).isEqualTo(yaml);
    assertSameSet(loaded, imported);
  }

  @Test
  void theImportedJavaSourceCompilesAndBuildsTheSameSet() throws Exception {
    liveScope();
    ConnectorSet imported = ConnectorSetImport.read(client, "sales-connectors", DEV);

    String source = ConnectorSetImport.javaSource(imported, "com.example.connectors", "SalesConnectors");
    Path file = dir.resolve("src/com/example/connectors/SalesConnectors.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath()));
    args.add(file.toString());
    int exit = javac.run(null, null, null, args.toArray(new String[0]));

    assertThat(exit).as(source).isZero();
    assertThat(source).contains("Secret.unknown()").doesNotContain("secret-orders");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Object built = loader.loadClass("com.example.connectors.SalesConnectors").getMethod("connectorSet").invoke(null);
      ConnectorSet compiled = (ConnectorSet) built;
      assertSameSet(compiled, imported);
    }
  }

  @Test
  void plaintextSecretsOfKafkaConnectNeverReachTheImport() {
    try (FakeConnectorApi connect = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT)
            .instantTransitions().plugin(AUDIT, ConnectorType.SINK).start();
        ConnectorClient kc = ConnectorClient.builder().kafkaConnect(connect.baseUrl()).build()) {
      kc.create(GenericConnectorConfig.builder()
          .name(ConnectorName.raw("audit-file"))
          .connectorClass(AUDIT)
          .type(ConnectorType.SINK)
          .property("topics", "audit")
          .property("connection.uri", "mongodb://admin:hunter3@mongo:27017/audit")
          .property("connection.url", "jdbc:sqlserver://db:1433;user=audit;password=hunter4")
          .secret("connection.password", Secret.of("hunter2"))
          .build());

      ConnectorSet set = ConnectorSetImport.read(kc, "audit", Stage.DEV);

      assertThat(client.toString()).isNotEmpty();
      DesiredConnector audit = set.entries().get(0);
      assertThat(audit.name()).isEqualTo("audit-file");
      assertThat(audit.config().secrets()).containsEntry("connection.password", Secret.unknown())
          .containsEntry("connection.uri", Secret.unknown()).containsEntry("connection.url", Secret.unknown());
      String yaml = ConnectorSetYaml.write(set);
      assertThat(yaml).contains("- name: \"audit-file\"").contains("connection.password: {unknown: true}")
          .doesNotContain("hunter2").doesNotContain("hunter3").doesNotContain("hunter4");
      assertThat(ConnectorSetImport.javaSource(set, "", "Audit")).doesNotContain("hunter2").doesNotContain("hunter3")
          .doesNotContain("hunter4");
    }
  }

  private static void assertSameSet(ConnectorSet actual, ConnectorSet expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.stage()).isEqualTo(expected.stage());
    assertThat(actual.entries()).extracting(DesiredConnector::name)
        .containsExactlyElementsOf(expected.entries().stream().map(DesiredConnector::name).toList());
    for (DesiredConnector e : expected.entries()) {
      DesiredConnector a = actual.entry(e.name()).orElseThrow();
      assertThat(a.config().properties()).as(e.name()).isEqualTo(e.config().properties());
      assertThat(a.config().secrets()).as(e.name()).isEqualTo(e.config().secrets());
      assertThat(a.config().connectorClass()).isEqualTo(e.config().connectorClass());
      assertThat(a.state()).isEqualTo(e.state());
    }
  }

  /** The class path the imported source compiles against: sdk-plan, sdk-core, sdk-connectors. */
  private static String classPath() throws Exception {
    List<String> out = new ArrayList<>();
    for (Class<?> c : List.of(ConnectorSet.class, GenericConnectorConfig.class, DatagenSource.class,
        org.jspecify.annotations.NullMarked.class)) {
      out.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, out);
  }
}
