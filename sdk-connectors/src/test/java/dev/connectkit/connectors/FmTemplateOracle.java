package dev.connectkit.connectors;

import com.squareup.moshi.Moshi;
import dev.connectkit.ConnectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Confluent's own definition of a managed connector ({@code ../shared/contracts/fm-templates/<Plugin>.json}) as a
 * judge of emitted configs: every key defined, of the declared type, within closed recommended values, secrets exactly
 * the password-typed keys, every required key present, nothing the platform sets itself, transforms from
 * {@code fm_transforms_list.json}.
 */
final class FmTemplateOracle {
  private static final Map<String, FmTemplateOracle> CACHE = new ConcurrentHashMap<>();
  private static final Set<String> PREDICATES =
      Set.of(
          "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
          "org.apache.kafka.connect.transforms.predicates.HasHeaderKey",
          "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone");

  final String plugin;
  final Map<String, Map<String, Object>> defs = new LinkedHashMap<>();
  final Set<String> platformSet = new HashSet<>();
  final Set<String> transforms = new HashSet<>();

  private FmTemplateOracle(String plugin) {
    this.plugin = plugin;
  }

  static Path templatesDir() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared/contracts/fm-templates");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("shared/contracts/fm-templates not found above the working directory");
  }

  @SuppressWarnings("unchecked")
  static Object json(Path file) {
    try {
      Object parsed =
          new Moshi.Builder().build().adapter(Object.class).fromJson(Files.readString(file, StandardCharsets.UTF_8));
      if (parsed == null) {
        throw new IllegalStateException("empty " + file);
      }
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FmTemplateOracle of(String plugin) {
    return CACHE.computeIfAbsent(plugin, FmTemplateOracle::load);
  }

  @SuppressWarnings("unchecked")
  private static FmTemplateOracle load(String plugin) {
    FmTemplateOracle oracle = new FmTemplateOracle(plugin);
    Map<String, Object> root = (Map<String, Object>) json(templatesDir().resolve(plugin + ".json"));
    List<Map<String, Object>> templates =
        (List<Map<String, Object>>) root.getOrDefault("templates", List.of());
    // the connector's own template wins over the shared ones
    List<Map<String, Object>> ordered = new ArrayList<>();
    for (Map<String, Object> t : templates) {
      if (plugin.equals(t.get("template_id"))) {
        ordered.add(0, t);
      } else {
        ordered.add(t);
      }
    }
    for (Map<String, Object> t : ordered) {
      for (Map<String, Object> def : (List<Map<String, Object>>) t.getOrDefault("config_defs", List.of())) {
        oracle.defs.putIfAbsent((String) def.get("name"), def);
      }
    }
    for (Map<String, Object> t : ordered) {
      for (Map<String, Object> cc : (List<Map<String, Object>>) t.getOrDefault("connector_configs", List.of())) {
        String name = (String) cc.get("name");
        if ((cc.containsKey("value") || cc.containsKey("switch")) && !oracle.defs.containsKey(name)) {
          oracle.platformSet.add(name);
        }
      }
    }
    Map<String, Object> lists = (Map<String, Object>) json(templatesDir().resolve("fm_transforms_list.json"));
    oracle.transforms.addAll((List<String>) lists.get(plugin));
    return oracle;
  }

  static boolean isTrue(@Nullable Object flag) {
    return Boolean.TRUE.equals(flag) || "true".equals(flag);
  }

  /** Every way {@code config} disagrees with Confluent's definition; empty when it passes. */
  List<String> problems(ConnectorConfig config) {
    List<String> problems = new ArrayList<>();
    if (!plugin.equals(config.connectorClass())) {
      problems.add("connector.class " + config.connectorClass() + " is not " + plugin);
    }
    Map<String, String> props = config.properties();
    if (props.containsKey("name")) {
      problems.add("name is emitted (the client adds it)");
    }
    for (Map.Entry<String, String> e : props.entrySet()) {
      checkKey(e.getKey(), e.getValue(), false, props, problems);
    }
    config.secrets().keySet().forEach(k -> checkKey(k, "x", true, props, problems));
    for (Map.Entry<String, Map<String, Object>> d : defs.entrySet()) {
      String key = d.getKey();
      if (isTrue(d.getValue().get("required"))
          && !key.equals("name")
          && !unusedApiSlot(key, props)
          && !props.containsKey(key)
          && !config.secrets().containsKey(key)) {
        problems.add(key + " is required by the template but not emitted");
      }
    }
    return problems;
  }

  /** {@code apiN.*} with N above {@code apis.num}: the template defines all 15 slots, only used ones apply. */
  private static boolean unusedApiSlot(String key, Map<String, String> props) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("api([0-9]+)\\..*").matcher(key);
    return m.matches() && Integer.parseInt(m.group(1)) > Integer.parseInt(props.getOrDefault("apis.num", "0"));
  }

  private void checkKey(String key, String value, boolean secret, Map<String, String> props, List<String> out) {
    // user SMTs: HttpSinkV2's template also sets transforms=requireTimestampTransform itself; how the platform
    // merges the two lists is unconfirmed, so transform keys are judged by fm_transforms_list.json instead
    if (key.startsWith("transforms") || key.startsWith("predicates")) {
      checkTransformKey(key, value, props, out);
      return;
    }
    if (platformSet.contains(key)) {
      out.add(key + " is set by Confluent itself and must not be emitted");
      return;
    }
    Map<String, Object> def = defs.get(key);
    if (def == null) {
      out.add(key + " is not defined in " + plugin + ".json");
      return;
    }
    String type = String.valueOf(def.get("type"));
    if (type.equals("PASSWORD") != secret) {
      out.add(key + (secret ? " is sent as a secret but typed " + type : " is a PASSWORD but sent in plain"));
      return;
    }
    if (secret) {
      return;
    }
    switch (type) {
      case "INT" -> {
        try {
          Integer.parseInt(value);
        } catch (NumberFormatException e) {
          out.add(key + "=" + value + " is not an INT");
        }
      }
      case "LONG" -> {
        try {
          Long.parseLong(value);
        } catch (NumberFormatException e) {
          out.add(key + "=" + value + " is not a LONG");
        }
      }
      case "BOOLEAN" -> {
        if (!value.equals("true") && !value.equals("false")) {
          out.add(key + "=" + value + " is not a BOOLEAN");
        }
      }
      case "STRING", "LIST" -> {
        // any text
      }
      default -> out.add(key + " has unknown type " + type);
    }
    Object recommended = def.get("recommended_values");
    if (recommended instanceof List && !((List<?>) recommended).isEmpty()) {
      List<?> values = (List<?>) recommended;
      List<String> parts = type.equals("LIST") ? List.of(value.split(",")) : List.of(value);
      for (String part : parts) {
        if (!values.contains(part)) {
          out.add(key + "=" + part + " is not among the recommended values " + values);
        }
      }
    }
  }

  private void checkTransformKey(String key, String value, Map<String, String> props, List<String> out) {
    if (key.equals("transforms") || key.equals("predicates")) {
      for (String alias : value.split(",", -1)) {
        if (!props.containsKey(key + "." + alias + ".type")) {
          out.add(key + " lists " + alias + " without a type");
        }
      }
      return;
    }
    String[] parts = key.split("\\.", 3);
    if (parts.length < 3 || !List.of(props.getOrDefault(parts[0], "").split(",")).contains(parts[1])) {
      out.add(key + " belongs to no listed alias");
      return;
    }
    if (parts[2].equals("type")) {
      if (parts[0].equals("transforms") && !transforms.contains(value)) {
        out.add(key + "=" + value + " is not in fm_transforms_list.json for " + plugin);
      }
      if (parts[0].equals("predicates") && !PREDICATES.contains(value)) {
        out.add(key + "=" + value + " is not a Kafka predicate");
      }
    }
  }
}
