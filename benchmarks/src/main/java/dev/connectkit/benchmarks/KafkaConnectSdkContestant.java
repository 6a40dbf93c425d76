package dev.connectkit.benchmarks;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Transition;
import java.util.List;

/** The SDK on the self-managed Kafka Connect target, no authentication (as the peer). */
final class KafkaConnectSdkContestant implements Contestant {
  private final ConnectorClient client;
  private final ConnectorConfig config;

  KafkaConnectSdkContestant(String baseUrl) {
    this.client = ConnectorClient.builder().kafkaConnect(baseUrl).build();
    GenericConnectorConfig.Builder b =
        GenericConnectorConfig.builder()
            .name(ConnectorName.raw(Fixtures.NAME))
            .connectorClass(Fixtures.CONNECTOR_CLASS)
            .type(ConnectorType.SINK);
    Fixtures.createProperties().forEach(b::property);
    this.config = b.build();
  }

  @Override
  public Connector create() {
    return client.create(config).connector().orElseThrow();
  }

  @Override
  public Connector get() {
    return client.get(Fixtures.NAME);
  }

  @Override
  public ConnectorStatus status() {
    return client.status(Fixtures.NAME);
  }

  @Override
  public List<ConnectorInfo> list() {
    return client.list();
  }

  @Override
  public Transition pause() {
    return client.pause(Fixtures.NAME);
  }

  @Override
  public void close() {
    client.close();
  }
}
