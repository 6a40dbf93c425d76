/**
 * ConnectKit: create, observe and manage Kafka Connect connectors through the Confluent Self-Service API.
 *
 * <p>Start with {@link dev.connectkit.ConnectorClient}:
 *
 * <pre>{@code
 * try (ConnectorClient client = ConnectorClient.builder()
 *     .selfService("https://ss-confluent-api.example.com", Placement.dedicated("sales", Stage.DEV))
 *     .bearerToken(tokenProvider)
 *     .build()) {
 *   Connector created = client.create(config);
 *   ConnectorStatus status = client.status(created.name());
 * }
 * }</pre>
 */
@NullMarked
package dev.connectkit;

import org.jspecify.annotations.NullMarked;
