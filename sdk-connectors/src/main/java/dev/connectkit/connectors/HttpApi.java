package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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
    /** The path. */
    B path(String path);

    /** Adds a header. */
    B header(String name, String value);

    /** Replaces the headers. */
    B headers(Map<String, ? extends String> headers);

    /** Sensitive headers. */
    B sensitiveHeaders(Secret headers);

    /** Query parameters. */
    B parameters(String parameters);

    /** Connect timeout. */
    B connectTimeout(Duration timeout);

    /** Request timeout. */
    B requestTimeout(Duration timeout);

    /** Retries. */
    B maxRetries(int retries);

    /** Backoff policy. */
    B retryBackoffPolicy(BackoffPolicy policy);

    /** Initial backoff. */
    B retryBackoff(Duration backoff);

    /** Retried status codes. */
    B retryOnStatusCodes(String codes);
  }
}
