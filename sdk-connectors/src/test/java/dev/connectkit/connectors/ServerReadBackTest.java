package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.connectors.internal.ConnectorFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a Connect v1 server (Confluent Cloud, the Self-Service API) returns for a config it holds: the keys sent, every
 * default of the template filled in (empty ones too), the server's own keys, secrets masked. {@code fromConfig} reads
 * it back to the config that was created, and refuses enum values no one documents.
 */
class ServerReadBackTest {
  private static final String MASK = "****************";

  /** {@code config} as the server returns it: the sent keys (secrets masked), then {@code filled}, then its keys. */
  static Map<String, String> readBack(ManagedConnector config, Map<String, String> filled) {
    Map<String, String> out = Checks.wire(config, true);
    filled.forEach(out::putIfAbsent);
    out.put("cloud.environment", "prod");
    out.put("cloud.provider", "azure");
    out.put("kafka.endpoint", "SASL_SSL://pkc-abc12.westeurope.azure.confluent.cloud:9092");
    out.put("kafka.region", "westeurope");
    return out;
  }

  /**
   * Reads {@code created}'s read-back with {@code filled} and checks it is the created config (its secrets unknown),
   * emitting the same properties; returns it.
   */
  static <C extends ManagedConnector> C readsBackAsCreated(
      C created, Map<String, String> filled, Function<Map<String, String>, C> fromConfig) {
    C read = fromConfig.apply(readBack(created, filled));
    assertThat(read).isEqualTo(fromConfig.apply(Checks.wire(created, true)));
    assertThat(read.properties()).isEqualTo(created.properties());
    return read;
  }

  @Test
  void anS3SourceOfJsonFilesReadsBackWithoutTheCsvDefaultsTheServerFilledIn() {
    S3Source created = S3SourceTest.minimal().build();
    Map<String, String> filled = new LinkedHashMap<>();
    filled.put("csv.escape.char", "92");
    filled.put("csv.file.charset", "UTF-8");
    filled.put("csv.first.row.as.header", "true");
    filled.put("csv.ignore.leading.whitespace", "true");
    filled.put("csv.ignore.quotations", "false");
    filled.put("csv.null.field.indicator", "NEITHER");
    filled.put("csv.quote.char", "34");
    filled.put("csv.separator.char", "44");
    filled.put("csv.skip.lines", "0");
    filled.put("csv.strict.quotes", "false");
    filled.put("errors.tolerance", "none");
    filled.put("schema.context.name", "default");

    S3Source read = readsBackAsCreated(created, filled, S3Source::fromConfig);
    assertThat(read.csvSeparator()).isEmpty();
    assertThat(read.extraProperties()).isEmpty();
  }

  @Test
  void aDatagenSourceReadsBackWithItsEmptySchemaStringAsNotSet() {
    DatagenSource created = DatagenSourceTest.minimal().build();
    Map<String, String> filled = new LinkedHashMap<>();
    filled.put("schema.string", "");
    filled.put("schema.keyfield", "");
    filled.put("max.interval", "1000");
    filled.put("output.data.format", "JSON");
    filled.put("kafka.auth.mode", "KAFKA_API_KEY"); // the created one sent SERVICE_ACCOUNT: its value wins

    assertThat(readsBackAsCreated(created, filled, DatagenSource::fromConfig).schemaString()).isEmpty();
  }

  @Test
  void anHttpSourceV2ReadsBackWithItsEmptyInitialOffsetAsNotSet() {
    HttpSourceV2 created = HttpSourceV2Test.minimal().build();
    Map<String, String> filled = new LinkedHashMap<>();
    filled.put("api1.http.initial.offset", "");
    filled.put("api1.http.request.parameters", "");
    filled.put("api1.http.request.method", "GET");
    filled.put("api1.max.retries", "5");
    filled.put("auth.type", "NONE");
    filled.put("oauth2.client.auth.mode", "header");
    filled.put("oauth2.client.scope", "any");
    filled.put("behavior.on.error", "FAIL");
    filled.put("report.errors.as", "Error string");

    HttpSourceV2 read = readsBackAsCreated(created, filled, HttpSourceV2::fromConfig);
    assertThat(read.apis().get(0).initialOffset()).isEmpty();
  }

  @Test
  void anHttpSinkV2ReadsBackWithTheEmptyKeysOfItsUnusedApiSlotsAsNotSet() {
    HttpSinkV2 created = HttpSinkV2Test.minimal().build();
    Map<String, String> filled = new LinkedHashMap<>();
    filled.put("api2.topics", ""); // the builder requires an API's topics; slot 2 is not in use
    filled.put("api2.http.api.path", "");
    filled.put("api1.http.request.method", "POST");
    filled.put("api1.max.batch.size", "1");

    assertThat(readsBackAsCreated(created, filled, HttpSinkV2::fromConfig).apis()).hasSize(1);
  }

  @Test
  void aValueTheUserChangedFromItsDefaultAndAnUnknownKeyAreKept() {
    DatagenSource created = DatagenSourceTest.minimal().build();
    Map<String, String> m = readBack(created, Map.of("max.interval", "1000"));
    m.put("max.interval", "250");
    m.put("some.new.server.option", "on");
    m.put("some.empty.server.option", ""); // not in the template: nothing says it is optional, so kept as read

    DatagenSource read = DatagenSource.fromConfig(m);

    assertThat(read.maxInterval()).contains(java.time.Duration.ofMillis(250));
    assertThat(read.extraProperties()).containsEntry("some.new.server.option", "on");
    assertThat(read.properties()).containsEntry("some.empty.server.option", "");
  }

  @Test
  void aConfigWithoutTheServersKeysKeepsItsDefaultsAndIsSentBackAsWritten() {
    Map<String, String> m = Checks.wire(DatagenSourceTest.minimal().build(), false);
    m.put("max.interval", "1000");
    m.put("schema.string", "");
    m.put("errors.tolerance", "none");

    DatagenSource read = DatagenSource.fromConfig(m);

    assertThat(Checks.wire(read, false)).isEqualTo(m);
  }

  @Test
  void aDatagenOutputFormatNoOneDocumentsIsRefusedNamingTheFieldAndTheValidValues() {
    Map<String, String> m = Checks.wire(DatagenSourceTest.minimal().build(), false);
    m.put("output.data.format", "XML");

    assertThat(Checks.violations(() -> DatagenSource.fromConfig(m)))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.property()).isEqualTo("output.data.format");
          assertThat(v.value()).contains("XML");
          assertThat(v.expected()).isEqualTo("one of AVRO, JSON_SR, PROTOBUF, JSON");
        });
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().outputFormat(DataFormat.CSV).build()))
        .singleElement()
        .satisfies(v -> assertThat(v.expected()).isEqualTo("one of AVRO, JSON_SR, PROTOBUF, JSON"));
  }

  /**
   * For each of the seven connectors, every enum-valued property its builder models (API slot 1 for the HTTP
   * connectors): a value no one documents is refused naming the property, and each value Confluent's template lists
   * is read.
   */
  @Test
  void everyModelledEnumOfEveryConnectorRefusesAnUndocumentedValueAndReadsEachDocumentedOne() {
    Map<String, Supplier<ManagedConnector>> minimal = new LinkedHashMap<>();
    minimal.put("AzureEventHubsSource", () -> AzureEventHubsSourceTest.minimal().build());
    minimal.put("DatagenSource", () -> DatagenSourceTest.minimal().build());
    minimal.put("HttpSinkV2", () -> HttpSinkV2Test.minimal().build());
    minimal.put("HttpSourceV2", () -> HttpSourceV2Test.minimal().build());
    minimal.put("S3Source", () -> S3SourceTest.minimal().build());
    minimal.put("SnowflakeSink", () -> SnowflakeSinkTest.minimal().build());
    minimal.put("SnowflakeSource", () -> SnowflakeSourceTest.minimal().build());
    assertThat(minimal.keySet()).containsExactlyInAnyOrderElementsOf(ConnectorFacts.PLUGINS);
    List<String> checked = new ArrayList<>();
    minimal.forEach(
        (plugin, config) -> {
          ManagedConnector base = config.get();
          Function<Map<String, String>, ? extends ManagedConnector> fromConfig = RealConfigCorpusTest.reader(plugin);
          for (ConnectorFacts.Property p : ConnectorFacts.of(plugin).properties().values()) {
            String key = p.name();
            if (p.allowed().isEmpty() || !base.connectorSchema().owns(key) || key.matches("api([2-9]|1[0-9])\\..*")
                || key.equals("connector.class")) {
              continue;
            }
            Map<String, String> m = Checks.wire(base, false);
            m.put(key, "XML");
            assertThat(Checks.violations(() -> fromConfig.apply(m)))
                .as("%s %s=XML", plugin, key)
                .extracting(ConfigViolation::property, v -> v.value().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple(key, "XML"));
            for (String value : p.allowed()) {
              m.put(key, value);
              List<ConfigViolation> found = new ArrayList<>();
              try {
                assertThat(fromConfig.apply(m)).isNotNull();
              } catch (dev.connectkit.ConnectorValidationException e) {
                found.addAll(e.violations()); // a value may need others with it (auth.type=BASIC needs a user)
              }
              assertThat(found).as("%s %s=%s", plugin, key, value)
                  .noneMatch(v -> v.property().equals(key) && v.rule().equals("is not supported by this connector"));
            }
            checked.add(plugin + " " + key);
          }
        });
    assertThat(checked).as("enum-valued properties checked").hasSizeGreaterThanOrEqualTo(20);
  }
}
