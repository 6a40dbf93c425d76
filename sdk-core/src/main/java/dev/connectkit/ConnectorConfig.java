package dev.connectkit;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a connector should be: its name, plugin class, type and properties, with secret properties kept apart as
 * {@link Secret}s. The typed builders of {@code sdk-connectors} ({@code SnowflakeSink}, {@code DatagenSource}, …)
 * implement it; {@link GenericConnectorConfig} covers any other plugin.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * ConnectorConfig config = GenericConnectorConfig.builder()
 *     .name(Placement.dedicated("sales", Stage.DEV).name("orders-datagen"))
 *     .connectorClass("DatagenSource")
 *     .type(ConnectorType.SOURCE)
 *     .property("kafka.topic", "sales-dev-orders")
 *     .property("quickstart", "ORDERS")
 *     .secret("kafka.api.secret", Secret.fromEnv("KAFKA_API_SECRET"))
 *     .build();
 * client.create(config);
 * }</pre>
 */
public interface ConnectorConfig {
  /** The connector's name (placement + identifier, or a raw name). */
  ConnectorName name();

  /** The plugin, the value of {@code connector.class} (for example {@code SnowflakeSink}). */
  String connectorClass();

  /** Source or sink. */
  ConnectorType type();

  /**
   * Every non-secret property, including {@code connector.class} and excluding {@code name} (the client adds the name
   * as each target needs it). Iteration order is the order the properties are sent in.
   */
  Map<String, String> properties();

  /** Every secret property (API secrets, passwords, private keys). Never printed; sent only in request bodies. */
  Map<String, Secret> secrets();

  /**
   * Every property with secrets shown as {@code ****}, sorted by key: safe to print, log or diff.
   *
   * @return a new, sorted map
   */
  default Map<String, String> redacted() {
    Map<String, String> out = new TreeMap<>(properties());
    secrets().forEach((key, secret) -> out.put(key, Secret.MASK));
    return out;
  }
}
