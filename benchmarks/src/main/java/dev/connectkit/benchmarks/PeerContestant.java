package dev.connectkit.benchmarks;

import java.util.Map;
import org.sourcelab.kafka.connect.apiclient.Configuration;
import org.sourcelab.kafka.connect.apiclient.KafkaConnectClient;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorDefinition;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorsWithExpandedMetadata;
import org.sourcelab.kafka.connect.apiclient.request.dto.NewConnectorDefinition;

/** The peer: {@code org.sourcelab:kafka-connect-client} 4.0.4 (Apache HttpClient 4.5 + Jackson). */
final class PeerContestant implements Contestant {
  private final KafkaConnectClient client;
  private final NewConnectorDefinition definition;

  PeerContestant(String baseUrl) {
    this.client = new KafkaConnectClient(new Configuration(baseUrl));
    Map<String, String> config = Fixtures.wireConfig();
    config.put("name", Fixtures.NAME);
    this.definition = new NewConnectorDefinition(Fixtures.NAME, config);
  }

  @Override
  public ConnectorDefinition create() {
    return client.addConnector(definition);
  }

  @Override
  public ConnectorDefinition get() {
    return client.getConnector(Fixtures.NAME);
  }

  @Override
  public ConnectorStatus status() {
    return client.getConnectorStatus(Fixtures.NAME);
  }

  @Override
  public ConnectorsWithExpandedMetadata list() {
    return client.getConnectorsWithAllExpandedMetadata();
  }

  @Override
  public Boolean pause() {
    return client.pauseConnector(Fixtures.NAME);
  }

  @Override
  public void close() {}
}
