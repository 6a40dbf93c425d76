package dev.connectkit.auth;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.internal.ClientAssertionAuthentication;
import dev.connectkit.auth.internal.ClientAuthentication;
import dev.connectkit.auth.internal.ClientSecretAuthentication;
import dev.connectkit.auth.internal.EntraClientCredentials;
import dev.connectkit.auth.internal.TokenCache;
import dev.connectkit.auth.internal.TokenOptions;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Tokens for a service principal (an app registration) from Microsoft Entra ID, with the OAuth 2.0 client credentials
 * grant: a client secret, or a certificate whose private key signs a client assertion. For CI pipelines and services
 * outside Azure. The token is cached, renewed {@link Builder#refreshBefore(Duration) five minutes} before it expires
 * with one request in flight however many threads ask, and the token endpoint is retried on 5xx and transport errors
 * and given a rest after failures.
 *
 * <pre>{@code
 * TokenProvider tokens = ClientCredentialsTokenProvider.builder()
 *     .tenantId(System.getenv("AZURE_TENANT_ID"))
 *     .clientId(System.getenv("AZURE_CLIENT_ID"))
 *     .clientSecret(Secret.fromEnv("AZURE_CLIENT_SECRET"))
 *     .build(); // scope api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default
 * }</pre>
 *
 * <p>A refusal ({@code invalid_client}, unknown tenant, missing grant) throws {@link TokenAcquisitionException} naming
 * the tenant and client id; a client secret the endpoint echoes is shown as {@code ****}.
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

  private final String tenantId;
  private final String clientId;
  private final String scope;
  private final HttpUrl tokenUrl;
  private final TokenCache cache;

  private ClientCredentialsTokenProvider(Builder b, HttpUrl authorityHost, ClientAuthentication authentication) {
    this.tenantId = Objects.requireNonNull(b.tenantId);
    this.clientId = Objects.requireNonNull(b.clientId);
    this.scope = b.scope != null ? b.scope : EntraId.defaultScope(b.resource);
    this.tokenUrl = EntraClientCredentials.tokenUrl(authorityHost, tenantId);
    this.cache = b.options.cache(tokenUrl, new EntraClientCredentials(tenantId, clientId, scope, authentication));
  }

  /** A builder; {@link Builder#tenantId}, {@link Builder#clientId} and a secret or certificate are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cached token, renewed first if it is within {@code refreshBefore} of expiry. */
  @Override
  public AccessToken token() {
    return cache.token();
  }

  /** A new token, unless another caller already replaced {@code rejected}. */
  @Override
  public AccessToken refresh(AccessToken rejected) {
    return cache.refresh(rejected);
  }

  /** {@code ClientCredentialsTokenProvider{tenant=…, client=…, scope=…, tokenUrl=…}}: never a secret. */
  @Override
  public String toString() {
    return "ClientCredentialsTokenProvider{tenant=" + tenantId + ", client=" + clientId + ", scope=" + scope
        + ", tokenUrl=" + tokenUrl + "}";
  }

  /**
   * Configures a {@link ClientCredentialsTokenProvider}; the HTTP client, renewal and retry settings are
   * {@link TokenEndpointBuilder}'s.
   *
   * <!-- example: String tenant; String appId; PrivateKey privateKey; X509Certificate certificate -->
   * <pre>{@code
   * ClientCredentialsTokenProvider.builder()
   *     .tenantId(tenant)
   *     .clientId(appId)
   *     .clientCertificate(privateKey, certificate)
   *     .refreshBefore(Duration.ofMinutes(10))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends TokenEndpointBuilder<Builder> {
    private @Nullable String tenantId;
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private @Nullable PrivateKey privateKey;
    private @Nullable X509Certificate certificate;
    private String resource = EntraId.SELF_SERVICE_RESOURCE;
    private @Nullable String scope;
    private String authorityHost = EntraId.PUBLIC_CLOUD_AUTHORITY;

    private Builder() {}

    /** The directory (tenant) id, a GUID, or a verified domain such as {@code contoso.onmicrosoft.com}. */
    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      return this;
    }

    /** The application (client) id of the app registration. */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /** Authenticates with a client secret (its value, not its secret ID). */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Authenticates with a certificate uploaded to the app registration: {@code privateKey} (RSA) signs a client
     * assertion (RS256) that names the certificate by its SHA-1 thumbprint.
     */
    public Builder clientCertificate(PrivateKey privateKey, X509Certificate certificate) {
      this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
      this.certificate = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /**
     * The resource to get a token for; the scope becomes {@code <resource>/.default}. Defaults to {@link
     * EntraId#SELF_SERVICE_RESOURCE}.
     */
    public Builder resource(String resource) {
      this.resource = Objects.requireNonNull(resource, "resource");
      return this;
    }

    /** The exact scope to request, instead of one derived from {@link #resource(String)}. */
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * The Entra authority host; defaults to {@link EntraId#PUBLIC_CLOUD_AUTHORITY}. Set it for a national cloud
     * ({@code https://login.microsoftonline.us/}) or a test server.
     */
    public Builder authorityHost(String authorityHost) {
      this.authorityHost = Objects.requireNonNull(authorityHost, "authorityHost");
      return this;
    }

    /**
     * The provider. It fetches nothing yet: the first {@link ClientCredentialsTokenProvider#token()} does.
     *
     * @throws ConnectorValidationException naming every missing or malformed setting
     */
    public ClientCredentialsTokenProvider build() {
      List<ConfigViolation> violations = new ArrayList<>();
      if (tenantId == null || tenantId.isBlank()) {
        violations.add(ConfigViolation.missing("tenantId", "the directory (tenant) id, a GUID"));
      } else if (!TENANT.matcher(tenantId).matches()) {
        violations.add(ConfigViolation.of("tenantId", "is not a tenant id", tenantId,
            "a GUID or a domain such as contoso.onmicrosoft.com"));
      }
      if (clientId == null || clientId.isBlank()) {
        violations.add(ConfigViolation.missing("clientId", "the application (client) id of the app registration"));
      }
      ClientAuthentication authentication = null;
      if (clientSecret != null && privateKey != null) {
        violations.add(ConfigViolation.of("clientSecret", "is set together with clientCertificate", Secret.MASK,
            "either a client secret or a certificate"));
      } else if (clientSecret != null) {
        if (!clientSecret.isKnown() || clientSecret.reveal().isEmpty()) {
          violations.add(ConfigViolation.of("clientSecret", "is empty or unknown", Secret.MASK,
              "the client secret's value"));
        } else {
          authentication = new ClientSecretAuthentication(clientSecret);
        }
      } else if (privateKey != null && certificate != null && clientId != null) {
        if (!"RSA".equals(privateKey.getAlgorithm())) {
          violations.add(ConfigViolation.of("clientCertificate", "has a non-RSA private key",
              privateKey.getAlgorithm(), "an RSA private key (RS256)"));
        } else {
          authentication = new ClientAssertionAuthentication(clientId, privateKey, certificate);
        }
      } else if (privateKey == null) {
        violations.add(ConfigViolation.missing("clientSecret",
            "a client secret, or a certificate with clientCertificate(privateKey, certificate)"));
      }
      HttpUrl authority = TokenOptions.endpointUrl("authorityHost", authorityHost,
          "for example " + EntraId.PUBLIC_CLOUD_AUTHORITY,
          "the URL without user info, for example " + EntraId.PUBLIC_CLOUD_AUTHORITY, violations);
      options.check(violations);
      if (!violations.isEmpty() || authentication == null || authority == null) {
        throw new ConnectorValidationException("ClientCredentialsTokenProvider", violations);
      }
      return new ClientCredentialsTokenProvider(this, authority, authentication);
    }
  }
}
