package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorClient;

/** Cold-start contestant: the SDK on the Kafka Connect target (compare with {@link ColdStartPeer}). */
public final class ColdStartSdkKafkaConnect {
  private ColdStartSdkKafkaConnect() {}

  public static void main(String[] args) {
    ConnectorClient client = ConnectorClient.builder().kafkaConnect(args[0]).build();
    System.out.println(client.status(ColdStart.CONNECTOR).state().value());
    System.exit(0);
  }
}
