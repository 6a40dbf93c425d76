package dev.connectkit;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server kept answering HTTP 429 until the retry budget ran out. {@link #retryAfter()} is the server's last hint.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (RateLimitedException e) {
 *   Duration wait = e.retryAfter().orElse(Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public class RateLimitedException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /** An HTTP 429 with the server's {@code Retry-After}, if it sent one. */
  public RateLimitedException(
      int statusCode,
      @Nullable String errorCode,
      String serverMessage,
      @Nullable String requestId,
      @Nullable Duration retryAfter) {
    super(statusCode, errorCode, serverMessage, requestId);
    this.retryAfter = retryAfter;
  }

  /** The server's {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
