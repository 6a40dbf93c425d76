package dev.connectkit.connectors;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.connectors.internal.ConnectorFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confluent's own definition of a managed connector (the project's generated {@link ConnectorFacts}, taken from
 * Confluent's connector templates by {@code tools/regenerate-contract-data.py}) as a judge of emitted configs: every
 * key defined, of the declared type, within closed recommended values, secrets exactly the password-typed keys, every
 * required key present, nothing the platform sets itself, transforms from Confluent's allowed SMT list.
 */
final class FmTemplateOracle {
  private static final Set<String> PREDICATES =
      Set.of(
          "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
          "org.apache.kafka.connect.transforms.predicates.HasHeaderKey",
          "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone");

  final String plugin;
  final ConnectorFacts facts;

  private FmTemplateOracle(ConnectorFacts facts) {
    this.plugin = facts.plugin();
    this.facts = facts;
  }

  static FmTemplateOracle of(String plugin) {
    return new FmTemplateOracle(ConnectorFacts.of(plugin));
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
    for (ConnectorFacts.Property d : facts.properties().values()) {
      String key = d.name();
      if (d.required()
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
    // merges the two lists is unconfirmed, so transform keys are judged by the allowed SMT list instead
    if (key.startsWith("transforms") || key.startsWith("predicates")) {
      checkTransformKey(key, value, props, out);
      return;
    }
    if (facts.platformSet().contains(key)) {
      out.add(key + " is set by Confluent itself and must not be emitted");
      return;
    }
    ConnectorFacts.Property def = facts.properties().get(key);
    if (def == null) {
      out.add(key + " is not defined by the " + plugin + " template");
      return;
    }
    String type = def.type();
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
    List<String> values = def.allowed();
    if (!values.isEmpty()) {
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
      if (parts[0].equals("transforms") && !facts.transforms().contains(value)) {
        out.add(key + "=" + value + " is not an SMT Confluent allows on " + plugin);
      }
      if (parts[0].equals("predicates") && !PREDICATES.contains(value)) {
        out.add(key + "=" + value + " is not a Kafka predicate");
      }
    }
  }
}
