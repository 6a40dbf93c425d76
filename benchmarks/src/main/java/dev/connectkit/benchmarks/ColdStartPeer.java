package dev.connectkit.benchmarks;

import org.sourcelab.kafka.connect.apiclient.Configuration;
import org.sourcelab.kafka.connect.apiclient.KafkaConnectClient;

/**
 * Cold-start contestant: the peer, {@code org.sourcelab:kafka-connect-client} 4.0.4, on the Kafka Connect paths.
 * Class path: its jar, Apache HttpClient, Jackson, commons-logging/codec, SLF4J API.
 */
public final class ColdStartPeer {
  private ColdStartPeer() {}

  public static void main(String[] args) {
    KafkaConnectClient client = new KafkaConnectClient(new Configuration(args[0]));
    System.out.println(client.getConnectorStatus(ColdStart.CONNECTOR).getConnector().get("state"));
    System.exit(0);
  }
}
