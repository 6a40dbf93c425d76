package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConnectorFacts;
import dev.connectkit.connectors.internal.Emitted;
import dev.connectkit.connectors.internal.Field;
import dev.connectkit.connectors.internal.Part;
import dev.connectkit.connectors.internal.Violations;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The parts both HTTP V2 connectors share, at connector level and per API; written once. */
final class HttpParts {
  private HttpParts() {}

  static final String STATUS_CODES =
      "[1-5][0-9]{2}(-([1-5][0-9]{2})?)?(,[1-5][0-9]{2}(-([1-5][0-9]{2})?)?)*";

  /** Password-typed connector-level properties of both HTTP templates that the builders do not model. */
  static final String[] UNMODELLED_SECRETS = {
    "https.ssl.keystorefile", "https.ssl.keystore.password", "https.ssl.key.password", "https.ssl.truststorefile",
    "https.ssl.truststore.password", "http.proxy.password", "gcp.credentials.json", "oauth2.jwt.keystore.path",
    "oauth2.jwt.keystore.password"
  };

  static <C extends ManagedConnector & HttpConnector, B extends ManagedConnector.Builder<B> & HttpConnector.Builder<B>>
      List<Part<C, B>> connector() {
    return List.of(
        Field.required("http.api.base.url", Codec.url(), HttpConnector::baseUrl, B::baseUrl,
            "the base URL shared by all APIs, e.g. https://api.example.com/v1"),
        new AuthPart<C, B>(),
        Field.optional("behavior.on.error", Codec.enumeration(BehaviorOnError.class), HttpConnector::behaviorOnError,
            B::behaviorOnError),
        Field.optional("report.errors.as", Codec.enumeration(ReportErrorsAs.class), HttpConnector::reportErrorsAs,
            B::reportErrorsAs),
        Field.optional("reporter.error.topic.name", Codec.topic(true), HttpConnector::errorTopic, B::errorTopic),
        Field.optional("https.ssl.enabled", Codec.bool(), HttpConnector::sslEnabled, B::sslEnabled));
  }

  static <A extends HttpApi, AB extends HttpApi.Builder<AB>> List<Field<A, AB, ?>> api() {
    Duration max = Duration.ofMillis(Integer.MAX_VALUE);
    return List.of(
        Field.required("http.api.path", Codec.matching("/\\S*", "a path starting with /, e.g. /orders/${key}"),
            HttpApi::path, AB::path, "the API path, e.g. /orders"),
        Field.optional("http.request.headers", Codec.headers(),
            a -> a.headers().isEmpty() ? Optional.empty() : Optional.of(a.headers()), AB::headers),
        Field.optional("http.request.sensitive.headers", Codec.secret(), HttpApi::sensitiveHeaders,
            AB::sensitiveHeaders),
        Field.optional("http.request.parameters", Codec.string(), HttpApi::parameters, AB::parameters),
        Field.optional("http.connect.timeout.ms", Codec.millis(Duration.ofMillis(1), max), HttpApi::connectTimeout,
            AB::connectTimeout),
        Field.optional("http.request.timeout.ms", Codec.millis(Duration.ofMillis(1), max), HttpApi::requestTimeout,
            AB::requestTimeout),
        Field.optional("max.retries", Codec.integer(0, Integer.MAX_VALUE), HttpApi::maxRetries, AB::maxRetries),
        Field.optional("retry.backoff.policy", Codec.enumeration(HttpApi.BackoffPolicy.class),
            HttpApi::retryBackoffPolicy, AB::retryBackoffPolicy),
        Field.optional("retry.backoff.ms", Codec.millis(Duration.ZERO, max), HttpApi::retryBackoff,
            AB::retryBackoff),
        Field.optional("retry.on.status.codes", Codec.matching(STATUS_CODES, "codes and ranges such as 404,408,500-"),
            HttpApi::retryOnStatusCodes, AB::retryOnStatusCodes));
  }

  /** Adds a violation when a placeholder-free property is used with the wrong method. */
  static void onlyWith(Optional<String> value, String key, boolean allowed, String method, Violations out) {
    if (value.isPresent() && !allowed) {
      out.invalid(key, "is used only with " + method, value.get(), "method " + method + ", or leave it unset");
    }
  }

  /** {@code auth.type} and the properties of the chosen mechanism. */
  private static final class AuthPart<C extends HttpConnector, B extends HttpConnector.Builder<B>>
      implements Part<C, B> {
    private static final String[] BASIC_KEYS = {"connection.user", "connection.password"};
    private static final String[] BEARER_KEYS = {"bearer.token"};
    private static final String[] API_KEY_KEYS = {"api.key.value"};
    private static final String[] OAUTH2_KEYS = {"oauth2.token.url", "oauth2.client.id", "oauth2.client.secret"};

    @Override
    public void emit(C config, Emitted out) {
      HttpAuth auth = config.auth();
      out.property("auth.type", auth.type().name());
      for (Map.Entry<String, String> e : auth.properties().entrySet()) {
        out.property(e.getKey(), e.getValue());
      }
      for (Map.Entry<String, Secret> e : auth.secrets().entrySet()) {
        out.secret(e.getKey(), e.getValue());
      }
    }

    @Override
    public void check(C config, Violations out) {
      HttpAuth auth = config.auth();
      switch (auth.type()) {
        case BASIC:
          need(auth, out, BASIC_KEYS);
          break;
        case BEARER:
          need(auth, out, BEARER_KEYS);
          break;
        case API_KEY:
          need(auth, out, API_KEY_KEYS);
          break;
        case OAUTH2:
          need(auth, out, OAUTH2_KEYS);
          auth.property("oauth2.token.url").ifPresent(u -> Codec.url().check("oauth2.token.url", u, out));
          break;
        default:
          if (!auth.secrets().isEmpty() || !auth.properties().isEmpty()) {
            out.invalid("auth.type", "is NONE but credentials are set", "NONE", "an auth type matching them");
          }
      }
      Codec<String> text = Codec.string();
      for (Map.Entry<String, String> e : auth.properties().entrySet()) {
        if (!e.getValue().isEmpty()) { // an empty optional property is "not set" to Confluent
          text.check(e.getKey(), e.getValue(), out);
        }
      }
      Codec<Secret> secret = Codec.secret();
      for (Map.Entry<String, Secret> e : auth.secrets().entrySet()) {
        secret.check(e.getKey(), e.getValue(), out);
      }
    }

    private static void need(HttpAuth auth, Violations out, String[] keys) {
      for (String key : keys) {
        if (!auth.properties().containsKey(key) && !auth.secrets().containsKey(key)) {
          out.missing(key, "required with auth.type=" + auth.type() + "; use the HttpAuth factory");
        }
      }
    }

    @Override
    public void parse(Map<String, String> in, B builder, Violations out) {
      String type = in.remove("auth.type");
      Map<String, String> props = new LinkedHashMap<>();
      Map<String, Secret> secrets = new LinkedHashMap<>();
      for (String key : HttpAuth.KEYS) {
        String value = in.remove(key);
        if (value != null && HttpAuth.SECRET_KEYS.contains(key)) {
          secrets.put(key, Codec.readSecret(value));
        } else if (value != null) {
          props.put(key, value);
        }
      }
      HttpAuth.Type parsed = Codec.enumeration(HttpAuth.Type.class).decode(type == null ? "NONE" : type);
      if (parsed == null) {
        out.invalid("auth.type", "cannot be read", type, "NONE, BASIC, OAUTH2, BEARER or API_KEY");
      } else {
        builder.auth(HttpAuth.of(parsed, props, secrets));
      }
    }

    @Override
    public boolean owns(String key) {
      return HttpAuth.KEYS.contains(key);
    }

    @Override
    public boolean ownsSecret(String key) {
      return HttpAuth.SECRET_KEYS.contains(key);
    }

    /** The mechanism's enum-valued properties, by key. */
    private static final Map<String, Codec<?>> ENUMS =
        Map.of(
            "api.key.location", Codec.enumeration(HttpAuth.ApiKeyLocation.class),
            "oauth2.client.auth.mode", Codec.enumeration(HttpAuth.ClientAuthMode.class),
            "oauth2.client.mode", Codec.enumeration(HttpAuth.ClientAuthMode.class));

    /** An enum-valued property the builder has no constant for: only Confluent's template says what is valid. */
    private static final String FLOW_TYPE = "oauth2.flow.type";

    @Override
    public @Nullable String unreadableEnum(String key, String raw) {
      if (raw.isEmpty()) {
        return null;
      }
      if (key.equals(FLOW_TYPE)) {
        return "one of " + String.join(", ", ConnectorFacts.of("HttpSinkV2").property(FLOW_TYPE).allowed());
      }
      Codec<?> codec = ENUMS.get(key);
      return codec != null && codec.decode(raw) == null ? codec.expected() : null;
    }

    /** The mechanism's properties travel only when the {@link HttpAuth} holds them; {@code auth.type} always. */
    @Override
    public boolean sentOnlyWhenSet(String key) {
      return HttpAuth.KEYS.contains(key);
    }
  }
}
