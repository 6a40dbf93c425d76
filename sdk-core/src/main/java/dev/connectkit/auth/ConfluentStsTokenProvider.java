package dev.connectkit.auth;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.internal.ConfluentStsExchange;
import dev.connectkit.auth.internal.TokenCache;
import dev.connectkit.auth.internal.TokenOptions;
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
    this.cache = b.options.cache(stsUrl, new ConfluentStsExchange(subjectTokens, identityPoolId, b.expiresIn));
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
   * Configures a {@link ConfluentStsTokenProvider}; the HTTP client, renewal and retry settings are {@link TokenEndpointBuilder}'s.
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
  public static final class Builder extends TokenEndpointBuilder<Builder> {
    private @Nullable TokenProvider subjectTokens;
    private @Nullable String identityPoolId;
    private @Nullable Duration expiresIn;
    private String stsUrl = DEFAULT_STS_URL;

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
      HttpUrl url = TokenOptions.endpointUrl("stsUrl", stsUrl, DEFAULT_STS_URL, DEFAULT_STS_URL, violations);
      Duration lifetime = expiresIn;
      if (lifetime != null && (lifetime.toSeconds() < 1)) {
        violations.add(ConfigViolation.of("expiresIn", "must be at least one second", lifetime.toString(),
            "for example PT15M"));
      }
      options.check(violations);
      TokenProvider subject = subjectTokens;
      String pool = identityPoolId;
      if (!violations.isEmpty() || subject == null || pool == null || url == null) {
        throw new ConnectorValidationException("ConfluentStsTokenProvider", violations);
      }
      return new ConfluentStsTokenProvider(this, subject, pool, url);
    }
  }
}
