package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.connectors.internal.ConnectorFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each real Confluent Cloud config of sdk-connectors' corpus ({@code real-configs/<plugin>/*.json}, each with its
 * source), as its typed builder holds it, is created on the fake's Confluent Cloud target and read back (GET config:
 * secrets masked, every default of the template filled in, the server's keys added): {@code fromConfig} reads it back
 * to the config created, gaining no key.
 */
class TypedConfigReadBackTest {
  /** {@code <KAFKA_API_SECRET>}: a credential the corpus replaced, and a stand-in with every shape a secret needs. */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z0-9_]+>");

  private static final String CREDENTIAL = "cGxhY2Vob2xkZXI=";
  private static final String MASK = "****************";

  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /** A corpus config its builder holds: the corpus map read with {@code fromConfig}, its wire values dropped. */
  record Case(String file, String plugin, ManagedConnector built) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (Path file : files()) {
      String plugin = dir().relativize(file).getName(0).toString();
      Map<String, String> config = config(file);
      config.putIfAbsent("name", "ksql-" + file.getFileName().toString().replace(".json", ""));
      ManagedConnector read;
      try {
        read = reader(plugin).apply(config);
      } catch (ConnectorValidationException refused) {
        continue; // a config of an earlier template version (RealConfigCorpusTest lists them): cannot be created
      }
      if (!read.hasUnknownSecrets()) { // a config without its credentials cannot be created either
        out.add(new Case(plugin + "/" + file.getFileName(), plugin, withoutWireValues(read)));
      }
    }
    return out;
  }

  @Test
  void nearlyTheWholeCorpusOfEveryConnectorIsCreatedAndReadBack() {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(38);
    assertThat(cases.stream().map(Case::plugin).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(ConnectorFacts.PLUGINS);
  }

  /**
   * The read-back of a config gains no key, keeps every value the config sent that is not the template's default,
   * and names the same secrets, now unknown. A default the config sends on purpose reads as not set: the read-back
   * cannot tell it from one the server filled in.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aCreatedConfigReadsBackWithoutGainingAKey(Case c) {
    ManagedConnector back = createAndReadBack(c.plugin(), c.built());

    assertThat(back.properties().keySet()).as("keys gained").isSubsetOf(c.built().properties().keySet());
    explicitDefaults(c.plugin(), c.built(), back); // each value lost is the template's default
    assertThat(back.secrets().keySet()).isEqualTo(c.built().secrets().keySet());
    assertThat(back.secrets().values()).noneMatch(Secret::isKnown);
  }

  /** The same config without the defaults it sends on purpose reads back equal to the config created. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aConfigThatSendsNoDefaultReadsBackEqualToTheConfigCreated(Case c) {
    Function<Map<String, String>, ManagedConnector> fromConfig = reader(c.plugin());
    Map<String, String> sent = wire(c.built(), false);
    sent.keySet().removeAll(explicitDefaults(c.plugin(), c.built(), createAndReadBack(c.plugin(), c.built())));
    ManagedConnector created = withoutWireValues(fromConfig.apply(sent));

    ManagedConnector back = createAndReadBack(c.plugin(), created);

    assertThat(back).isEqualTo(fromConfig.apply(wire(created, true)));
    assertThat(back.properties()).isEqualTo(created.properties());
  }

  /**
   * Reviews of real read-backs found empty defaults shown too ({@code schema.string: ""},
   * {@code api1.http.initial.offset: ""}), which the fake leaves out: with every empty default of the template added,
   * the read is the same.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void emptyDefaultsInTheReadBackReadAsNotSet(Case c) {
    assertThat(createAndReadBack(c.plugin(), c.built(), true))
        .isEqualTo(createAndReadBack(c.plugin(), c.built(), false));
  }

  /** Keys {@code built} sends that {@code back} lost or changed; fails unless each value is the template's default. */
  private static Set<String> explicitDefaults(String plugin, ManagedConnector built, ManagedConnector back) {
    Set<String> lost = new TreeSet<>();
    built.properties().forEach(
        (key, value) -> {
          if (!value.equals(back.properties().get(key))) {
            ConnectorFacts.Property fact = ConnectorFacts.of(plugin).properties().get(key);
            assertThat(fact).as("%s, read back as %s, is a template property", key, back.properties().get(key))
                .isNotNull();
            assertThat(Objects.requireNonNull(fact).defaultValue()).as("%s lost", key).isEqualTo(value);
            lost.add(key);
          }
        });
    return lost;
  }

  private static ManagedConnector createAndReadBack(String plugin, ManagedConnector config) {
    return createAndReadBack(plugin, config, false);
  }

  /**
   * Creates {@code config} on a fresh Confluent Cloud fake and reads its config back with {@code fromConfig}, with
   * every empty default of the template added to the read when {@code emptyDefaults}.
   */
  private static ManagedConnector createAndReadBack(String plugin, ManagedConnector config, boolean emptyDefaults) {
    try (FakeConnectorApi fake =
            FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).instantTransitions().start();
        ConnectorClient client =
            ConnectorClient.builder()
                .confluentCloud("env-abc123", "lkc-xyz789", fake.baseUrl())
                .basicAuth("CLOUDKEY", Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
                .retryPolicy(RetryPolicy.none())
                .build()) {
      client.create(config);
      Map<String, String> read = new LinkedHashMap<>(client.get(config.name().fullName()).config());
      assertThat(read).containsKey("kafka.endpoint").hasSizeGreaterThan(config.properties().size());
      if (emptyDefaults) {
        for (ConnectorFacts.Property p : ConnectorFacts.of(plugin).properties().values()) {
          if ("".equals(p.defaultValue()) && !p.isPassword()) {
            read.putIfAbsent(p.name(), "");
          }
        }
      }
      return reader(plugin).apply(read);
    }
  }

  /** The config as its typed builder holds it: {@code fromConfig}'s remembered spellings and omissions dropped. */
  private static ManagedConnector withoutWireValues(ManagedConnector config) {
    Object builder = invoke(connectorType(config.connectorClass()), "toBuilder", config);
    ((ManagedConnector.Builder<?>) builder).wireValues(Map.of());
    return (ManagedConnector) invoke(connectorType(config.connectorClass() + "$Builder"), "build", builder);
  }

  /** The config as the server holds it: name added, secrets revealed or masked. */
  private static Map<String, String> wire(ManagedConnector config, boolean masked) {
    Map<String, String> out = new LinkedHashMap<>(config.properties());
    out.put("name", config.name().fullName());
    config.secrets().forEach((k, v) -> out.put(k, masked ? MASK : v.reveal()));
    return out;
  }

  /** {@code fromConfig} of {@code plugin}'s typed connector (each plugin is named as its class). */
  private static Function<Map<String, String>, ManagedConnector> reader(String plugin) {
    Class<?> type = connectorType(plugin);
    return config -> {
      try {
        return (ManagedConnector) type.getMethod("fromConfig", Map.class).invoke(null, config);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause(); // the refusal, a ConnectorValidationException
        }
        throw new AssertionError(e);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** {@code dev.connectkit.connectors.<name>}. */
  private static Class<?> connectorType(String name) {
    try {
      return Class.forName("dev.connectkit.connectors." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " is not a typed connector type", e);
    }
  }

  private static Object invoke(Class<?> type, String method, Object target) {
    try {
      return type.getMethod(method).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Path dir() {
    try {
      return Paths.get(Objects.requireNonNull(TypedConfigReadBackTest.class.getResource("/real-configs")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> files() {
    try (Stream<Path> files = Files.walk(dir())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's {@code config}, each placeholder replaced by {@link #CREDENTIAL}. */
  private static Map<String, String> config(Path file) {
    try {
      Map<String, Object> json = Objects.requireNonNull(JSON.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
      assertThat(json).as("%s has its source", file).containsKey("source");
      Map<String, String> out = new LinkedHashMap<>();
      ((Map<?, ?>) Objects.requireNonNull(json.get("config"), "config"))
          .forEach((k, v) -> out.put(String.valueOf(k),
              PLACEHOLDER.matcher(String.valueOf(v)).matches() ? CREDENTIAL : String.valueOf(v)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
