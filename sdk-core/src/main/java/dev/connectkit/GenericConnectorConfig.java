package dev.connectkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A config for any connector plugin, as plain properties plus secrets. Prefer the typed builders of
 * {@code sdk-connectors} for the seven managed connectors: they validate every property.
 *
 * <!-- example runs -->
 * <pre>{@code
 * GenericConnectorConfig config = GenericConnectorConfig.builder()
 *     .name(ConnectorName.raw("file-sink"))
 *     .connectorClass("org.apache.kafka.connect.file.FileStreamSinkConnector")
 *     .type(ConnectorType.SINK)
 *     .property("topics", "orders")
 *     .property("file", "/tmp/orders.txt")
 *     .build();
 * GenericConnectorConfig more = config.toBuilder().property("tasks.max", "2").build();
 * }</pre>
 */
public final class GenericConnectorConfig implements ConnectorConfig {
  private final ConnectorName name;
  private final String connectorClass;
  private final ConnectorType type;
  private final Map<String, String> properties;
  private final Map<String, Secret> secrets;

  private GenericConnectorConfig(Builder b, ConnectorName name, String connectorClass) {
    this.name = name;
    this.connectorClass = connectorClass;
    this.type = b.type;
    Map<String, String> props = new LinkedHashMap<>();
    props.put("connector.class", connectorClass);
    props.putAll(b.properties);
    this.properties = Collections.unmodifiableMap(props);
    this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(b.secrets));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's values. */
  public Builder toBuilder() {
    Builder b = new Builder().name(name).connectorClass(connectorClass).type(type);
    properties.forEach(
        (k, v) -> {
          if (!k.equals("connector.class")) {
            b.property(k, v);
          }
        });
    b.secrets.putAll(secrets);
    return b;
  }

  /** The same config under another name (for example the next stage's). */
  public GenericConnectorConfig withName(ConnectorName newName) {
    return toBuilder().name(newName).build();
  }

  @Override
  public ConnectorName name() {
    return name;
  }

  @Override
  public String connectorClass() {
    return connectorClass;
  }

  @Override
  public ConnectorType type() {
    return type;
  }

  @Override
  public Map<String, String> properties() {
    return properties;
  }

  @Override
  public Map<String, Secret> secrets() {
    return secrets;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof GenericConnectorConfig)) {
      return false;
    }
    GenericConnectorConfig that = (GenericConnectorConfig) o;
    return name.equals(that.name)
        && type == that.type
        && properties.equals(that.properties)
        && secrets.equals(that.secrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, properties);
  }

  /** Name, class and properties, secrets as {@code ****}. */
  @Override
  public String toString() {
    return "GenericConnectorConfig{name=" + name + ", type=" + type + ", properties=" + redacted() + "}";
  }


  /** Builds a {@link GenericConnectorConfig}; {@link #build()} checks every rule at once. */
  public static final class Builder {
    private @Nullable ConnectorName name;
    private @Nullable String connectorClass;
    private ConnectorType type = ConnectorType.UNKNOWN;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();

    private Builder() {}

    /** The connector's name. Required. */
    public Builder name(ConnectorName name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The plugin class ({@code connector.class}). Required. */
    public Builder connectorClass(String connectorClass) {
      this.connectorClass = Objects.requireNonNull(connectorClass, "connectorClass");
      return this;
    }

    /** Source or sink. */
    public Builder type(ConnectorType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** A non-secret property; replaces an earlier value of the same key. */
    public Builder property(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      secrets.remove(key);
      properties.put(key, value);
      return this;
    }

    /** Several non-secret properties. */
    public Builder properties(Map<String, String> values) {
      values.forEach(this::property);
      return this;
    }

    /** A secret property; replaces an earlier value of the same key. */
    public Builder secret(String key, Secret value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      properties.remove(key);
      secrets.put(key, value);
      return this;
    }

    /**
     * The config.
     *
     * @throws ConnectorValidationException listing every broken rule
     */
    public GenericConnectorConfig build() {
      List<ConfigViolation> violations = new ArrayList<>();
      ConnectorName n = name;
      String cls = connectorClass;
      if (n == null) {
        violations.add(ConfigViolation.missing("name", "a ConnectorName, e.g. placement.name(\"orders\")"));
      }
      if (cls == null || cls.isBlank()) {
        violations.add(ConfigViolation.missing("connector.class", "the plugin class, e.g. DatagenSource"));
      }
      if (properties.containsKey("name")) {
        violations.add(
            ConfigViolation.of(
                "name", "is set as a property", properties.get("name"), "the name via name(ConnectorName) only"));
      }
      if (properties.containsKey("connector.class")) {
        violations.add(
            ConfigViolation.of(
                "connector.class",
                "is set as a property",
                properties.get("connector.class"),
                "the class via connectorClass(String) only"));
      }
      properties.forEach(
          (k, v) -> {
            if (dev.connectkit.internal.CredentialKeys.isCredential(k)) {
              violations.add(
                  ConfigViolation.of(
                      k, "looks like a secret (it names a credential) but is set as a plain property", Secret.MASK,
                      "secret(\"" + k + "\", Secret.fromEnv(...)), so it never prints"));
            } else if (Secret.isMask(v)) {
              violations.add(
                  ConfigViolation.of(
                      k, "is a value the server masked", Secret.MASK, "the real value, as a Secret"));
            }
          });
      if (!violations.isEmpty() || n == null || cls == null) {
        throw new ConnectorValidationException("connector config", violations);
      }
      return new GenericConnectorConfig(this, n, cls);
    }
  }
}
