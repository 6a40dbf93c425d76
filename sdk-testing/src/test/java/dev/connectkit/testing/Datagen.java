package dev.connectkit.testing;

import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;

/** A Datagen config as an SDK user would build it. */
final class Datagen {
  private Datagen() {}

  static GenericConnectorConfig config(Placement placement, String id) {
    return GenericConnectorConfig.builder()
        .name(placement.name(id))
        .connectorClass("DatagenSource")
        .type(ConnectorType.SOURCE)
        .property("kafka.auth.mode", "KAFKA_API_KEY")
        .property("kafka.topic", placement.prefix() + "-orders")
        .property("output.data.format", "JSON")
        .property("quickstart", "ORDERS")
        .property("tasks.max", "1")
        .secret("kafka.api.key", Secret.of("KEY123"))
        .secret("kafka.api.secret", Secret.of("s3cr3t"))
        .build();
  }
}
