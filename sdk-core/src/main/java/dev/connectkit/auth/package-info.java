/**
 * Token providers for the Self-Service API, which accepts Microsoft Entra ID access tokens: a service principal's
 * client credentials ({@link dev.connectkit.auth.ClientCredentialsTokenProvider}), the Azure CLI login
 * ({@link dev.connectkit.auth.AzureCliTokenProvider}), Confluent STS token exchange for Confluent Cloud
 * ({@link dev.connectkit.auth.ConfluentStsTokenProvider}) and a cache for any other token source
 * ({@link dev.connectkit.auth.CachingTokenProvider}). Each caches its token, renews it ahead of expiry with one renewal
 * in flight, and backs off after errors. Managed and workload identity come through {@code DefaultAzureCredential} in
 * the optional {@code sdk-azure-identity} module.
 *
 * <pre>{@code
 * TokenProvider tokens = ClientCredentialsTokenProvider.builder()
 *     .tenantId("11111111-2222-3333-4444-555555555555")
 *     .clientId("66666666-7777-8888-9999-000000000000")
 *     .clientSecret(Secret.fromEnv("CONNECTKIT_CLIENT_SECRET"))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.connectkit.auth;

import org.jspecify.annotations.NullMarked;
