package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorName;
import dev.connectkit.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a config is, computed once when it is built: its name, and its properties and secrets in emission order
 * (read-only views).
 */
public final class Emitted {
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final Map<String, Secret> secrets = new LinkedHashMap<>();
  private final Map<String, String> propertiesView = Collections.unmodifiableMap(properties);
  private final Map<String, Secret> secretsView = Collections.unmodifiableMap(secrets);
  private @Nullable ConnectorName name;

  Emitted() {}

  /** The connector's name. */
  public ConnectorName name() {
    return Objects.requireNonNull(name, "name");
  }

  /** The plain properties, read-only. */
  public Map<String, String> properties() {
    return propertiesView;
  }

  /** The secret properties, read-only. */
  public Map<String, Secret> secrets() {
    return secretsView;
  }

  public void property(String key, String value) {
    properties.put(key, value);
  }

  /** Leaves {@code key} out after all (a default the config read did not have). */
  void removeProperty(String key) {
    properties.remove(key);
  }

  public void secret(String key, Secret value) {
    secrets.put(key, value);
  }

  void name(ConnectorName name) {
    this.name = name;
  }
}
