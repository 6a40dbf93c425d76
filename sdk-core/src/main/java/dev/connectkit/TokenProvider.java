package dev.connectkit;

/**
 * Supplies bearer tokens to a {@link ConnectorClient}. The client calls {@link #token()} before each request and, when
 * the server answers 401, calls {@link #refresh(AccessToken)} exactly once and retries the request once.
 *
 * <p>Implementations must be thread-safe and should cache: {@link #token()} is called for every request.
 *
 * <!-- example: String baseUrl; Placement placement; AccessToken cachedToken(); AccessToken newToken() -->
 * <pre>{@code
 * TokenProvider fixed = TokenProvider.of(Secret.fromEnv("SS_TOKEN"));
 * TokenProvider custom = new TokenProvider() {
 *   public AccessToken token() { return cachedToken(); }
 *   public AccessToken refresh(AccessToken rejected) { return newToken(); }
 * };
 * ConnectorClient client = ConnectorClient.builder()
 *     .selfService(baseUrl, placement)
 *     .bearerToken(custom)
 *     .build();
 * }</pre>
 */
public interface TokenProvider {
  /**
   * A token valid for at least the next request; cached tokens should be renewed ahead of expiry.
   *
   * @throws ConnectorException (typically {@link UnauthenticatedException}) if no token can be had
   */
  AccessToken token();

  /**
   * A new token after the server rejected {@code rejected} with 401. The default returns {@link #token()}, which suits
   * providers without a cache.
   *
   * @throws ConnectorException if no token can be had
   */
  default AccessToken refresh(AccessToken rejected) {
    return token();
  }

  /** A provider that always returns {@code token} (for a token obtained elsewhere, e.g. by a pipeline step). */
  static TokenProvider of(Secret token) {
    AccessToken fixed = AccessToken.of(token);
    return () -> fixed;
  }
}
