package dev.connectkit.testing;

/**
 * The API a {@link FakeConnectorApi} speaks: one of the three targets of {@code ConnectorClient}. Each has its own
 * paths, names, status codes, error bodies and secret masking; all share one in-memory store, so {@link
 * FakeConnectorApi#connectors()}, {@link FakeConnectorApi#failConnector} and the {@link Faults} work the same on each.
 *
 * <!-- example: ConnectorConfig config -->
 * <pre>{@code
 * try (FakeConnectorApi fake = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT).start();
 *     ConnectorClient client = ConnectorClient.builder().kafkaConnect(fake.baseUrl()).build()) {
 *   client.create(config);                       // 201; a second create of that name: 409
 *   client.stop(config.name().fullName());       // Kafka Connect only
 * }
 * }</pre>
 */
public enum FakeTarget {
  /**
   * The Self-Service API ({@code ConnectorClient.builder().selfService(fake.baseUrl(), placement)}): paths under
   * {@code /{business_unit}/{stage}}, a bearer token granted per business unit (401, 403), the server composes the
   * name from the bare identifier, errors are {@code {"error": {"code", "message"}}}. A config is read back as the
   * real server does: every {@code PASSWORD}-typed value of the connector's template as {@code ****************},
   * the template's non-empty default of each key not sent added (never a secret's; for the HTTP V2 connectors only
   * the API slots in use), then the server's own keys ({@code cloud.environment}, {@code cloud.provider}, {@code
   * kafka.endpoint}, {@code kafka.region}). {@link FakeConnectorApi#connector} shows the config as sent.
   */
  SELF_SERVICE,
  /**
   * Confluent Cloud's Connect v1 API ({@code ConnectorClient.builder().confluentCloud(env, cluster,
   * fake.baseUrl())}): paths under {@code /connect/v1/environments/{env}/clusters/{cluster}}, each environment and
   * cluster its own scope (seen as business unit and stage in {@link FakeConnector}); a Cloud API key over Basic
   * whose secret is an accepted token (e.g. {@code basicAuth("KEY", Secret.of(FakeConnectorApi.DEFAULT_TOKEN))}) or
   * a bearer token; the full name taken as sent; config read back (secrets masked, defaults and server keys added)
   * and errors shaped as on Self-Service.
   */
  CONFLUENT_CLOUD,
  /**
   * Self-managed Apache Kafka Connect ({@code ConnectorClient.builder().kafkaConnect(fake.baseUrl())}): paths from the
   * root, no authentication, the full name taken as sent, 201 create, 409 duplicate, 202 pause and resume, 204 stop
   * and delete, restart 204 (connector only) or 202 with the restarting status, task restart, offsets changed
   * synchronously on a {@code STOPPED} connector, {@code {"error_code", "message"}} errors, and config read back as
   * stored, secrets included (as a worker without a config provider does). States are Kafka Connect's: a connector
   * still provisioning is {@code UNASSIGNED}, a paused task {@code PAUSED}, a failed task {@code FAILED}. All
   * connectors are in one scope (business unit {@code kafka-connect}, stage {@code cluster}).
   */
  KAFKA_CONNECT
}
