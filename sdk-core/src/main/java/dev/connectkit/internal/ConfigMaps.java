package dev.connectkit.internal;

import com.squareup.moshi.JsonWriter;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
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
   * map is read-only; it is a view over the config's own maps when no key is shared between them (the usual case), so
   * nothing is copied and each secret is revealed only when read.
   *
   * @throws ConnectorValidationException if a value is a server mask or a secret is unknown: sending it back would
   *     overwrite the real secret with asterisks
   */
  public static Map<String, String> wire(ConnectorConfig config, boolean withName) {
    Map<String, String> properties = config.properties();
    Map<String, Secret> secrets = config.secrets();
    checkSendable(config, properties, secrets);
    String name = withName ? config.name().fullName() : null;
    boolean shared = name != null && (properties.containsKey("name") || secrets.containsKey("name"));
    if (!shared && !secrets.isEmpty()) {
      for (String key : secrets.keySet()) {
        if (properties.containsKey(key)) {
          shared = true;
          break;
        }
      }
    }
    if (!shared) {
      return new WireView(name, properties, secrets);
    }
    // Sized once: a LinkedHashMap grown entry by entry re-hashes several times for a typical 20-40 properties.
    Map<String, String> out = new LinkedHashMap<>((int) ((properties.size() + secrets.size() + 1) / 0.75f) + 1);
    if (name != null) {
      out.put("name", name);
    }
    out.putAll(properties);
    for (Map.Entry<String, Secret> e : secrets.entrySet()) {
      out.put(e.getKey(), e.getValue().reveal());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@link #wire}'s map over a config whose properties, secrets and name share no key: {@code name}, the properties,
   * then the secrets, each revealed when read.
   */
  private static final class WireView extends AbstractMap<String, String> {
    private final @Nullable String name;
    private final Map<String, String> properties;
    private final Map<String, Secret> secrets;
    private @Nullable Set<Map.Entry<String, String>> entrySet;

    WireView(@Nullable String name, Map<String, String> properties, Map<String, Secret> secrets) {
      this.name = name;
      this.properties = properties;
      this.secrets = secrets;
    }

    @Override
    public int size() {
      return (name == null ? 0 : 1) + properties.size() + secrets.size();
    }

    @Override
    public boolean isEmpty() {
      return size() == 0;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return (name != null && "name".equals(key)) || properties.containsKey(key) || secrets.containsKey(key);
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
      if (name != null && "name".equals(key)) {
        return name;
      }
      String value = properties.get(key);
      if (value != null) {
        return value;
      }
      Secret secret = secrets.get(key);
      return secret == null ? null : secret.reveal();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      Set<Map.Entry<String, String>> set = entrySet;
      if (set == null) {
        set = new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<String, String>> iterator() {
            return new WireIterator(name, properties, secrets);
          }

          @Override
          public int size() {
            return WireView.this.size();
          }
        };
        entrySet = set;
      }
      return set;
    }
  }

  /** Walks a {@link WireView}: the name, the property entries as they are, then each secret revealed. */
  private static final class WireIterator implements Iterator<Map.Entry<String, String>> {
    private @Nullable String name;
    private final Iterator<Map.Entry<String, String>> properties;
    private final Iterator<Map.Entry<String, Secret>> secrets;

    WireIterator(@Nullable String name, Map<String, String> properties, Map<String, Secret> secrets) {
      this.name = name;
      this.properties = properties.entrySet().iterator();
      this.secrets = secrets.isEmpty() ? Collections.emptyIterator() : secrets.entrySet().iterator();
    }

    @Override
    public boolean hasNext() {
      return name != null || properties.hasNext() || secrets.hasNext();
    }

    @Override
    public Map.Entry<String, String> next() {
      String n = name;
      if (n != null) {
        name = null;
        return new AbstractMap.SimpleImmutableEntry<>("name", n);
      }
      if (properties.hasNext()) {
        Map.Entry<String, String> e = properties.next();
        return e;
      }
      Map.Entry<String, Secret> e = secrets.next();
      return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue().reveal());
    }
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
    return new dev.connectkit.Connector(connector.name(), connector.type(), masked, connector.taskIds());
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
