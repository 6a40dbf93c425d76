package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Shared assertions of the connector tests. */
final class Checks {
  private Checks() {}

  /** The violations {@code build} throws (fails if it does not throw). */
  static List<ConfigViolation> violations(Supplier<?> build) {
    ConnectorValidationException e =
        catchThrowableOfType(ConnectorValidationException.class, build::get);
    assertThat(e).as("expected a ConnectorValidationException").isNotNull();
    return e.violations();
  }

  /** The config as the server would hold it: name added, secrets revealed or masked. */
  static Map<String, String> wire(ConnectorConfig config, boolean masked) {
    Map<String, String> out = new LinkedHashMap<>(config.properties());
    out.put("name", config.name().fullName());
    config.secrets().forEach((k, v) -> out.put(k, masked ? "****************" : v.reveal()));
    return out;
  }

  /** fromConfig(wire(config)) equals config; with masked secrets it differs only in unknown secrets. */
  static <C extends ManagedConnector> void roundTrips(C config, Function<Map<String, String>, C> fromConfig) {
    assertThat(fromConfig.apply(wire(config, false))).isEqualTo(config);
    C masked = fromConfig.apply(wire(config, true));
    assertThat(masked.properties()).isEqualTo(config.properties());
    assertThat(masked.secrets().keySet()).isEqualTo(config.secrets().keySet());
    assertThat(masked.secrets().values()).allMatch(s -> !s.isKnown());
    assertThat(masked.hasUnknownSecrets()).isEqualTo(!config.secrets().isEmpty());
  }

  /** No secret value appears in toString, redacted() or properties(). */
  static void redacts(ConnectorConfig config) {
    assertThat(config.secrets()).isNotEmpty();
    for (Map.Entry<String, Secret> e : config.secrets().entrySet()) {
      String value = e.getValue().reveal();
      assertThat(config.toString()).doesNotContain(value);
      assertThat(config.redacted()).containsEntry(e.getKey(), Secret.MASK);
      assertThat(config.properties()).doesNotContainKey(e.getKey()).doesNotContainValue(value);
    }
  }
}
