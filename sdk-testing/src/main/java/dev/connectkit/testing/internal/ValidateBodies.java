package dev.connectkit.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code PUT /connector-plugins/{class}/config/validate} ({@code ConfigInfos}), the same on every target:
 * one entry per property of the plugin and per key sent, errors as HTTP 200 with {@code error_count > 0}, secrets
 * shown masked.
 */
final class ValidateBodies {
  private ValidateBodies() {}

  /** 200 with the {@code ConfigInfos}, 404 for an unknown plugin, 400 for a body that is not a string map. */
  static Reply validate(PluginCatalog catalog, String connectorClass, @Nullable Object body) {
    PluginCatalog.Plugin plugin = catalog.plugin(connectorClass);
    if (plugin == null) {
      return Reply.error(404, catalog.unknownPluginMessage(connectorClass));
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = Json.stringMap(body, config);
    if (problem != null) {
      return Reply.error(400, problem);
    }
    Map<String, List<String>> errors = catalog.validate(plugin, config);
    List<Object> configs = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>(plugin.properties.keySet());
    keys.addAll(config.keySet());
    keys.addAll(errors.keySet());
    int order = 1;
    long errorCount = 0;
    for (String key : keys) {
      PluginCatalog.Property p = plugin.properties.get(key);
      String group = p == null ? "Other" : p.group;
      groups.add(group);
      List<String> messages = errors.getOrDefault(key, List.of());
      errorCount += messages.size();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("definition", definition(plugin, key, p, group, order++));
      entry.put("value", value(plugin, key, p, config.get(key), messages));
      entry.put("metadata", Map.of());
      configs.add(entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", connectorClass);
    out.put("error_count", errorCount);
    out.put("groups", new ArrayList<>(groups));
    out.put("configs", configs);
    return Reply.json(200, out);
  }

  private static Map<String, Object> definition(
      PluginCatalog.Plugin plugin, String key, PluginCatalog.@Nullable Property p, String group, int order) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("name", key);
    definition.put("type", p == null ? (plugin.isSecret(key) ? PluginCatalog.PASSWORD : PluginCatalog.STRING) : p.type);
    definition.put("required", p != null && p.required);
    if (p != null && p.defaultValue != null) {
      definition.put("default_value", p.defaultValue);
    }
    definition.put("importance", p != null && p.required ? "HIGH" : "MEDIUM");
    definition.put("documentation", "");
    definition.put("group", group);
    definition.put("width", "NONE");
    definition.put("display_name", key);
    definition.put("dependents", List.of());
    definition.put("order", (long) order);
    return definition;
  }

  private static Map<String, Object> value(
      PluginCatalog.Plugin plugin,
      String key,
      PluginCatalog.@Nullable Property p,
      @Nullable String sent,
      List<String> messages) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("name", key);
    if (sent != null) {
      value.put("value", plugin.isSecret(key) ? ReadBack.MASK : sent);
    }
    value.put("recommended_values", p == null ? List.of() : p.allowed);
    value.put("errors", messages);
    value.put("visible", true);
    return value;
  }
}
