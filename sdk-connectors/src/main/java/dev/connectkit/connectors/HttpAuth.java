package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the HTTP V2 connectors authenticate to the API ({@code auth.type} and its properties), one setting for all of a
 * connector's APIs. Secrets (password, token, client secret, API key) stay {@link Secret}s.
 *
 * <pre>{@code
 * HttpAuth none = HttpAuth.none();
 * HttpAuth basic = HttpAuth.basic("svc-kafka", Secret.fromEnv("API_PASSWORD"));
 * HttpAuth bearer = HttpAuth.bearer(Secret.fromEnv("API_TOKEN"));
 * HttpAuth key = HttpAuth.apiKey(Secret.fromEnv("API_KEY"), HttpAuth.ApiKeyLocation.HEADER, "X-API-KEY");
 * HttpAuth oauth = HttpAuth.oauth2("https://login.example.com/token", "client-1", Secret.fromEnv("CLIENT_SECRET"))
 *     .withScope("read")
 *     .withClientAuthMode(HttpAuth.ClientAuthMode.REQUEST_BODY);
 * }</pre>
 */
public final class HttpAuth {
  /** {@code auth.type}. */
  public enum Type {
    /** No authentication. */
    NONE,
    /** HTTP Basic. */
    BASIC,
    /** OAuth 2.0 client credentials. */
    OAUTH2,
    /** A bearer token. */
    BEARER,
    /** An API key in a header or query parameter. */
    API_KEY
  }

  /** {@code api.key.location}. */
  public enum ApiKeyLocation {
    /** In a request header. */
    HEADER,
    /** In a query parameter. */
    QUERY
  }

  /**
   * {@code oauth2.client.auth.mode}: how the client id and secret reach the token endpoint. The builder writes this
   * key, the one Confluent's template defines and validates; some real HTTP Source V2 configs carry
   * {@code oauth2.client.mode} instead, which is read and sent back as it was.
   */
  public enum ClientAuthMode {
    /** HTTP Basic header (default). */
    HEADER,
    /** Query parameters. */
    URL,
    /** In the request body. */
    REQUEST_BODY;

    /** Lowercase, as sent. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Every property an {@link HttpAuth} may hold. */
  static final Set<String> KEYS =
      Set.of(
          "auth.type", "connection.user", "connection.password", "bearer.token", "oauth2.flow.type",
          "oauth2.auth.endpoint", "oauth2.token.url", "oauth2.client.id", "oauth2.client.secret",
          "oauth2.token.property", "oauth2.client.scope", "oauth2.client.auth.mode", "oauth2.client.mode",
          "oauth2.client.headers",
          "oauth2.client.header.separator", "oauth2.query.params", "oauth2.refresh.token", "api.key.location",
          "api.key.name", "api.key.value");

  /** The secret ones (password-typed in Confluent's templates). */
  static final Set<String> SECRET_KEYS =
      Set.of(
          "connection.password", "bearer.token", "oauth2.client.secret", "oauth2.client.headers",
          "oauth2.refresh.token", "api.key.value");

  private final Type type;
  private final Map<String, String> properties;
  private final Map<String, Secret> secrets;

  private HttpAuth(Type type, Map<String, String> properties, Map<String, Secret> secrets) {
    this.type = type;
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }

  /** No authentication. */
  public static HttpAuth none() {
    return new HttpAuth(Type.NONE, Map.of(), Map.of());
  }

  /** HTTP Basic with {@code connection.user} and {@code connection.password}. */
  public static HttpAuth basic(String user, Secret password) {
    return new HttpAuth(
        Type.BASIC,
        Map.of("connection.user", Objects.requireNonNull(user, "user")),
        Map.of("connection.password", Objects.requireNonNull(password, "password")));
  }

  /** A bearer token ({@code bearer.token}). */
  public static HttpAuth bearer(Secret token) {
    return new HttpAuth(Type.BEARER, Map.of(), Map.of("bearer.token", Objects.requireNonNull(token, "token")));
  }

  /** An API key sent in {@code location} under {@code name}. */
  public static HttpAuth apiKey(Secret value, ApiKeyLocation location, String name) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("api.key.location", location.name());
    props.put("api.key.name", Objects.requireNonNull(name, "name"));
    return new HttpAuth(Type.API_KEY, props, Map.of("api.key.value", Objects.requireNonNull(value, "value")));
  }

  /** OAuth 2.0 client-credentials flow against {@code tokenUrl}. */
  public static HttpAuth oauth2(String tokenUrl, String clientId, Secret clientSecret) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("oauth2.token.url", Objects.requireNonNull(tokenUrl, "tokenUrl"));
    props.put("oauth2.client.id", Objects.requireNonNull(clientId, "clientId"));
    return new HttpAuth(
        Type.OAUTH2, props, Map.of("oauth2.client.secret", Objects.requireNonNull(clientSecret, "clientSecret")));
  }

  /** Any combination of auth properties, as read back from the server. */
  static HttpAuth of(Type type, Map<String, String> properties, Map<String, Secret> secrets) {
    return new HttpAuth(type, properties, secrets);
  }

  /** This OAuth 2.0 setting with {@code oauth2.client.scope}. */
  public HttpAuth withScope(String scope) {
    return withProperty("oauth2.client.scope", scope);
  }

  /** This OAuth 2.0 setting with {@code oauth2.client.auth.mode}. */
  public HttpAuth withClientAuthMode(ClientAuthMode mode) {
    return withProperty("oauth2.client.auth.mode", mode.toString());
  }

  /** This OAuth 2.0 setting reading the token from response property {@code property}. */
  public HttpAuth withTokenProperty(String property) {
    return withProperty("oauth2.token.property", property);
  }

  private HttpAuth withProperty(String key, String value) {
    Map<String, String> props = new LinkedHashMap<>(properties);
    props.put(key, Objects.requireNonNull(value, "value"));
    return new HttpAuth(type, props, secrets);
  }

  /** {@code auth.type}. */
  public Type type() {
    return type;
  }

  /** The non-secret auth properties except {@code auth.type}. */
  public Map<String, String> properties() {
    return properties;
  }

  /** The secret auth properties. */
  public Map<String, Secret> secrets() {
    return secrets;
  }

  /** A property, secret or not, if set. */
  Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(key));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HttpAuth that
        && type == that.type
        && properties.equals(that.properties)
        && secrets.equals(that.secrets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, properties);
  }

  /** Type and non-secret properties; secrets as {@code ****}. */
  @Override
  public String toString() {
    return "HttpAuth{" + type + " " + properties + (secrets.isEmpty() ? "" : " secrets " + secrets.keySet()) + "}";
  }
}
