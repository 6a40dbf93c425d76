package dev.connectkit.auth;

import dev.connectkit.AccessToken;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.internal.TokenCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Caches the tokens of any source that returns an {@link AccessToken} with its expiry: a vault, a sidecar, a company
 * library. Works like the built-in providers: renewal {@link Builder#refreshBefore(Duration) five minutes} ahead of
 * expiry with one call to the source in flight, a rest for the source after it fails (1 s doubling to 30 s, during
 * which a still valid token is served), and a forced renewal when the server rejects a token.
 *
 * <!-- example: String vaultToken(String role); Instant expiryOf(String jwt) -->
 * <pre>{@code
 * TokenProvider tokens = CachingTokenProvider.builder(() -> {
 *   String jwt = vaultToken("self-service");   // your token source
 *   return AccessToken.of(Secret.of(jwt), expiryOf(jwt));
 * }).build();
 * }</pre>
 *
 * <p>The source should throw a {@link dev.connectkit.ConnectorException} (for example {@link
 * TokenAcquisitionException}) when it cannot supply a token.
 */
public final class CachingTokenProvider implements TokenProvider {
  private final TokenCache cache;

  private CachingTokenProvider(TokenCache cache) {
    this.cache = cache;
  }

  /** A builder around {@code source}, which is called only to get a new token. */
  public static Builder builder(Supplier<AccessToken> source) {
    return new Builder(source);
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    return cache.refresh(rejected);
  }

  /**
   * Configures a {@link CachingTokenProvider}.
   *
   * <!-- example: Supplier<AccessToken> source -->
   * <pre>{@code
   * CachingTokenProvider.builder(source).refreshBefore(Duration.ofMinutes(2)).build();
   * }</pre>
   */
  public static final class Builder {
    private final Supplier<AccessToken> source;
    private Clock clock = Clock.systemUTC();
    private Duration refreshBefore = Duration.ofMinutes(5);

    private Builder(Supplier<AccessToken> source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** The clock that decides when a token is due for renewal; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long before its expiry a token is renewed; 5 minutes by default. Tokens that live less than twice as long
     * are renewed at half their lifetime.
     */
    public Builder refreshBefore(Duration refreshBefore) {
      if (refreshBefore.isNegative()) {
        throw new IllegalArgumentException("refreshBefore must not be negative: " + refreshBefore);
      }
      this.refreshBefore = refreshBefore;
      return this;
    }

    /** The provider; it calls the source on the first {@link CachingTokenProvider#token()}. */
    public CachingTokenProvider build() {
      return new CachingTokenProvider(new TokenCache(source, clock, refreshBefore));
    }
  }
}
