package dev.connectkit.testing.internal;

import dev.connectkit.connectors.internal.ConnectorFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fake's table of connector plugins: per class its type and properties (required, type, allowed values,
 * defaults, secrets), read from the project's generated Confluent facts ({@link ConnectorFacts}, the same data the
 * builders' oracle tests judge against), plus the ranges and cross-property rules Confluent's templates do not carry,
 * written here independently of the SDK's typed builders, so that the fake can catch a builder that sends something
 * the service would refuse.
 */
public final class PluginCatalog {
  /** Template types, as Connect's validate response names them. */
  public static final String STRING = "STRING";

  public static final String INT = "INT";
  public static final String LONG = "LONG";
  public static final String BOOLEAN = "BOOLEAN";
  public static final String LIST = "LIST";
  public static final String PASSWORD = "PASSWORD";

  /** Bounds Confluent documents but its templates do not carry: name to {min, max}. */
  private static final Map<String, long[]> RANGES =
      Map.of(
          "tasks.max", new long[] {1, 1000},
          "max.interval", new long[] {1, Integer.MAX_VALUE},
          "apis.num", new long[] {1, 15},
          "buffer.flush.time", new long[] {1, Long.MAX_VALUE},
          "buffer.count.records", new long[] {10000, Long.MAX_VALUE});

  /** {@code apiN.*}: one of the 15 API slots of the HTTP V2 connectors, checked by a rule for the used slots only. */
  private static final Pattern API_SLOT = Pattern.compile("api[0-9]+\\..*");

  /** One property of a plugin. */
  public static final class Property {
    public final String name;
    public final String type;
    public final boolean required;
    public final @Nullable String defaultValue;
    public final List<String> allowed;
    /** Display spellings the platform rewrites to wire values; both are accepted. */
    public final Map<String, String> rewrites;

    public final long min;
    public final long max;
    public final String group;

    Property(
        String name,
        String type,
        boolean required,
        @Nullable String defaultValue,
        List<String> allowed,
        Map<String, String> rewrites,
        long min,
        long max,
        String group) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.defaultValue = defaultValue;
      this.allowed = allowed;
      this.rewrites = rewrites;
      this.min = min;
      this.max = max;
      this.group = group;
    }

    /**
     * Whether {@code value} is one of the allowed values, in any letter case, or a wire value a display spelling is
     * rewritten to (Confluent accepts {@code Http response} and {@code HTTP_RESPONSE} alike).
     */
    boolean allows(String value) {
      for (String a : allowed) {
        if (a.equalsIgnoreCase(value)) {
          return true;
        }
      }
      for (String wire : rewrites.values()) {
        if (!wire.contains("${") && wire.equalsIgnoreCase(value)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A check across properties; adds messages to {@code errors} keyed by property. */
  public interface Rule {
    void check(Map<String, String> config, Map<String, List<String>> errors);
  }

  /** One plugin: class alias, {@code source} or {@code sink}, properties and rules. */
  public static final class Plugin {
    public final String className;
    public final String type;
    public final Map<String, Property> properties = new LinkedHashMap<>();
    public final List<Rule> rules = new ArrayList<>();

    Plugin(String className, String type) {
      this.className = className;
      this.type = type;
    }

    /** Adds {@code fact} as the fake enforces it: required only without a default, API slots left to a rule. */
    Plugin add(ConnectorFacts.Property fact, String group) {
      String name = fact.name();
      boolean required = fact.required() && fact.defaultValue() == null && !API_SLOT.matcher(name).matches();
      List<String> allowed = fact.type().equals(BOOLEAN) ? List.of("true", "false") : fact.allowed();
      long[] range = RANGES.getOrDefault(name, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
      properties.put(
          name,
          new Property(
              name, fact.type(), required, fact.defaultValue(), allowed, fact.rewrites(), range[0], range[1], group));
      return this;
    }

    Plugin rule(Rule rule) {
      rules.add(rule);
      return this;
    }

    /** Whether {@code key} holds a secret: a PASSWORD property, or a key the generic rules call secret. */
    public boolean isSecret(String key) {
      Property p = properties.get(key);
      return (p != null && p.type.equals(PASSWORD)) || looksSecret(key);
    }
  }

  private final Map<String, Plugin> plugins = new LinkedHashMap<>();

  private PluginCatalog() {}

  /** The seven managed connectors of the Self-Service portal, from the generated facts. */
  public static PluginCatalog standard() {
    PluginCatalog catalog = new PluginCatalog();
    for (String className : ConnectorFacts.PLUGINS) {
      ConnectorFacts facts = ConnectorFacts.of(className);
      Plugin p = new Plugin(className, facts.connectorType());
      Set<String> common = commonKeys(p.type);
      for (ConnectorFacts.Property fact : facts.properties().values()) {
        if (!fact.name().equals("name")) { // the fake keeps the name beside the config
          p.add(fact, common.contains(fact.name()) ? "Common" : className);
        }
      }
      catalog.put(withRules(commonRules(p)));
    }
    return catalog;
  }

  /** Adds a plugin that only gets the common checks (for connector classes outside the table). */
  public void addLenient(String className, String type) {
    Plugin p = new Plugin(className, type);
    ConnectorFacts model = ConnectorFacts.of(type.equals("sink") ? "SnowflakeSink" : "DatagenSource");
    for (String key : commonKeys(type)) {
      p.add(model.property(key), "Common");
    }
    put(commonRules(p));
  }

  /**
   * Adds a plugin of a self-managed Kafka Connect worker: only Kafka Connect's own checks, none of the managed
   * connectors' (no {@code kafka.auth.mode}, no API key).
   */
  public void addSelfManaged(String className, String type) {
    put(sinkTopics(new Plugin(className, type)));
  }

  /** Properties every managed connector of {@code type} defines, except the name. */
  private static Set<String> commonKeys(String type) {
    Set<String> keys = null;
    for (String className : ConnectorFacts.PLUGINS) {
      ConnectorFacts facts = ConnectorFacts.of(className);
      if (facts.connectorType().equals(type)) {
        if (keys == null) {
          keys = new TreeSet<>(facts.properties().keySet());
        } else {
          keys.retainAll(facts.properties().keySet());
        }
      }
    }
    Set<String> out = keys == null ? new TreeSet<>() : keys;
    out.remove("name");
    return out;
  }

  private void put(Plugin plugin) {
    plugins.put(plugin.className, plugin);
  }

  /** The plugin for {@code className}, or null. */
  public @Nullable Plugin plugin(String className) {
    return plugins.get(className);
  }

  /** Kafka Connect's message for a connector class no plugin implements, listing the known ones. */
  public String unknownPluginMessage(String connectorClass) {
    return "Failed to find any class that implements Connector and which name matches "
        + connectorClass
        + ", available connectors are: "
        + String.join(", ", classes());
  }

  /** Every class alias, sorted. */
  public Set<String> classes() {
    return new TreeSet<>(plugins.keySet());
  }

  /**
   * Generic secret rules for keys outside a plugin's table: passwords, secrets, keys, tokens, key stores, credentials.
   */
  public static boolean looksSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.endsWith(".secret")
        || k.endsWith("secret")
        || k.contains("password")
        || k.endsWith("private.key")
        || k.endsWith("passphrase")
        || k.endsWith(".sas.key")
        || k.equals("kafka.api.key")
        || k.endsWith("bearer.token")
        || k.endsWith("refresh.token")
        || k.endsWith("api.key.value")
        || k.endsWith("keystorefile")
        || k.endsWith("truststorefile")
        || k.endsWith("keystore.path")
        || k.endsWith("credentials.json")
        || k.endsWith("access.key.id")
        || k.endsWith("customer.key")
        || k.endsWith("client.headers");
  }

  /**
   * Validates {@code config} against {@code plugin}.
   *
   * @return messages per property, in table order; empty when valid
   */
  public Map<String, List<String>> validate(Plugin plugin, Map<String, String> config) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (Property p : plugin.properties.values()) {
      String value = config.get(p.name);
      if (value == null || (p.required && value.trim().isEmpty())) {
        if (p.required) {
          addError(errors, p.name, "Missing required configuration \"" + p.name + "\" which has no default value.");
        }
        continue;
      }
      String shown = plugin.isSecret(p.name) ? "[hidden]" : value;
      if (!p.allowed.isEmpty() && !allowed(p, value) && !(value.isEmpty() && !p.required)) {
        String what = p.type.equals(BOOLEAN) ? "Expected value to be either true or false" : "String must be one of: "
            + String.join(", ", p.allowed);
        addError(errors, p.name, "Invalid value " + shown + " for configuration " + p.name + ": " + what);
      }
      if (p.type.equals(INT) || p.type.equals(LONG)) {
        try {
          long n = Long.parseLong(value.trim());
          if (n < p.min) {
            addError(errors, p.name,
                "Invalid value " + shown + " for configuration " + p.name + ": Value must be at least " + p.min);
          } else if (n > p.max) {
            addError(errors, p.name,
                "Invalid value " + shown + " for configuration " + p.name + ": Value must be no more than " + p.max);
          }
        } catch (NumberFormatException e) {
          addError(errors, p.name,
              "Invalid value " + shown + " for configuration " + p.name + ": Not a number of type " + p.type);
        }
      }
    }
    for (Rule rule : plugin.rules) {
      rule.check(config, errors);
    }
    return errors;
  }

  private static boolean allowed(Property p, String value) {
    if (!p.type.equals(LIST)) {
      return p.allows(value.trim());
    }
    for (String part : value.split(",", -1)) {
      if (!p.allows(part.trim())) {
        return false;
      }
    }
    return true;
  }

  static void addError(Map<String, List<String>> errors, String key, String message) {
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }

  private static String get(Map<String, String> config, String key, String def) {
    String v = config.get(key);
    return v == null || v.isEmpty() ? def : v;
  }

  private static Rule requiredWhen(String key, String value, String... required) {
    return (config, errors) -> {
      if (get(config, key, "").equals(value)) {
        for (String r : required) {
          if (get(config, r, "").isEmpty()) {
            addError(errors, r, "\"" + r + "\" is required when " + key + "=" + value + ".");
          }
        }
      }
    };
  }

  private static Plugin commonRules(Plugin p) {
    p.rule(requiredWhen("kafka.auth.mode", "SERVICE_ACCOUNT", "kafka.service.account.id"))
        .rule(
            (config, errors) -> {
              if (get(config, "kafka.auth.mode", "KAFKA_API_KEY").equals("KAFKA_API_KEY")) {
                for (String r : List.of("kafka.api.key", "kafka.api.secret")) {
                  if (get(config, r, "").isEmpty()) {
                    addError(errors, r, "\"" + r + "\" is required when kafka.auth.mode=KAFKA_API_KEY.");
                  }
                }
              }
            });
    return sinkTopics(p);
  }

  /** A sink needs exactly one of {@code topics} and {@code topics.regex} (Kafka Connect's own rule). */
  private static Plugin sinkTopics(Plugin p) {
    if (p.type.equals("sink")) {
      p.rule(
          (config, errors) -> {
            boolean topics = !get(config, "topics", "").isEmpty();
            boolean regex = !get(config, "topics.regex", "").isEmpty();
            if (topics == regex) {
              addError(errors, "topics", "Exactly one of \"topics\" or \"topics.regex\" must be set.");
            }
          });
    }
    return p;
  }

  /** The cross-property rules of each connector: Confluent's templates carry none of them. */
  private static Plugin withRules(Plugin p) {
    return switch (p.className) {
      case "DatagenSource" -> p.rule(
          (config, errors) -> {
            boolean quickstart = !get(config, "quickstart", "").isEmpty();
            boolean schema = !get(config, "schema.string", "").isEmpty();
            if (quickstart == schema) {
              addError(errors, "quickstart", "Exactly one of \"quickstart\" or \"schema.string\" must be set.");
            }
          });
      case "SnowflakeSink" -> snowflakeSinkRules(p);
      case "SnowflakeSource" -> p.rule(
              requiredWhen(
                  "connection.credentials.source", "PRIVATE_KEY_PASSPHRASE", "connection.private.key.passphrase"))
          .rule(requiredWhen("mode", "timestamp", "timestamp.columns.mapping"))
          .rule(requiredWhen("mode", "incrementing", "incrementing.column.mapping"))
          .rule(
              requiredWhen(
                  "mode", "timestamp+incrementing", "timestamp.columns.mapping", "incrementing.column.mapping"));
      case "HttpSourceV2" -> httpRules(p, true);
      case "HttpSinkV2" -> httpRules(p, false);
      case "S3Source" -> s3SourceRules(p);
      default -> p;
    };
  }

  private static Plugin snowflakeSinkRules(Plugin p) {
    return p.rule(requiredWhen("snowflake.ingestion.method", "SNOWPIPE_STREAMING", "snowflake.role.name"))
        .rule(
            (config, errors) -> {
              String flush = config.get("buffer.flush.time");
              if (flush != null && get(config, "snowflake.ingestion.method", "SNOWPIPE").equals("SNOWPIPE")) {
                try {
                  if (Long.parseLong(flush.trim()) < 10) {
                    addError(errors, "buffer.flush.time",
                        "Invalid value " + flush + " for configuration buffer.flush.time: Value must be at least 10"
                            + " with snowflake.ingestion.method=SNOWPIPE");
                  }
                } catch (NumberFormatException e) {
                  // reported by the type check
                }
              }
            });
  }

  private static Plugin httpRules(Plugin p, boolean source) {
    return p.rule(requiredWhen("auth.type", "BASIC", "connection.user", "connection.password"))
        .rule(requiredWhen("auth.type", "BEARER", "bearer.token"))
        .rule(requiredWhen("auth.type", "OAUTH2", "oauth2.token.url", "oauth2.client.id", "oauth2.client.secret"))
        .rule(requiredWhen("auth.type", "API_KEY", "api.key.value"))
        .rule(
            (config, errors) -> {
              int apis;
              try {
                apis = Integer.parseInt(get(config, "apis.num", "1").trim());
              } catch (NumberFormatException e) {
                return;
              }
              for (int n = 1; n <= Math.min(apis, 15); n++) {
                List<String> required = source
                    ? List.of("api" + n + ".http.api.path", "api" + n + ".topics")
                    : List.of("api" + n + ".http.api.path");
                for (String key : required) {
                  if (get(config, key, "").isEmpty()) {
                    addError(errors, key, "Missing required configuration \"" + key + "\" which has no default value.");
                  }
                }
              }
            });
  }

  private static Plugin s3SourceRules(Plugin p) {
    return p.rule(requiredWhen("authentication.method", "Access Keys", "aws.access.key.id", "aws.secret.access.key"))
        .rule(
            (config, errors) -> {
              if (!config.containsKey("authentication.method")
                  && (get(config, "aws.access.key.id", "").isEmpty()
                      || get(config, "aws.secret.access.key", "").isEmpty())) {
                addError(errors, "aws.access.key.id",
                    "\"aws.access.key.id\" and \"aws.secret.access.key\" are required when authentication.method="
                        + "Access Keys (the default).");
              }
            })
        .rule(requiredWhen("authentication.method", "IAM Roles", "provider.integration.id"));
  }
}
