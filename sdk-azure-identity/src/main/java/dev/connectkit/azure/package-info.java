/**
 * Tokens for {@link dev.connectkit.ConnectorClient} from Azure Identity: {@code DefaultAzureCredential} (managed
 * identity, workload identity, environment variables, Azure CLI, …) or any other {@code TokenCredential}.
 *
 * <!-- example: String baseUrl; Placement placement -->
 * <pre>{@code
 * ConnectorClient client = ConnectorClient.builder()
 *     .selfService(baseUrl, placement)
 *     .bearerToken(AzureTokenProvider.of(new DefaultAzureCredentialBuilder().build()))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.connectkit.azure;

import org.jspecify.annotations.NullMarked;
