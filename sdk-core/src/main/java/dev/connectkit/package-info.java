/**
 * ConnectKit: create, observe and manage Kafka Connect connectors through the Confluent Self-Service API.
 *
 * <p>Start with {@link dev.connectkit.ConnectorClient}:
 *
 * <!-- example: TokenProvider tokenProvider; ConnectorConfig config -->
 * <pre>{@code
 * try (ConnectorClient client = ConnectorClient.builder()
 *     .selfService("https://ss-confluent-api.example.com", Placement.dedicated("sales", Stage.DEV))
 *     .bearerToken(tokenProvider)
 *     .build()) {
 *   Transition creating = client.create(config);
 *   WaitResult running = creating.await(Duration.ofMinutes(30));
 *   ConnectorStatus status = client.status(creating.name());
 * }
 * }</pre>
 */
@NullMarked
package dev.connectkit;

import org.jspecify.annotations.NullMarked;
