package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMapsTest {
  private static final ConnectorName NAME = ConnectorName.of(Placement.dedicated("sales", Stage.DEV), "orders");

  /** A config with exactly the given maps (the typed and generic configs refuse some of these combinations). */
  private static ConnectorConfig config(Map<String, String> properties, Map<String, Secret> secrets) {
    return new ConnectorConfig() {
      @Override
      public ConnectorName name() {
        return NAME;
      }

      @Override
      public String connectorClass() {
        return "HttpSinkV2";
      }

      @Override
      public ConnectorType type() {
        return ConnectorType.SINK;
      }

      @Override
      public Map<String, String> properties() {
        return properties;
      }

      @Override
      public Map<String, Secret> secrets() {
        return secrets;
      }
    };
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  @Test
  void wireListsNameThenPropertiesThenRevealedSecrets() {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    secrets.put("kafka.api.secret", Secret.of("s3cret"));
    secrets.put("bearer.token", Secret.of("t0ken"));
    ConnectorConfig config = config(ordered("connector.class", "HttpSinkV2", "topics", "orders"), secrets);

    Map<String, String> wire = ConfigMaps.wire(config, true);

    Map<String, String> expected = ordered("name", NAME.fullName(), "connector.class", "HttpSinkV2", "topics",
        "orders", "kafka.api.secret", "s3cret", "bearer.token", "t0ken");
    assertThat(new ArrayList<>(wire.entrySet())).containsExactlyElementsOf(expected.entrySet());
    assertThat(wire).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
    assertThat(wire.get("bearer.token")).isEqualTo("t0ken");
    assertThat(wire.get("name")).isEqualTo(NAME.fullName());
    assertThat(wire.containsKey("kafka.api.key")).isFalse();
    assertThat(ConfigMaps.wire(config, false).keySet())
        .containsExactly("connector.class", "topics", "kafka.api.secret", "bearer.token");
    assertThatThrownBy(() -> wire.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> wire.entrySet().iterator().remove()).isInstanceOf(RuntimeException.class);
  }

  @Test
  void wireLetsASecretReplaceAPropertyOfTheSameKeyInItsPlace() {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    secrets.put("topics", Secret.of("hidden"));
    secrets.put("name", Secret.of("secret-name"));
    ConnectorConfig config =
        config(ordered("connector.class", "HttpSinkV2", "topics", "orders", "tasks.max", "1"), secrets);

    assertThat(new ArrayList<>(ConfigMaps.wire(config, true).entrySet()))
        .containsExactlyElementsOf(ordered("name", "secret-name", "connector.class", "HttpSinkV2", "topics", "hidden",
            "tasks.max", "1").entrySet());
    assertThat(new ArrayList<>(ConfigMaps.wire(config(ordered("name", "given", "a", "b"), Map.of()), true).entrySet()))
        .containsExactlyElementsOf(ordered("name", "given", "a", "b").entrySet());
  }

  @Test
  void wireRefusesMasksAndUnknownSecretsListingEachInOrder() {
    Map<String, Secret> secrets = new LinkedHashMap<>();
    secrets.put("bearer.token", Secret.unknown());
    ConnectorConfig config = config(ordered("a", "****", "b", "ok", "c", "*****"), secrets);

    assertThatThrownBy(() -> ConfigMaps.wire(config, false))
        .isInstanceOfSatisfying(ConnectorValidationException.class, e -> {
          List<String> properties = new ArrayList<>();
          e.violations().forEach(v -> properties.add(v.property()));
          assertThat(properties).containsExactly("a", "c", "bearer.token");
        });
  }
}
