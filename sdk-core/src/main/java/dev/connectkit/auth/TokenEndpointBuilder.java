package dev.connectkit.auth;

import dev.connectkit.auth.internal.Sleeper;
import dev.connectkit.auth.internal.TokenOptions;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * What the builders of the providers that call an OAuth token endpoint ({@link ClientCredentialsTokenProvider},
 * {@link ConfluentStsTokenProvider}) share: the HTTP client, when a cached token is renewed, and how the endpoint is
 * retried (5xx, 408, 429 and transport errors, {@code maxAttempts} in all, waiting {@code retryDelay} and doubling,
 * or the server's {@code Retry-After}). Every setting has a default.
 *
 * <!-- example: String tenant; String appId; okhttp3.OkHttpClient proxied -->
 * <pre>{@code
 * TokenProvider tokens = ClientCredentialsTokenProvider.builder()
 *     .tenantId(tenant)
 *     .clientId(appId)
 *     .clientSecret(Secret.fromEnv("AZURE_CLIENT_SECRET"))
 *     .okHttpClient(proxied)
 *     .maxAttempts(5)
 *     .build();
 * }</pre>
 *
 * @param <B> the provider's builder
 */
public abstract class TokenEndpointBuilder<B extends TokenEndpointBuilder<B>> {
  final TokenOptions options = new TokenOptions(Clock.systemUTC());

  TokenEndpointBuilder() {}

  /** The HTTP client for the token endpoint (proxy, TLS, timeouts); by default one shared by all providers. */
  public B okHttpClient(OkHttpClient okHttpClient) {
    options.okHttpClient(okHttpClient);
    return self();
  }

  /** The clock that decides when a token is due for renewal; the system clock by default. */
  public B clock(Clock clock) {
    options.clock(clock);
    return self();
  }

  /** How long before its expiry a token is renewed; 5 minutes by default (half the lifetime for short tokens). */
  public B refreshBefore(Duration refreshBefore) {
    options.refreshBefore(refreshBefore);
    return self();
  }

  /** How many times one renewal tries the token endpoint on 5xx, 408, 429 and transport errors; 3 by default. */
  public B maxAttempts(int maxAttempts) {
    options.maxAttempts(maxAttempts);
    return self();
  }

  /** The wait before the first retry of the token endpoint, doubled for each further retry; 500 ms by default. */
  public B retryDelay(Duration retryDelay) {
    options.retryDelay(retryDelay);
    return self();
  }

  /** For tests: waits between retries. */
  B sleeper(Sleeper sleeper) {
    options.sleeper(sleeper);
    return self();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
