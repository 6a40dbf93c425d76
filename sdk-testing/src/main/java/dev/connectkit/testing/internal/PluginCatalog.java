package dev.connectkit.testing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The fake's own table of connector plugins: per class its type, properties (required, type, allowed values,
 * defaults, secrets) and cross-property rules. Written from Confluent's templates independently of the SDK's typed
 * builders, so that the fake can catch a builder that sends something the service would refuse.
 */
public final class PluginCatalog {
  /** Template types, as Connect's validate response names them. */
  public static final String STRING = "STRING";

  public static final String INT = "INT";
  public static final String LONG = "LONG";
  public static final String BOOLEAN = "BOOLEAN";
  public static final String LIST = "LIST";
  public static final String PASSWORD = "PASSWORD";

  /** One property of a plugin. */
  public static final class Property {
    public final String name;
    public final String type;
    public final boolean required;
    public final @Nullable String defaultValue;
    public final List<String> allowed;
    public final long min;
    public final long max;
    public final String group;

    Property(
        String name,
        String type,
        boolean required,
        @Nullable String defaultValue,
        List<String> allowed,
        long min,
        long max,
        String group) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.defaultValue = defaultValue;
      this.allowed = allowed;
      this.min = min;
      this.max = max;
      this.group = group;
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
    private String group = "Common";

    Plugin(String className, String type) {
      this.className = className;
      this.type = type;
    }

    Plugin group(String name) {
      this.group = name;
      return this;
    }

    Plugin add(
        String name, String type, boolean required, @Nullable String def, List<String> allowed, long min, long max) {
      properties.put(name, new Property(name, type, required, def, allowed, min, max, group));
      return this;
    }

    Plugin required(String... names) {
      for (String n : names) {
        add(n, STRING, true, null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
      }
      return this;
    }

    Plugin optional(String... names) {
      for (String n : names) {
        add(n, STRING, false, null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
      }
      return this;
    }

    Plugin secret(String name, boolean required) {
      return add(name, PASSWORD, required, null, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A choice; required without a default is enforced, required with a default is not. */
    Plugin choice(String name, boolean required, @Nullable String def, String... values) {
      return add(name, STRING, required && def == null, def, List.of(values), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    Plugin integer(String name, boolean required, @Nullable String def, long min, long max) {
      return add(name, INT, required && def == null, def, List.of(), min, max);
    }

    Plugin bool(String name, @Nullable String def) {
      return add(name, BOOLEAN, false, def, List.of("true", "false"), Long.MIN_VALUE, Long.MAX_VALUE);
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

  /** The seven managed connectors of the Self-Service portal. */
  public static PluginCatalog standard() {
    PluginCatalog catalog = new PluginCatalog();
    catalog.put(datagenSource());
    catalog.put(snowflakeSink());
    catalog.put(snowflakeSource());
    catalog.put(httpSourceV2());
    catalog.put(httpSinkV2());
    catalog.put(azureEventHubsSource());
    catalog.put(s3Source());
    return catalog;
  }

  /** Adds a plugin that only gets the common checks (for connector classes outside the table). */
  public void addLenient(String className, String type) {
    put(common(new Plugin(className, type)));
  }

  private void put(Plugin plugin) {
    plugins.put(plugin.className, plugin);
  }

  /** The plugin for {@code className}, or null. */
  public @Nullable Plugin plugin(String className) {
    return plugins.get(className);
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
      if (!p.allowed.isEmpty() && !p.allowed.contains(value) && !(value.isEmpty() && !p.required)) {
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

  private static Plugin common(Plugin p) {
    p.group("Common")
        .required("connector.class")
        .integer("tasks.max", true, null, 1, 1000)
        .choice("kafka.auth.mode", false, "KAFKA_API_KEY", "KAFKA_API_KEY", "SERVICE_ACCOUNT")
        .secret("kafka.api.key", false)
        .secret("kafka.api.secret", false)
        .optional("kafka.service.account.id")
        .choice("errors.tolerance", false, p.type.equals("sink") ? "all" : "none", "none", "all")
        .rule(requiredWhen("kafka.auth.mode", "SERVICE_ACCOUNT", "kafka.service.account.id"))
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
    if (p.type.equals("sink")) {
      p.optional("topics", "topics.regex")
          .rule(
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

  private static final String[] QUICKSTARTS = {
    "CLICKSTREAM_CODES", "CLICKSTREAM", "CLICKSTREAM_USERS", "ORDERS", "RATINGS", "USERS", "USERS_ARRAY", "PAGEVIEWS",
    "STOCK_TRADES", "INVENTORY", "PRODUCT", "PURCHASES", "TRANSACTIONS", "STORES", "CREDIT_CARDS", "CAMPAIGN_FINANCE",
    "FLEET_MGMT_DESCRIPTION", "FLEET_MGMT_LOCATION", "FLEET_MGMT_SENSORS", "PIZZA_ORDERS", "PIZZA_ORDERS_COMPLETED",
    "PIZZA_ORDERS_CANCELLED", "INSURANCE_OFFERS", "INSURANCE_CUSTOMERS", "INSURANCE_CUSTOMER_ACTIVITY", "GAMING_GAMES",
    "GAMING_PLAYERS", "GAMING_PLAYER_ACTIVITY", "PAYROLL_EMPLOYEE", "PAYROLL_EMPLOYEE_LOCATION", "PAYROLL_BONUS",
    "SYSLOG_LOGS", "DEVICE_INFORMATION", "SIEM_LOGS", "SHOES", "SHOE_CUSTOMERS", "SHOE_ORDERS", "SHOE_CLICKSTREAM"
  };

  private static Plugin datagenSource() {
    return common(new Plugin("DatagenSource", "source"))
        .group("Datagen")
        .required("kafka.topic")
        .choice("output.data.format", true, "JSON", "AVRO", "JSON_SR", "PROTOBUF", "JSON")
        .choice("quickstart", false, null, QUICKSTARTS)
        .optional("schema.string", "schema.keyfield")
        .integer("max.interval", false, "1000", 1, Integer.MAX_VALUE)
        .rule(
            (config, errors) -> {
              boolean quickstart = !get(config, "quickstart", "").isEmpty();
              boolean schema = !get(config, "schema.string", "").isEmpty();
              if (quickstart == schema) {
                addError(errors, "quickstart", "Exactly one of \"quickstart\" or \"schema.string\" must be set.");
              }
            });
  }

  private static Plugin snowflakeSink() {
    return common(new Plugin("SnowflakeSink", "sink"))
        .group("Snowflake")
        .choice("input.data.format", true, null, "JSON", "AVRO", "JSON_SR", "PROTOBUF", "STRING")
        .choice("input.key.format", false, "STRING", "AVRO", "JSON_SR", "PROTOBUF", "JSON", "STRING")
        .required("snowflake.url.name", "snowflake.user.name")
        .secret("snowflake.private.key", true)
        .secret("snowflake.private.key.passphrase", false)
        .required("snowflake.database.name", "snowflake.schema.name")
        .optional("snowflake.role.name", "snowflake.topic2table.map")
        .choice("snowflake.ingestion.method", true, "SNOWPIPE", "SNOWPIPE", "SNOWPIPE_STREAMING")
        .choice("snowflake.enable.schematization", false, "false", "true", "false")
        .integer("buffer.flush.time", false, "120", 1, Long.MAX_VALUE)
        .integer("buffer.count.records", false, "10000", 10000, Long.MAX_VALUE)
        .choice("behavior.on.null.values", false, "IGNORE", "DEFAULT", "IGNORE")
        .secret("snowflake.https.proxyPassword", false)
        .rule(requiredWhen("snowflake.ingestion.method", "SNOWPIPE_STREAMING", "snowflake.role.name"))
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

  private static Plugin snowflakeSource() {
    return common(new Plugin("SnowflakeSource", "source"))
        .group("Snowflake")
        .required("connection.url", "connection.user")
        .choice("connection.credentials.source", false, "PRIVATE_KEY", "PRIVATE_KEY", "PRIVATE_KEY_PASSPHRASE")
        .secret("connection.private.key", false)
        .secret("connection.private.key.passphrase", false)
        .choice("output.data.format", true, "AVRO", "AVRO", "JSON_SR", "PROTOBUF")
        .required("topic.prefix")
        .choice("mode", true, null, "timestamp", "incrementing", "timestamp+incrementing", "bulk")
        .optional("table.include.list", "table.exclude.list", "timestamp.columns.mapping",
            "incrementing.column.mapping")
        .required("db.timezone")
        .rule(
            requiredWhen(
                "connection.credentials.source", "PRIVATE_KEY_PASSPHRASE", "connection.private.key.passphrase"))
        .rule(requiredWhen("mode", "timestamp", "timestamp.columns.mapping"))
        .rule(requiredWhen("mode", "incrementing", "incrementing.column.mapping"))
        .rule(
            requiredWhen(
                "mode", "timestamp+incrementing", "timestamp.columns.mapping", "incrementing.column.mapping"));
  }

  private static Plugin http(Plugin p, String format, String[] formats, String[] methods, boolean source) {
    common(p)
        .group("HTTP")
        .required("http.api.base.url")
        .choice(source ? "output.data.format" : "input.data.format", true, format, formats)
        .choice("auth.type", false, "NONE", "NONE", "BASIC", "OAUTH2", "BEARER", "API_KEY")
        .optional("connection.user")
        .secret("connection.password", false)
        .secret("bearer.token", false)
        .secret("oauth2.client.secret", false)
        .secret("api.key.value", false)
        .secret("https.ssl.keystorefile", false)
        .secret("https.ssl.keystore.password", false)
        .secret("https.ssl.truststorefile", false)
        .secret("https.ssl.truststore.password", false)
        .choice("behavior.on.error", false, "FAIL", "FAIL", "IGNORE")
        .integer("apis.num", true, "1", 1, 15)
        .rule(requiredWhen("auth.type", "BASIC", "connection.user", "connection.password"))
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
                String path = "api" + n + ".http.api.path";
                if (get(config, path, "").isEmpty()) {
                  addError(errors, path, "Missing required configuration \"" + path + "\" which has no default value.");
                }
                String method = config.get("api" + n + ".http.request.method");
                if (method != null && !Arrays.asList(methods).contains(method)) {
                  addError(errors, "api" + n + ".http.request.method",
                      "Invalid value " + method + " for configuration api" + n
                          + ".http.request.method: String must be one of: " + String.join(", ", methods));
                }
                if (source && get(config, "api" + n + ".topics", "").isEmpty()) {
                  String topics = "api" + n + ".topics";
                  addError(errors, topics, "Missing required configuration \"" + topics + "\" which has no default value.");
                }
              }
            });
    return p;
  }

  private static Plugin httpSourceV2() {
    return http(
        new Plugin("HttpSourceV2", "source"),
        "JSON_SR",
        new String[] {"AVRO", "JSON_SR", "PROTOBUF"},
        new String[] {"GET", "POST"},
        true);
  }

  private static Plugin httpSinkV2() {
    return http(
        new Plugin("HttpSinkV2", "sink"),
        "JSON",
        new String[] {"AVRO", "JSON_SR", "PROTOBUF", "JSON", "BYTES"},
        new String[] {"POST", "PUT", "PATCH", "GET", "DELETE"},
        false);
  }

  private static Plugin azureEventHubsSource() {
    return common(new Plugin("AzureEventHubsSource", "source"))
        .group("Azure Event Hubs")
        .required("kafka.topic", "azure.eventhubs.sas.keyname")
        .secret("azure.eventhubs.sas.key", true)
        .required("azure.eventhubs.namespace", "azure.eventhubs.hub.name")
        .choice("azure.eventhubs.domain", false, "servicebus.windows.net", "servicebus.windows.net",
            "servicebus.usgovcloudapi.net", "servicebus.cloudapi.de", "servicebus.chinacloudapi.cn")
        .choice("azure.eventhubs.partition.starting.position", true, "START_OF_STREAM", "END_OF_STREAM",
            "START_OF_STREAM")
        .choice("azure.eventhubs.transport.type", true, "AMQP", "AMQP", "AMQP_WEB_SOCKETS")
        .choice("azure.eventhubs.offset.type", true, "OFFSET", "OFFSET", "SEQ_NUM");
  }

  private static Plugin s3Source() {
    return common(new Plugin("S3Source", "source"))
        .group("Amazon S3")
        .required("topic.regex.list")
        .choice("authentication.method", false, "Access Keys", "IAM Roles", "Access Keys")
        .secret("aws.access.key.id", false)
        .secret("aws.secret.access.key", false)
        .optional("provider.integration.id")
        .choice("input.data.format", true, null, "AVRO", "JSON", "BYTES", "PARQUET", "CSV")
        .choice("output.data.format", false, null, "AVRO", "JSON_SR", "PROTOBUF", "JSON", "STRING", "BYTES")
        .required("s3.bucket.name", "s3.region")
        .optional("topics.dir")
        .secret("s3.sse.customer.key", false)
        .rule(requiredWhen("authentication.method", "Access Keys", "aws.access.key.id", "aws.secret.access.key"))
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
