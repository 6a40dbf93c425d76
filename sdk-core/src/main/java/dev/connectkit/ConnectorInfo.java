package dev.connectkit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One connector of a {@link ConnectorClient#list()}: name, server id, config and status, all from one request.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * for (ConnectorInfo info : client.list()) {
 *   System.out.printf("%-50s %s%n", info.name(), info.status().state());
 * }
 * }</pre>
 *
 * <p>Only the SDK creates list entries (from the server's answers).
 */
public final class ConnectorInfo {
  private final String name;
  private final @Nullable String id;
  private final ConnectorType type;
  private final Map<String, String> config;
  private final ConnectorStatus status;

  /** A list entry; {@code id} is null if the target has none. */
  ConnectorInfo(
      String name, @Nullable String id, ConnectorType type, Map<String, String> config, ConnectorStatus status) {
    this.name = Objects.requireNonNull(name, "name");
    this.id = id;
    this.type = Objects.requireNonNull(type, "type");
    this.config = Map.copyOf(config);
    this.status = Objects.requireNonNull(status, "status");
  }

  /** The full name. */
  public String name() {
    return name;
  }

  /** The server's id ({@code lcc-…} on Confluent Cloud), if the target has one. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** Source or sink. */
  public ConnectorType type() {
    return type;
  }

  /** The config: secrets masked by the managed targets, in clear on self-managed Kafka Connect. */
  public Map<String, String> config() {
    return config;
  }

  /** The status at the time of the list. */
  public ConnectorStatus status() {
    return status;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ConnectorInfo)) {
      return false;
    }
    ConnectorInfo that = (ConnectorInfo) o;
    return name.equals(that.name)
        && Objects.equals(id, that.id)
        && type == that.type
        && config.equals(that.config)
        && status.equals(that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, id, status);
  }

  @Override
  public String toString() {
    return "ConnectorInfo{name=" + name + ", id=" + id + ", state=" + status.state() + "}";
  }
}
