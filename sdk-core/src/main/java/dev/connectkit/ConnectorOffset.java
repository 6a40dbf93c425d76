package dev.connectkit;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One partition's offset, as Kafka Connect models it: both sides are JSON objects whose keys depend on the connector.
 * For sinks: partition {@code {kafka_topic, kafka_partition}}, offset {@code {kafka_offset}}.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * ConnectorOffset start = ConnectorOffset.sink("sales-dev-orders", 0, 42L);
 * client.alterOffsets(name, List.of(start));
 * }</pre>
 */
public final class ConnectorOffset {
  private final Map<String, Object> partition;
  private final Map<String, Object> offset;

  private ConnectorOffset(Map<String, Object> partition, Map<String, Object> offset) {
    this.partition = Map.copyOf(Objects.requireNonNull(partition, "partition"));
    this.offset = Map.copyOf(Objects.requireNonNull(offset, "offset"));
  }

  /**
   * Any connector's offset, as its plugin defines partition and offset (a source connector's own keys).
   *
   * @param partition the source partition (values are strings, numbers or booleans)
   * @param offset the offset within it
   */
  public static ConnectorOffset of(Map<String, Object> partition, Map<String, Object> offset) {
    return new ConnectorOffset(partition, offset);
  }

  /** A sink connector's offset: topic partition and the next Kafka offset to consume. */
  public static ConnectorOffset sink(String topic, int kafkaPartition, long kafkaOffset) {
    return new ConnectorOffset(
        Map.of("kafka_topic", topic, "kafka_partition", (long) kafkaPartition), Map.of("kafka_offset", kafkaOffset));
  }

  /** The source partition (values are strings, numbers or booleans). */
  public Map<String, Object> partition() {
    return partition;
  }

  /** The offset within it. */
  public Map<String, Object> offset() {
    return offset;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorOffset
        && ((ConnectorOffset) o).partition.equals(partition)
        && ((ConnectorOffset) o).offset.equals(offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partition, offset);
  }

  @Override
  public String toString() {
    return "ConnectorOffset[partition=" + partition + ", offset=" + offset + "]";
  }
}
