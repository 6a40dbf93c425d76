package dev.connectkit.micrometer;

import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;

/** The fake these tests run against: Kafka Connect, instant transitions, a file sink plugin. */
final class Fakes {
  static final String PLUGIN = "org.apache.kafka.connect.file.FileStreamSinkConnector";

  private Fakes() {}

  static FakeConnectorApi kafkaConnect() {
    return FakeConnectorApi.builder()
        .target(FakeTarget.KAFKA_CONNECT)
        .instantTransitions()
        .plugin(PLUGIN, ConnectorType.SINK)
        .start();
  }

  /** A file sink with two tasks. */
  static GenericConnectorConfig fileSink(String name) {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw(name))
        .connectorClass(PLUGIN)
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .property("file", "/tmp/" + name + ".txt")
        .property("tasks.max", "2")
        .build();
  }
}
