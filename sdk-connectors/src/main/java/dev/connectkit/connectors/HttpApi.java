package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one API ({@code apiN.*}) of an HTTP V2 connector has in both directions: path, headers, query parameters,
 * timeouts and retries. See {@link HttpSinkApi} and {@link HttpSourceApi}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * HttpApi api = HttpSinkApi.builder().path("/orders").addTopic("orders").build();
 * api.path();   // Optional[/orders]
 * }</pre>
 */
public interface HttpApi {
  /** The retry backoff policy ({@code apiN.retry.backoff.policy}). */
  enum BackoffPolicy {
    /** Constant delay. */
    CONSTANT_VALUE,
    /** Exponential with jitter (default). */
    EXPONENTIAL_WITH_JITTER
  }

  /** {@code apiN.http.api.path}: appended to the base URL; may hold placeholders. Required. */
  Optional<String> path();

  /** {@code apiN.http.request.headers}: name to value, sent as {@code name:value|…}. */
  Map<String, String> headers();

  /** {@code apiN.http.request.sensitive.headers}: like headers, masked ({@code name:value|…}). */
  Optional<Secret> sensitiveHeaders();

  /** {@code apiN.http.request.parameters}: query parameters {@code a=1&b=2}. */
  Optional<String> parameters();

  /** {@code apiN.http.connect.timeout.ms}. */
  Optional<Duration> connectTimeout();

  /** {@code apiN.http.request.timeout.ms}. */
  Optional<Duration> requestTimeout();

  /** {@code apiN.max.retries}. */
  Optional<Integer> maxRetries();

  /** {@code apiN.retry.backoff.policy}. */
  Optional<BackoffPolicy> retryBackoffPolicy();

  /** {@code apiN.retry.backoff.ms}: the initial backoff. */
  Optional<Duration> retryBackoff();

  /** {@code apiN.retry.on.status.codes}: codes and ranges, e.g. {@code 404,408,500-}. */
  Optional<String> retryOnStatusCodes();

  /**
   * What the API builders share.
   *
   * @param <B> the concrete builder
   */
  interface Builder<B extends Builder<B>> {
    /** The path; {@code null} clears it. */
    B path(@Nullable String path);

    /** Adds a header. */
    B header(String name, String value);

    /** Replaces the headers. */
    B headers(Map<String, ? extends String> headers);

    /** Sensitive headers; {@code null} clears it. */
    B sensitiveHeaders(@Nullable Secret sensitiveHeaders);

    /** Query parameters; {@code null} clears it. */
    B parameters(@Nullable String parameters);

    /** Connect timeout; {@code null} clears it. */
    B connectTimeout(@Nullable Duration connectTimeout);

    /** Request timeout; {@code null} clears it. */
    B requestTimeout(@Nullable Duration requestTimeout);

    /** Retries; {@code null} clears it. */
    B maxRetries(@Nullable Integer maxRetries);

    /** Backoff policy; {@code null} clears it. */
    B retryBackoffPolicy(HttpApi.@Nullable BackoffPolicy retryBackoffPolicy);

    /** Initial backoff; {@code null} clears it. */
    B retryBackoff(@Nullable Duration retryBackoff);

    /** Retried status codes; {@code null} clears it. */
    B retryOnStatusCodes(@Nullable String retryOnStatusCodes);
  }
}
