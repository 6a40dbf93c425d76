package dev.connectkit.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.CachingTokenProvider;
import dev.connectkit.auth.EntraId;
import dev.connectkit.auth.TokenAcquisitionException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Adapts an Azure Identity {@link TokenCredential} to a {@link TokenProvider}: managed identity and workload identity
 * for services in Azure (AKS, App Service, Functions, VMs), environment variables for pipelines, the Azure CLI on a
 * laptop — all through {@code DefaultAzureCredential}. Tokens are for the Self-Service API's {@code .default} scope
 * unless told otherwise, cached and renewed {@link Builder#refreshBefore(Duration) five minutes} before expiry with
 * one call to the credential in flight.
 *
 * <pre>{@code
 * TokenProvider tokens = AzureTokenProvider.of(new DefaultAzureCredentialBuilder().build());
 * TokenProvider pod = AzureTokenProvider.of(new WorkloadIdentityCredentialBuilder().build());
 * }</pre>
 *
 * <p>A credential that cannot get a token (none of the chain's sources works, a refused client) makes {@link #token()}
 * throw a {@link TokenAcquisitionException} carrying Azure Identity's explanation. Azure Identity keeps its own token
 * cache, so {@link #refresh(AccessToken)} after a 401 may be handed the same token again; the client then reports the
 * 401 rather than retrying further.
 */
public final class AzureTokenProvider implements TokenProvider {
  private final TokenCredential credential;
  private final List<String> scopes;
  private final CachingTokenProvider cache;

  private AzureTokenProvider(Builder b) {
    this.credential = b.credential;
    this.scopes = b.scopes;
    this.cache = CachingTokenProvider.builder(this::fetch).clock(b.clock).refreshBefore(b.refreshBefore).build();
  }

  /** Tokens from {@code credential} for the Self-Service API ({@code api://a04e29d3-…/.default}). */
  public static AzureTokenProvider of(TokenCredential credential) {
    return builder(credential).build();
  }

  /** Tokens from a {@code DefaultAzureCredential} with its defaults, for the Self-Service API. */
  public static AzureTokenProvider defaultAzureCredential() {
    return of(new DefaultAzureCredentialBuilder().build());
  }

  /** A builder for tokens from {@code credential}. */
  public static Builder builder(TokenCredential credential) {
    return new Builder(credential);
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    return cache.refresh(rejected);
  }

  private AccessToken fetch() {
    com.azure.core.credential.AccessToken token;
    try {
      token = credential.getTokenSync(new TokenRequestContext().setScopes(scopes));
    } catch (RuntimeException e) {
      throw new TokenAcquisitionException(
          credentialName() + " could not get a token for " + String.join(" ", scopes) + ": "
              + e.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
    if (token == null || token.getToken() == null || token.getToken().isEmpty()) {
      throw new TokenAcquisitionException(
          credentialName() + " returned no token for " + String.join(" ", scopes));
    }
    Secret value = Secret.of(token.getToken());
    return token.getExpiresAt() == null
        ? AccessToken.of(value)
        : AccessToken.of(value, token.getExpiresAt().toInstant());
  }

  private String credentialName() {
    return credential.getClass().isSynthetic() || credential.getClass().isAnonymousClass()
        ? "the TokenCredential"
        : credential.getClass().getSimpleName();
  }

  /** {@code AzureTokenProvider{DefaultAzureCredential, scopes=[…]}}. */
  @Override
  public String toString() {
    return "AzureTokenProvider{" + credentialName() + ", scopes=" + scopes + "}";
  }

  /**
   * Configures an {@link AzureTokenProvider}.
   *
   * <!-- example: String uamiClientId -->
   * <pre>{@code
   * AzureTokenProvider.builder(new ManagedIdentityCredentialBuilder().clientId(uamiClientId).build())
   *     .resource(EntraId.SELF_SERVICE_RESOURCE)
   *     .refreshBefore(Duration.ofMinutes(10))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final TokenCredential credential;
    private List<String> scopes = List.of(EntraId.defaultScope(EntraId.SELF_SERVICE_RESOURCE));
    private Clock clock = Clock.systemUTC();
    private Duration refreshBefore = Duration.ofMinutes(5);

    private Builder(TokenCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
    }

    /** Tokens for {@code resource}: the scope becomes {@code <resource>/.default}. */
    public Builder resource(String resource) {
      this.scopes = List.of(EntraId.defaultScope(Objects.requireNonNull(resource, "resource")));
      return this;
    }

    /** Tokens for exactly these scopes. */
    public Builder scopes(String... scopes) {
      if (scopes.length == 0) {
        throw new IllegalArgumentException("at least one scope is required");
      }
      this.scopes = List.of(scopes);
      return this;
    }

    /** The clock that decides when a token is due for renewal; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long before its expiry a token is renewed; 5 minutes by default. */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
      return this;
    }

    /** The provider; it asks the credential for nothing until the first {@link AzureTokenProvider#token()}. */
    public AzureTokenProvider build() {
      return new AzureTokenProvider(this);
    }
  }
}
