package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorName;
import dev.connectkit.Secret;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a config is, computed once when it is built: its name, and its properties and secrets in emission order
 * (read-only).
 */
public final class Emitted {
  private final EmittedMap<String> properties;
  private final EmittedMap<Secret> secrets;
  private @Nullable ConnectorName name;

  Emitted(int properties, int secrets) {
    this.properties = new EmittedMap<>(properties);
    this.secrets = new EmittedMap<>(secrets);
  }

  /** The connector's name. */
  public ConnectorName name() {
    return Objects.requireNonNull(name, "name");
  }

  /** The plain properties, read-only. */
  public Map<String, String> properties() {
    return properties;
  }

  /** The secret properties, read-only. */
  public Map<String, Secret> secrets() {
    return secrets;
  }

  public void property(String key, String value) {
    properties.add(key, value);
  }

  /** Leaves {@code key} out after all (a default the config read did not have). */
  void removeProperty(String key) {
    properties.drop(key);
  }

  public void secret(String key, Secret value) {
    secrets.add(key, value);
  }

  void name(ConnectorName name) {
    this.name = name;
  }
}
