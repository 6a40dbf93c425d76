package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The properties and secrets of a config, in emission order; read-only views once emitted. */
public final class Emitted {
  final Map<String, String> properties = new LinkedHashMap<>(32);
  final Map<String, Secret> secrets = new LinkedHashMap<>(8);
  private final Map<String, String> propertiesView = Collections.unmodifiableMap(properties);
  private final Map<String, Secret> secretsView = Collections.unmodifiableMap(secrets);

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

  public void secret(String key, Secret value) {
    secrets.put(key, value);
  }
}
