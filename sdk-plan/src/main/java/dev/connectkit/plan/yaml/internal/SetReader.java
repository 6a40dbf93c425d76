package dev.connectkit.plan.yaml.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import dev.connectkit.plan.internal.ServerKeys;
import dev.connectkit.plan.yaml.internal.YamlTree.ListValue;
import dev.connectkit.plan.yaml.internal.YamlTree.MapValue;
import dev.connectkit.plan.yaml.internal.YamlTree.Scalar;
import dev.connectkit.plan.yaml.internal.YamlTree.Value;
import dev.connectkit.plan.yaml.internal.YamlTree.Where;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a merged connector-set document into a {@link ConnectorSet}, gathering every problem with its file and line.
 * A typed connector class ({@link TypedConfigs}) is read by its typed codec, with all its checks; any other class
 * becomes a {@link GenericConnectorConfig} and needs a {@code type}.
 */
public final class SetReader {
  private final Stage stage;
  private final Function<String, @Nullable String> environment;
  private final List<YamlProblemException> problems = new ArrayList<>();

  public SetReader(Stage stage, Function<String, @Nullable String> environment) {
    this.stage = stage;
    this.environment = environment;
  }

  /** The problems found so far. */
  public List<YamlProblemException> problems() {
    return problems;
  }

  /** The set, or null if there were problems (see {@link #problems()}). */
  public @Nullable ConnectorSet read(MapValue doc) {
    unknownKeys(doc, Keys.TOP, "", "a top-level key");
    String format = string(doc, "format", "", true);
    if (format != null && !format.equals(Keys.FORMAT)) {
      problem(doc.get("format"), "format", "is not a format this version reads (was '" + format + "')", Keys.FORMAT);
    }
    String setId = string(doc, "set", "", true);
    Placement placement = placement(doc);
    Value connectors = doc.get("connectors");
    List<DesiredConnector> entries = new ArrayList<>();
    if (connectors instanceof ListValue list) {
      for (Value item : list.items()) {
        DesiredConnector entry = entry(item, placement);
        if (entry != null) {
          entries.add(entry);
        }
      }
    } else if (connectors != null && !(connectors instanceof Scalar s && s.isNull())) {
      problem(connectors, "connectors", "is not a list", "a list of connectors, each starting with '- id:' or '- name:'");
    }
    if (!problems.isEmpty() || setId == null) {
      return null;
    }
    ConnectorSet.Builder set = ConnectorSet.builder(setId, stage);
    entries.forEach(set::add);
    try {
      return set.build();
    } catch (ConnectorValidationException e) {
      for (ConfigViolation v : e.violations()) {
        problems.add(new YamlProblemException(doc.where(), v.property(), v.rule(), v.expected()));
      }
      return null;
    }
  }

  private @Nullable Placement placement(MapValue doc) {
    Value value = doc.get("placement");
    if (value == null || (value instanceof Scalar s && s.isNull())) {
      return null;
    }
    if (!(value instanceof MapValue map)) {
      problem(value, "placement", "is not a mapping", "businessUnit: NAME, and optionally landingZone: NAME");
      return null;
    }
    unknownKeys(map, Keys.PLACEMENT, "placement.", "a placement key");
    String businessUnit = string(map, "businessUnit", "placement.", true);
    String landingZone = string(map, "landingZone", "placement.", false);
    if (businessUnit == null) {
      return null;
    }
    try {
      return landingZone == null
          ? Placement.dedicated(businessUnit, stage)
          : Placement.shared(landingZone, businessUnit, stage);
    } catch (RuntimeException e) {
      problem(map, "placement", e.getMessage() == null ? "is not a placement" : e.getMessage(),
          "a business unit (and landing zone) of the portal, lowercase");
      return null;
    }
  }

  private @Nullable DesiredConnector entry(Value item, @Nullable Placement placement) {
    if (!(item instanceof MapValue map)) {
      problem(item, "connectors[]", "is not a mapping", "a connector: id or name, class, config, secrets");
      return null;
    }
    String label = Overlays.identity(map);
    String at = "connectors[" + (label == null ? "?" : label.substring(label.indexOf('=') + 1)) + "].";
    int before = problems.size();
    unknownKeys(map, Keys.CONNECTOR, at, "a connector key");
    if (map.get("remove") != null) {
      problem(map.get("remove"), at + "remove", "is only for an overlay entry that drops a base connector",
          "leave it out");
    }
    String id = string(map, "id", at, false);
    String name = string(map, "name", at, false);
    ConnectorName connectorName = null;
    if ((id == null) == (name == null)) {
      problem(map, at + "id", "needs exactly one of id and name", "id (with a top-level placement) or name");
    } else if (id != null && placement == null) {
      problem(map.get("id"), at + "id", "needs a top-level placement to compose the name",
          "placement: {businessUnit: NAME}, or a full name: instead of id");
    } else {
      try {
        connectorName = id != null && placement != null ? placement.name(id) : ConnectorName.raw(String.valueOf(name));
      } catch (RuntimeException e) {
        problem(map.get(id != null ? "id" : "name"), at + (id != null ? "id" : "name"),
            String.valueOf(e.getMessage()), "a connector id or name");
      }
    }
    String connectorClass = string(map, "class", at, true);
    String type = choice(map, "type", at, Keys.TYPES);
    String state = choice(map, "state", at, Keys.STATES);
    boolean protect = bool(map, "protect", at);
    String secretsVersion = string(map, "secretsVersion", at, false);
    Map<String, String> config = config(map, at, connectorClass);
    Map<String, Secret> secrets = secrets(map, at);
    if (problems.size() > before || connectorName == null || connectorClass == null) {
      return null;
    }
    ConnectorConfig built = build(map, at, connectorName, connectorClass, type, config, secrets);
    if (built == null) {
      return null;
    }
    DesiredConnector desired = DesiredConnector.of(built)
        .state(state == null ? DesiredState.RUNNING : DesiredState.valueOf(state.toUpperCase(Locale.ROOT)));
    if (protect) {
      desired = desired.protect();
    }
    return secretsVersion == null ? desired : desired.secretsVersion(secretsVersion);
  }

  private @Nullable ConnectorConfig build(MapValue map, String at, ConnectorName name, String connectorClass,
      @Nullable String type, Map<String, String> config, Map<String, Secret> secrets) {
    try {
      if (TypedConfigs.has(connectorClass)) {
        if (type != null && !type.equals(TypedConfigs.type(connectorClass))) {
          problem(map.get("type"), at + "type", "does not match the class " + connectorClass,
              TypedConfigs.type(connectorClass) + ", or leave it out");
          return null;
        }
        ConnectorConfig typed = TypedConfigs.read(name, connectorClass, config, secrets);
        boolean literal = false;
        for (String key : typed.secrets().keySet()) {
          if (config.containsKey(key)) {
            literal = true;
            problems.add(new YamlProblemException(where(map, "config", key), at + "config." + key,
                "is a secret of " + connectorClass + " written as a literal value",
                "move it under secrets: as {env: NAME}, {file: PATH} or {unknown: true}"));
          }
        }
        return literal ? null : typed;
      }
      if (type == null) {
        problem(map, at + "type", "is required for a class without a typed builder (" + connectorClass + ")",
            "source or sink");
        return null;
      }
      GenericConnectorConfig.Builder generic = GenericConnectorConfig.builder()
          .name(name)
          .connectorClass(connectorClass)
          .type(type.equals("sink") ? ConnectorType.SINK : ConnectorType.SOURCE)
          .properties(config);
      secrets.forEach(generic::secret);
      return generic.build();
    } catch (ConnectorValidationException e) {
      for (ConfigViolation v : e.violations()) {
        String key = v.property();
        Where where = map.get("secrets") instanceof MapValue s && s.keys().containsKey(key)
            ? s.keys().get(key)
            : where(map, "config", key);
        problems.add(new YamlProblemException(where, at + key, v.rule()
            + v.value().map(x -> secrets.containsKey(key) ? "" : " (was '" + x + "')").orElse(""), v.expected()));
      }
      return null;
    }
  }

  private Map<String, String> config(MapValue map, String at, @Nullable String connectorClass) {
    Map<String, String> out = new LinkedHashMap<>();
    Value value = map.get("config");
    if (value == null || (value instanceof Scalar n && n.isNull())) {
      return out;
    }
    if (!(value instanceof MapValue config)) {
      problem(value, at + "config", "is not a mapping", "key: value pairs, e.g. tasks.max: 1");
      return out;
    }
    config.entries().forEach((key, v) -> {
      String field = at + "config." + key;
      if (key.equals("name") || key.equals("connector.class")) {
        problem(v, field, "is set by the format itself", key.equals("name") ? "id or name" : "class");
      } else if (ServerKeys.isPassword(connectorClass, key)) {
        problem(v, field, "is a secret of " + connectorClass + " written as a literal value",
            "move it under secrets: as {env: NAME}, {file: PATH} or {unknown: true}");
      } else if (!(v instanceof Scalar s) || s.isNull()) {
        problem(v, field, "is not a value", "a string, number or boolean ('' for an empty string)");
      } else {
        out.put(key, s.text());
      }
    });
    return out;
  }

  private Map<String, Secret> secrets(MapValue map, String at) {
    Map<String, Secret> out = new LinkedHashMap<>();
    Value value = map.get("secrets");
    if (value == null || (value instanceof Scalar n && n.isNull())) {
      return out;
    }
    if (!(value instanceof MapValue secrets)) {
      problem(value, at + "secrets", "is not a mapping", "key: {env: NAME} | {file: PATH} | {unknown: true}");
      return out;
    }
    secrets.entries().forEach((key, v) -> {
      String field = at + "secrets." + key;
      String valid = "a reference: {env: NAME}, {file: PATH} or {unknown: true}; never the secret itself";
      if (!(v instanceof MapValue ref)) {
        problem(v, field, "is a literal secret (refused: a secret in a file ends up in git)", valid);
        return;
      }
      unknownKeys(ref, Keys.SECRET, field + ".", "a secret reference");
      if (ref.entries().size() != 1) {
        problem(ref, field, "needs exactly one of env, file and unknown", valid);
        return;
      }
      String kind = ref.entries().keySet().iterator().next();
      Value target = ref.entries().get(kind);
      String text = target instanceof Scalar s && !s.isNull() ? s.text() : null;
      switch (kind) {
        case "env" -> {
          String env = text == null ? null : environment.apply(text);
          if (text == null || env == null || env.isEmpty()) {
            problem(target, field + ".env", "names an environment variable that is not set ("
                + text + ")", "set the variable, or use {unknown: true} to plan without it");
          } else {
            out.put(key, Secret.of(env));
          }
        }
        case "file" -> {
          Path file = text == null || target == null ? null : besideOf(target.where().file(), text);
          if (file == null || !Files.isReadable(file)) {
            problem(target, field + ".file", "names a file that cannot be read (" + text + ")",
                "a readable file, relative to the YAML file that names it");
          } else {
            out.put(key, Secret.fromFile(file));
          }
        }
        case "unknown" -> {
          if (target instanceof Scalar s && s.type().equals("bool") && s.text().equals("true")) {
            out.put(key, Secret.unknown());
          } else {
            problem(target, field + ".unknown", "is not true", "true: a placeholder that is never sent");
          }
        }
        default -> { } // reported as an unknown key
      }
    });
    return out;
  }

  // ---------------------------------------------------------------------------------------------- scalars

  private @Nullable String string(MapValue map, String key, String at, boolean required) {
    Value value = map.get(key);
    if (value == null || (value instanceof Scalar n && n.isNull())) {
      if (required) {
        problem(map, at + key, "is missing", describe(key));
      }
      return null;
    }
    if (!(value instanceof Scalar s) || s.text().isBlank()) {
      problem(value, at + key, "is not a non-empty string", describe(key));
      return null;
    }
    return s.text();
  }

  private @Nullable String choice(MapValue map, String key, String at, List<String> allowed) {
    String value = string(map, key, at, false);
    if (value != null && !allowed.contains(value)) {
      problem(map.get(key), at + key, "is not one of them (was '" + value + "')", String.join(", ", allowed));
      return null;
    }
    return value;
  }

  private boolean bool(MapValue map, String key, String at) {
    Value value = map.get(key);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Scalar s) || !s.type().equals("bool")) {
      problem(value, at + key, "is not a boolean", "true or false");
      return false;
    }
    return s.text().equals("true");
  }

  private void unknownKeys(MapValue map, List<String> allowed, String at, String what) {
    map.keys().forEach((key, where) -> {
      if (!allowed.contains(key)) {
        problems.add(new YamlProblemException(where, at + key, "is not " + what, String.join(", ", allowed)));
      }
    });
  }

  /** {@code path} relative to the directory of {@code file}. */
  private static Path besideOf(String file, String path) {
    Path dir = Path.of(file).toAbsolutePath().getParent();
    return dir == null ? Path.of(path) : dir.resolve(path);
  }

  private static Where where(MapValue map, String section, String key) {
    if (map.get(section) instanceof MapValue m && m.keys().containsKey(key)) {
      return m.keys().get(key);
    }
    return map.where();
  }

  private void problem(@Nullable Value value, String field, String problem, String valid) {
    Where where = value == null ? new Where("?", 1) : value.where();
    problems.add(new YamlProblemException(where, field, problem, valid));
  }

  private static String describe(String key) {
    switch (key) {
      case "format":
        return Keys.FORMAT;
      case "set":
        return "the set's id, e.g. sales-connectors";
      case "class":
        return "the connector class, e.g. DatagenSource";
      case "businessUnit":
        return "the business unit, e.g. sales";
      default:
        return "a non-empty string";
    }
  }
}
