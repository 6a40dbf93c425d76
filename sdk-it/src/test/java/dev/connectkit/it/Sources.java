package dev.connectkit.it;

import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;

/** Configs of Kafka's own test connectors, as the suite's tests build them. */
final class Sources {
  static final String VERIFIABLE_SOURCE = "org.apache.kafka.connect.tools.VerifiableSourceConnector";

  private Sources() {}

  /**
   * A VerifiableSourceConnector writing {@code throughput} records a second to {@code <name>-topic}; without a
   * throughput (empty) its task fails as it starts.
   */
  static GenericConnectorConfig verifiable(String name, String throughput) {
    GenericConnectorConfig.Builder b = GenericConnectorConfig.builder()
        .name(ConnectorName.raw(name))
        .connectorClass(VERIFIABLE_SOURCE)
        .type(ConnectorType.SOURCE)
        .property("tasks.max", "1")
        .property("topic", name + "-topic")
        .property("id", "7")
        // A source writing to a missing topic can block Connect for good: let Connect create it.
        .property("topic.creation.default.replication.factor", "1")
        .property("topic.creation.default.partitions", "1");
    return throughput.isEmpty() ? b.build() : b.property("throughput", throughput).build();
  }
}
