package dev.connectkit.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test configs for the fake, as the client would send them. */
final class Configs {
  private Configs() {}

  static Map<String, String> datagen() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "DatagenSource");
    config.put("kafka.auth.mode", "KAFKA_API_KEY");
    config.put("kafka.api.key", "KEY123");
    config.put("kafka.api.secret", "s3cr3t");
    config.put("kafka.topic", "sales-dev-orders");
    config.put("output.data.format", "JSON");
    config.put("quickstart", "ORDERS");
    config.put("tasks.max", "2");
    return config;
  }

  static Map<String, String> snowflakeSink() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "SnowflakeSink");
    config.put("kafka.auth.mode", "KAFKA_API_KEY");
    config.put("kafka.api.key", "KEY123");
    config.put("kafka.api.secret", "s3cr3t");
    config.put("topics", "orders,payments");
    config.put("input.data.format", "AVRO");
    config.put("snowflake.url.name", "https://acme.snowflakecomputing.com");
    config.put("snowflake.user.name", "KAFKA");
    config.put("snowflake.private.key", "MIIEv-private");
    config.put("snowflake.database.name", "DB");
    config.put("snowflake.schema.name", "CORE");
    config.put("tasks.max", "1");
    return config;
  }

  static Map<String, Object> create(String identifier, Map<String, String> config) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("identifier", identifier);
    body.put("config", config);
    return body;
  }
}
