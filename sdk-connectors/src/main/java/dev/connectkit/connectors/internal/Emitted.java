package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/** The properties and secrets of a config, in emission order. */
public final class Emitted {
  final Map<String, String> properties = new LinkedHashMap<>();
  final Map<String, Secret> secrets = new LinkedHashMap<>();

  public void property(String key, String value) {
    properties.put(key, value);
  }

  public void secret(String key, Secret value) {
    secrets.put(key, value);
  }
}
