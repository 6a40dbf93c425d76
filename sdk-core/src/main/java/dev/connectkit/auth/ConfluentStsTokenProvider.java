package dev.connectkit.auth;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.internal.ConfluentStsExchange;
import dev.connectkit.auth.internal.DefaultHttp;
import dev.connectkit.auth.internal.Sleeper;
import dev.connectkit.auth.internal.TokenCache;
import dev.connectkit.auth.internal.TokenEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Confluent Cloud access tokens from Confluent's Security Token Service (STS): the JWT of an external identity
 * provider (for example an Entra ID token from another {@link TokenProvider}) is exchanged for a Confluent token of an
 * identity pool. For Confluent Cloud targets whose APIs accept {@code confluent-sts-access-token}. The Confluent token
 * is cached and exchanged again ahead of expiry, like every provider here.
 *
 * <!-- example: String tenantId; String clientId -->
 * <pre>{@code
 * TokenProvider entra = ClientCredentialsTokenProvider.builder()
 *     .tenantId(tenantId).clientId(clientId).clientSecret(Secret.fromEnv("AZURE_CLIENT_SECRET"))
 *     .resource("api://confluent-cloud-app")   // the audience the identity pool expects
 *     .build();
 * TokenProvider confluent = ConfluentStsTokenProvider.builder()
 *     .subjectTokens(entra)
 *     .identityPoolId("pool-AbCd")
 *     .build();
 * }</pre>
 */
public final class ConfluentStsTokenProvider implements TokenProvider {
  /** Confluent Cloud's token exchange endpoint. */
  public static final String DEFAULT_STS_URL = "https://api.confluent.cloud/sts/v1/oauth2/token";

  private final String identityPoolId;
  private final HttpUrl stsUrl;
  private final TokenCache cache;

  private ConfluentStsTokenProvider(Builder b, TokenProvider subjectTokens, String identityPoolId, HttpUrl stsUrl) {
    this.identityPoolId = identityPoolId;
    this.stsUrl = stsUrl;
    OkHttpClient http = b.okHttpClient != null ? b.okHttpClient : DefaultHttp.client();
    TokenEndpoint endpoint =
        new TokenEndpoint(
            http,
            stsUrl,
            new ConfluentStsExchange(subjectTokens, identityPoolId, b.expiresIn),
            b.clock,
            b.sleeper,
            b.maxAttempts,
            b.retryDelay);
    this.cache = new TokenCache(endpoint, b.clock, b.refreshBefore);
  }

  /** A builder; {@link Builder#subjectTokens} and {@link Builder#identityPoolId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    return cache.refresh(rejected);
  }

  /** {@code ConfluentStsTokenProvider{pool=…, sts=…}}. */
  @Override
  public String toString() {
    return "ConfluentStsTokenProvider{pool=" + identityPoolId + ", sts=" + stsUrl + "}";
  }

  /**
   * Configures a {@link ConfluentStsTokenProvider}.
   *
   * <!-- example: TokenProvider externalTokens -->
   * <pre>{@code
   * ConfluentStsTokenProvider.builder()
   *     .subjectTokens(externalTokens)
   *     .identityPoolId("pool-AbCd")
   *     .expiresIn(Duration.ofMinutes(30))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable TokenProvider subjectTokens;
    private @Nullable String identityPoolId;
    private @Nullable Duration expiresIn;
    private String stsUrl = DEFAULT_STS_URL;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Duration refreshBefore = Duration.ofMinutes(5);
    private int maxAttempts = 3;
    private Duration retryDelay = Duration.ofMillis(500);
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /** Where the external JWTs (the subject tokens) come from, for example a {@link ClientCredentialsTokenProvider}. */
    public Builder subjectTokens(TokenProvider subjectTokens) {
      this.subjectTokens = Objects.requireNonNull(subjectTokens, "subjectTokens");
      return this;
    }

    /** The identity pool whose policies the Confluent token carries ({@code pool-…}). */
    public Builder identityPoolId(String identityPoolId) {
      this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
      return this;
    }

    /** How long the Confluent token should live; the service's default (15 minutes) when unset. */
    public Builder expiresIn(Duration expiresIn) {
      this.expiresIn = Objects.requireNonNull(expiresIn, "expiresIn");
      return this;
    }

    /** The token exchange endpoint; {@link #DEFAULT_STS_URL} by default. */
    public Builder stsUrl(String stsUrl) {
      this.stsUrl = Objects.requireNonNull(stsUrl, "stsUrl");
      return this;
    }

    /** The HTTP client for the STS endpoint; by default one shared by all providers. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** The clock that decides when a token is due for renewal; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long before its expiry a token is renewed; 5 minutes by default (half the lifetime for short tokens). */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
      return this;
    }

    /** How many times one exchange tries the endpoint on 5xx, 429 and transport errors; 3 by default. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The wait before the first retry, doubled for each further retry; 500 ms by default. */
    public Builder retryDelay(Duration retryDelay) {
      this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
      return this;
    }

    /** For tests: waits between retries. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * The provider. It exchanges nothing yet: the first {@link ConfluentStsTokenProvider#token()} does.
     *
     * @throws ConnectorValidationException naming every missing or malformed setting
     */
    public ConfluentStsTokenProvider build() {
      List<ConfigViolation> violations = new ArrayList<>();
      if (subjectTokens == null) {
        violations.add(ConfigViolation.missing("subjectTokens", "a TokenProvider of the external identity provider"));
      }
      if (identityPoolId == null || identityPoolId.isBlank()) {
        violations.add(ConfigViolation.missing("identityPoolId", "the identity pool id, pool-…"));
      }
      HttpUrl url = HttpUrl.parse(stsUrl);
      if (url == null) {
        violations.add(ConfigViolation.of("stsUrl", "is not an http(s) URL", stsUrl, DEFAULT_STS_URL));
      } else if (!url.username().isEmpty() || !url.password().isEmpty()) {
        violations.add(ConfigViolation.of("stsUrl", "carries credentials (user:password@)", Secret.MASK,
            DEFAULT_STS_URL));
      }
      Duration lifetime = expiresIn;
      if (lifetime != null && (lifetime.toSeconds() < 1)) {
        violations.add(ConfigViolation.of("expiresIn", "must be at least one second", lifetime.toString(),
            "for example PT15M"));
      }
      if (refreshBefore.isNegative()) {
        violations.add(ConfigViolation.of("refreshBefore", "is negative", refreshBefore.toString(),
            "a duration of zero or more"));
      }
      if (maxAttempts < 1 || maxAttempts > 10) {
        violations.add(ConfigViolation.of("maxAttempts", "must be between 1 and 10", String.valueOf(maxAttempts),
            "an integer 1..10"));
      }
      if (retryDelay.isNegative()) {
        violations.add(ConfigViolation.of("retryDelay", "is negative", retryDelay.toString(),
            "a duration of zero or more"));
      }
      TokenProvider subject = subjectTokens;
      String pool = identityPoolId;
      if (!violations.isEmpty() || subject == null || pool == null || url == null) {
        throw new ConnectorValidationException("ConfluentStsTokenProvider", violations);
      }
      return new ConfluentStsTokenProvider(this, subject, pool, url);
    }
  }
}
