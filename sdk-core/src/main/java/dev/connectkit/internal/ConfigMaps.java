package dev.connectkit.internal;

import com.squareup.moshi.JsonWriter;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The property map a config is sent as; the only place secrets are revealed. */
public final class ConfigMaps {
  private ConfigMaps() {}

  /**
   * Properties plus revealed secrets, and {@code name} when {@code withName}: {@code name} first, then the properties
   * in order, then the secrets in order (a secret replaces a property of the same key in the property's place). The
   * map is read-only.
   *
   * @throws ConnectorValidationException if a value is a server mask or a secret is unknown: sending it back would
   *     overwrite the real secret with asterisks
   */
  public static Map<String, String> wire(ConnectorConfig config, boolean withName) {
    Map<String, String> properties = config.properties();
    Map<String, Secret> secrets = config.secrets();
    checkSendable(config, properties, secrets);
    Map<String, String> out = new LinkedHashMap<>();
    if (withName) {
      out.put("name", config.name().fullName());
    }
    out.putAll(properties);
    for (Map.Entry<String, Secret> e : secrets.entrySet()) {
      out.put(e.getKey(), e.getValue().reveal());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Throws what {@link #wire} would throw (a server mask as a value, an unknown secret), without building anything.
   *
   * @throws ConnectorValidationException listing every such value
   */
  public static void checkSendable(ConnectorConfig config) {
    checkSendable(config, config.properties(), config.secrets());
  }

  private static void checkSendable(
      ConnectorConfig config, Map<String, String> properties, Map<String, Secret> secrets) {
    List<ConfigViolation> violations = null;
    for (String value : properties.values()) {
      if (Secret.isMask(value)) {
        violations = masks(violations, properties);
        break;
      }
    }
    for (Map.Entry<String, Secret> e : secrets.entrySet()) {
      if (!e.getValue().isKnown()) {
        violations = add(violations, ConfigViolation.of(e.getKey(),
            "is a secret the server masked; its value is unknown here", Secret.MASK,
            "the real secret, e.g. Secret.fromEnv(...)"));
      }
    }
    if (violations != null) {
      throw new ConnectorValidationException("config of " + config.name(), violations);
    }
  }

  /**
   * Writes {@link #wire}'s map as a JSON object, with the same keys, values and order (a key is written once: a secret
   * wins over a property of the same key, as in the map); call {@link #checkSendable} first.
   */
  public static void writeWire(ConnectorConfig config, boolean withName, JsonWriter writer) throws IOException {
    Map<String, Secret> secrets = config.secrets();
    Map<String, String> properties = config.properties();
    writer.beginObject();
    boolean nameWritten = withName && !secrets.containsKey("name");
    if (nameWritten) {
      writer.name("name").value(config.name().fullName());
    }
    for (Map.Entry<String, String> e : properties.entrySet()) {
      String key = e.getKey();
      if (secrets.containsKey(key) || (nameWritten && key.equals("name"))) {
        continue;
      }
      writer.name(key).value(e.getValue());
    }
    for (Map.Entry<String, Secret> e : secrets.entrySet()) {
      writer.name(e.getKey()).value(e.getValue().reveal());
    }
    writer.endObject();
  }

  /** Every property holding a mask, in order (only called when there is one). */
  private static List<ConfigViolation> masks(@Nullable List<ConfigViolation> list, Map<String, String> properties) {
    List<ConfigViolation> out = list == null ? new ArrayList<>() : list;
    for (Map.Entry<String, String> e : properties.entrySet()) {
      if (Secret.isMask(e.getValue())) {
        out.add(ConfigViolation.of(e.getKey(), "holds the server's mask, not a value",
            e.getValue(), "the real value (as a Secret if secret)"));
      }
    }
    return out;
  }

  private static List<ConfigViolation> add(@Nullable List<ConfigViolation> list, ConfigViolation violation) {
    List<ConfigViolation> out = list == null ? new ArrayList<>() : list;
    out.add(violation);
    return out;
  }

  /**
   * {@code connector} with the values of {@code config}'s secret keys replaced by the managed targets' mask: Kafka
   * Connect echoes secrets in clear, and what the client returns should not hold more than the caller needs.
   */
  public static dev.connectkit.Connector masked(ConnectorConfig config, dev.connectkit.Connector connector) {
    if (config.secrets().isEmpty()) {
      return connector;
    }
    Map<String, String> masked = new LinkedHashMap<>(connector.config());
    for (String key : config.secrets().keySet()) {
      masked.computeIfPresent(key, (k, v) -> "****************");
    }
    return Responses.factory().connector(connector.name(), connector.type(), masked, connector.taskIds());
  }

  /** The revealed values of the config's known secrets, to scrub from server messages. */
  public static Set<String> secretValues(ConnectorConfig config) {
    Set<String> out = new LinkedHashSet<>();
    for (Secret s : config.secrets().values()) {
      if (s.isKnown()) {
        out.add(s.reveal());
      }
    }
    return out;
  }
}
