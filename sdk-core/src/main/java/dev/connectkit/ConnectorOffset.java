package dev.connectkit;

import java.util.Map;
import java.util.Objects;

/**
 * One partition's offset, as Kafka Connect models it: both sides are JSON objects whose keys depend on the connector.
 * For sinks: partition {@code {kafka_topic, kafka_partition}}, offset {@code {kafka_offset}}.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * ConnectorOffset start = ConnectorOffset.sink("sales-dev-orders", 0, 42L);
 * client.alterOffsets(name, List.of(start));
 * }</pre>
 *
 * @param partition the source partition (values are strings, numbers or booleans)
 * @param offset the offset within it
 */
public record ConnectorOffset(Map<String, Object> partition, Map<String, Object> offset) {
  /** Checks that no component is null and copies the maps. */
  public ConnectorOffset {
    partition = Map.copyOf(Objects.requireNonNull(partition, "partition"));
    offset = Map.copyOf(Objects.requireNonNull(offset, "offset"));
  }

  /** A sink connector's offset: topic partition and the next Kafka offset to consume. */
  public static ConnectorOffset sink(String topic, int kafkaPartition, long kafkaOffset) {
    return new ConnectorOffset(
        Map.of("kafka_topic", topic, "kafka_partition", (long) kafkaPartition), Map.of("kafka_offset", kafkaOffset));
  }
}
