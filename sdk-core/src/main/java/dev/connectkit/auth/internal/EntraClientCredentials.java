package dev.connectkit.auth.internal;

import java.time.Instant;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth 2.0 client credentials grant at an Entra ID (v2.0) token endpoint, {@code
 * <authority>/<tenant>/oauth2/v2.0/token}: {@code grant_type}, {@code client_id}, {@code scope} and the client's
 * {@link ClientAuthentication}.
 */
public final class EntraClientCredentials implements TokenEndpoint.Grant {
  private final String tenantId;
  private final String clientId;
  private final String scope;
  private final ClientAuthentication authentication;

  public EntraClientCredentials(
      String tenantId, String clientId, String scope, ClientAuthentication authentication) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
  }

  /** {@code <authorityHost>/<tenantId>/oauth2/v2.0/token}. */
  public static HttpUrl tokenUrl(HttpUrl authorityHost, String tenantId) {
    return authorityHost.newBuilder().addPathSegment(tenantId).addPathSegments("oauth2/v2.0/token").build();
  }

  @Override
  public void addFields(FormBody.Builder form, HttpUrl url, Instant now) {
    form.add("grant_type", "client_credentials").add("client_id", clientId).add("scope", scope);
    authentication.addTo(form, url, now);
  }

  @Override
  public String who() {
    return "client id " + clientId + " in tenant " + tenantId;
  }

  @Override
  public String refusal() {
    return "Entra ID refused a token to " + who() + " (" + authentication.describe() + ", scope " + scope + ")";
  }

  @Override
  public String scrub(String text) {
    return authentication.scrub(text);
  }

  @Override
  public @Nullable String hint(@Nullable String error) {
    if (error == null) {
      return null;
    }
    switch (error) {
      case "invalid_client":
        return "Check the client id and its " + authentication.describe()
            + " (for a secret: its value, not its ID; it may have expired)";
      case "unauthorized_client":
        return "Check that the app registration exists in tenant " + tenantId;
      case "invalid_scope":
      case "invalid_resource":
        return "Check the resource (" + scope + ") and that the app has been granted access to it";
      case "invalid_request":
        return "Check the tenant id";
      default:
        return null;
    }
  }
}
