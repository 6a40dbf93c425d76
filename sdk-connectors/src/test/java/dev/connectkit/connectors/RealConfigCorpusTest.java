package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real, public Confluent Cloud configs in {@code src/test/resources/real-configs/<plugin>/} (each file
 * names its source repository and commit; credentials are {@code <PLACEHOLDER>}s): every one is read with its
 * connector's {@code fromConfig}, sent back byte-for-byte as it was (secrets aside: their keys must match) and read
 * back again to an equal config.
 */
class RealConfigCorpusTest {
  private static final Path DIR = Paths.get("src/test/resources/real-configs");

  /** {@code <KAFKA_API_SECRET>}: a credential the corpus replaced. */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z0-9_]+>");

  /** A stand-in for a replaced credential that has every shape a secret may need (base64 for private keys). */
  private static final String CREDENTIAL = "cGxhY2Vob2xkZXI=";

  private static final Map<String, Function<Map<String, String>, ? extends ManagedConnector>> READERS =
      Map.of(
          "AzureEventHubsSource", AzureEventHubsSource::fromConfig,
          "DatagenSource", DatagenSource::fromConfig,
          "HttpSinkV2", HttpSinkV2::fromConfig,
          "HttpSourceV2", HttpSourceV2::fromConfig,
          "S3Source", S3Source::fromConfig,
          "SnowflakeSink", SnowflakeSink::fromConfig,
          "SnowflakeSource", SnowflakeSource::fromConfig);

  /** {@code fromConfig} of {@code plugin}. */
  static Function<Map<String, String>, ? extends ManagedConnector> reader(String plugin) {
    return Objects.requireNonNull(READERS.get(plugin), plugin);
  }

  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theCorpusHasAtLeastFortyConfigsAcrossTheSevenConnectors() throws IOException {
    List<Path> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    assertThat(cases.stream().map(RealConfigCorpusTest::plugin).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(READERS.keySet());
  }

  /**
   * Cases Confluent's current template refuses too, with the properties it requires that they lack: configs of an
   * earlier template version, which a server created then may still hold but no one can create now.
   */
  private static final Map<String, Set<String>> REFUSED_BY_THE_TEMPLATE =
      Map.of("S3Source/playground-legacy-avro-topics-key.json", Set.of("s3.region", "topic.regex.list"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRealConfigIsReadAndSentBackExactly(Path file) {
    Map<String, String> original = config(file);
    // a ksqlDB CREATE CONNECTOR statement names the connector outside its WITH map; the server holds the name
    boolean named = original.containsKey("name");
    Map<String, String> held = new LinkedHashMap<>(original);
    held.putIfAbsent("name", "ksql_" + file.getFileName().toString().replace(".json", ""));
    Function<Map<String, String>, ? extends ManagedConnector> fromConfig = reader(plugin(file));
    Set<String> refused = REFUSED_BY_THE_TEMPLATE.get(DIR.relativize(file).toString());
    if (refused != null) {
      assertThat(Checks.violations(() -> fromConfig.apply(held)))
          .extracting(ConfigViolation::property)
          .containsExactlyInAnyOrderElementsOf(refused);
      return;
    }
    ManagedConnector read;
    try {
      read = fromConfig.apply(held);
    } catch (ConnectorValidationException e) {
      throw new AssertionError(file + " was refused: " + e.getMessage(), e);
    }
    Map<String, String> sent = sent(read);
    if (!named) {
      assertThat(sent.remove("name")).isEqualTo(held.get("name"));
    }
    assertThat(sent).as("%s sent back", file).isEqualTo(withoutUnknown(original, read));
    assertThat(fromConfig.apply(sent(read))).as("%s read back", file).isEqualTo(read);
  }

  @Test
  void theTerraformDatagenExampleWrittenWithTheBuilderIsTheRealConfig() {
    DatagenSource built = DatagenSource.builder()
        .rawName("DatagenSourceConnector_0")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .topic("orders")
        .outputFormat(DataFormat.JSON)
        .quickstart(DatagenSource.Quickstart.ORDERS)
        .build();
    assertBuiltIs(built, "DatagenSource/tf-provider-example-orders-json.json");
  }

  @Test
  void thePlaygroundHttpSinkWrittenWithTheBuilderIsTheRealConfig() {
    HttpSinkV2 built = HttpSinkV2.builder()
        .rawName("HttpSinkV2_playground")
        .topics("http-topic")
        .kafkaAuth(KafkaAuth.apiKey(dev.connectkit.Secret.of(CREDENTIAL), dev.connectkit.Secret.of(CREDENTIAL)))
        .inputFormat(DataFormat.AVRO)
        .baseUrl("http://0.tcp.eu.ngrok.io:14582")
        .behaviorOnError(BehaviorOnError.FAIL)
        .auth(HttpAuth.basic("admin", dev.connectkit.Secret.of(CREDENTIAL)))
        .addApi(HttpSinkApi.builder()
            .path("/api/messages")
            .addTopic("http-topic")
            .bodyFormat(HttpSinkApi.BodyFormat.JSON)
            .header("Content-Type", "application/json")
            .build())
        .extraProperty("api1.test.api", "false")
        .build();
    assertBuiltIs(built, "HttpSinkV2/playground-basic-auth.json");
  }

  private static void assertBuiltIs(ManagedConnector built, String file) {
    Map<String, String> original = config(DIR.resolve(file));
    assertThat(sent(built)).isEqualTo(original);
    assertThat(reader(plugin(DIR.resolve(file))).apply(original)).isEqualTo(built);
  }

  /**
   * What the client sends for {@code config}: its properties, name and revealed secrets; an unknown secret (a
   * credential the config left out) as the mask the server shows.
   */
  static Map<String, String> sent(ManagedConnector config) {
    Map<String, String> out = new LinkedHashMap<>(config.properties());
    out.put("name", config.name().fullName());
    config.secrets().forEach((k, v) -> out.put(k, v.isKnown() ? v.reveal() : Secret.MASK));
    return out;
  }

  /** {@code original} with the unknown secrets of {@code read}, which a config left out, added as masks. */
  private static Map<String, String> withoutUnknown(Map<String, String> original, ManagedConnector read) {
    Map<String, String> out = new LinkedHashMap<>(original);
    read.secrets().forEach((k, v) -> {
      if (!v.isKnown()) {
        assertThat(original).as("an unknown secret was left out").doesNotContainKey(k);
        out.put(k, Secret.MASK);
      }
    });
    return out;
  }

  static String plugin(Path file) {
    return DIR.relativize(file).getName(0).toString();
  }

  /** The file's {@code config}, each placeholder replaced by {@link #CREDENTIAL}. */
  static Map<String, String> config(Path file) {
    try {
      Map<String, Object> json = Objects.requireNonNull(JSON.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
      assertThat(json).as("%s has its source", file).containsKey("source");
      @SuppressWarnings("unchecked")
      Map<String, Object> config = (Map<String, Object>) Objects.requireNonNull(json.get("config"), "config");
      Map<String, String> out = new LinkedHashMap<>();
      config.forEach(
          (k, v) -> {
            assertThat(v).as("%s: %s is a string", file, k).isInstanceOf(String.class);
            String value = (String) v;
            out.put(k, PLACEHOLDER.matcher(value).matches() ? CREDENTIAL : value);
          });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
