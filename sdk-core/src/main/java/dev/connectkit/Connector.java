package dev.connectkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A connector as the server describes it: name, type, config and task ids. The managed targets mask secret values in
 * {@link #config()} ({@code ****************}), and the client refuses to send such a value back; self-managed Kafka
 * Connect returns them in clear, so {@link #toString()} shows config keys only.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * Connector connector = client.get("sales-dev-orders-connector");
 * String topic = connector.config().get("kafka.topic");
 * }</pre>
 *
 * @param name the full name
 * @param type source or sink
 * @param config the config as the server returns it, secrets masked
 * @param taskIds the ids of its tasks (empty while provisioning)
 */
public record Connector(String name, ConnectorType type, Map<String, String> config, List<Integer> taskIds) {
  /** Checks that no component is null and copies the collections. */
  public Connector {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    config = Map.copyOf(config);
    taskIds = List.copyOf(taskIds);
  }

  /**
   * Name, type, task ids and config keys, never config values: self-managed Kafka Connect returns secrets in clear.
   */
  @Override
  public String toString() {
    return "Connector{name=" + name + ", type=" + type + ", taskIds=" + taskIds + ", configKeys="
        + new java.util.TreeSet<>(config.keySet()) + "}";
  }
}
