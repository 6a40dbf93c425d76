package dev.connectkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * <p>Only the SDK creates connectors (from the server's answers).
 */
public final class Connector {
  private final String name;
  private final ConnectorType type;
  private final Map<String, String> config;
  private final List<Integer> taskIds;

  Connector(String name, ConnectorType type, Map<String, String> config, List<Integer> taskIds) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.config = Map.copyOf(config);
    this.taskIds = List.copyOf(taskIds);
  }

  /** The full name. */
  public String name() {
    return name;
  }

  /** Source or sink. */
  public ConnectorType type() {
    return type;
  }

  /** The config as the server returns it: secrets masked by the managed targets, in clear on Kafka Connect. */
  public Map<String, String> config() {
    return config;
  }

  /** The ids of its tasks (empty while provisioning). */
  public List<Integer> taskIds() {
    return taskIds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Connector)) {
      return false;
    }
    Connector that = (Connector) o;
    return name.equals(that.name) && type == that.type && config.equals(that.config) && taskIds.equals(that.taskIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, config, taskIds);
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
