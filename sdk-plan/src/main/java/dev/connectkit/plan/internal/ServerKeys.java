package dev.connectkit.plan.internal;

import dev.connectkit.connectors.internal.ConnectorFacts;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keys the server owns or fills in with a default: a plan hides them when they are live only. The server-owned list
 * is what Confluent Cloud adds to every connector's config on read; Kafka Connect adds {@code __internal.*} and
 * {@code name}. Defaults come from Confluent's connector templates (sdk-connectors' generated facts).
 */
public final class ServerKeys {
  private static final Set<String> OWNED = Set.of(
      "name",
      "cloud.environment",
      "cloud.provider",
      "connector.crn",
      "kafka.endpoint",
      "kafka.max.partition.validation.disable",
      "kafka.region",
      "kafka.dedicated",
      "schema.registry.url",
      "valid.kafka.api.key",
      "confluent.custom.plugin.type",
      "confluent.resource.connector.tier");

  private ServerKeys() {}

  /** Whether the server owns {@code key} (sets it itself; a user config does not carry it). */
  public static boolean isServerOwned(String key) {
    return OWNED.contains(key) || key.startsWith("config.internal.") || key.startsWith("__internal.");
  }

  /**
   * Whether {@code value} is the default Confluent's template gives {@code key} for the managed connector
   * {@code connectorClass}; false for a class without a template.
   */
  public static boolean isDefault(@Nullable String connectorClass, String key, String value) {
    if (connectorClass == null || !ConnectorFacts.PLUGINS.contains(connectorClass)) {
      return false;
    }
    ConnectorFacts.Property property = ConnectorFacts.of(connectorClass).properties().get(key);
    return property != null && property.defaultValue() != null && value.equals(property.defaultValue());
  }

  /** Whether the template types {@code key} a password for {@code connectorClass}. */
  public static boolean isPassword(@Nullable String connectorClass, String key) {
    if (connectorClass == null || !ConnectorFacts.PLUGINS.contains(connectorClass)) {
      return false;
    }
    ConnectorFacts.Property property = ConnectorFacts.of(connectorClass).properties().get(key);
    return property != null && property.isPassword();
  }
}
