package dev.connectkit.connectors;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP V2 connectors ({@link HttpSinkV2}, {@link HttpSourceV2}) share at connector level: base URL,
 * authentication, error behaviour and topic, TLS switch.
 *
 * <!-- example: HttpSinkV2.Builder builder -->
 * <pre>{@code
 * HttpConnector http = builder   // placement, id, topics and APIs set
 *     .baseUrl("https://api.example.com/v1")
 *     .auth(HttpAuth.bearer(Secret.fromEnv("API_TOKEN")))
 *     .build();
 * http.auth().type();   // BEARER
 * }</pre>
 */
public interface HttpConnector {
  /** {@code http.api.base.url}: shared by all APIs. Required. */
  Optional<String> baseUrl();

  /** {@code auth.type} and its properties; default {@link HttpAuth#none()}. */
  @Value.Default
  default HttpAuth auth() {
    return HttpAuth.none();
  }

  /** {@code behavior.on.error}: after retries, fail the task or report and go on. */
  Optional<BehaviorOnError> behaviorOnError();

  /** {@code report.errors.as}. */
  Optional<ReportErrorsAs> reportErrorsAs();

  /** {@code reporter.error.topic.name}; default {@code error-${connector}}. */
  Optional<String> errorTopic();

  /** {@code https.ssl.enabled}: force TLSv1.3. */
  Optional<Boolean> sslEnabled();

  /**
   * What the HTTP connector builders share.
   *
   * @param <B> the concrete builder
   */
  interface Builder<B extends Builder<B>> {
    /** The base URL; {@code null} clears it. */
    B baseUrl(@Nullable String baseUrl);

    /** Authentication. */
    B auth(HttpAuth auth);

    /** Behaviour after retries; {@code null} clears it. */
    B behaviorOnError(@Nullable BehaviorOnError behaviorOnError);

    /** Error record content; {@code null} clears it. */
    B reportErrorsAs(@Nullable ReportErrorsAs reportErrorsAs);

    /** The error topic; {@code null} clears it. */
    B errorTopic(@Nullable String errorTopic);

    /** TLSv1.3 only; {@code null} clears it. */
    B sslEnabled(@Nullable Boolean sslEnabled);
  }
}
