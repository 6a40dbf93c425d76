package dev.connectkit;

/**
 * Which API a {@link ConnectorClient} talks to, as {@link ConnectorEventListener} events report it.
 *
 * <!-- example: void log(String line) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void callStart(CallInfo call) {
 *     if (call.target() == Target.KAFKA_CONNECT) { log("self-managed: " + call.operation()); }
 *   }
 * };
 * }</pre>
 */
public enum Target {
  /** The Self-Service API ({@link ConnectorClient.Builder#selfService}). */
  SELF_SERVICE,
  /** Confluent Cloud's Connect v1 API ({@link ConnectorClient.Builder#confluentCloud(String, String)}). */
  CONFLUENT_CLOUD,
  /** A self-managed Apache Kafka Connect cluster ({@link ConnectorClient.Builder#kafkaConnect}). */
  KAFKA_CONNECT
}
