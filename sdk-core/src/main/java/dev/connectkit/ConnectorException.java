package dev.connectkit;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error the SDK throws. An error that came from an HTTP response keeps its status, the server's
 * error code, the server's message and the {@code X-Request-Id}; none carries a request body or a secret.
 *
 * <!-- example: ConnectorClient client; org.slf4j.Logger log -->
 * <pre>{@code
 * try {
 *   client.pause("sales-dev-orders-connector");
 * } catch (ConnectorNotFoundException e) {
 *   // gone already
 * } catch (ConnectorException e) {
 *   log.warn("pause failed: status={} request={}", e.statusCode().orElse(0), e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public class ConnectorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String requestId;
  private final String serverMessage;

  /** An error with no HTTP response (client-side validation, transport failure, timeout). */
  public ConnectorException(String message) {
    this(message, null);
  }

  /** An error with no HTTP response, caused by {@code cause}. */
  public ConnectorException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = 0;
    this.errorCode = null;
    this.requestId = null;
    this.serverMessage = message;
  }

  /**
   * An error from an HTTP response.
   *
   * @param statusCode the HTTP status
   * @param errorCode the error code from the body, if any
   * @param serverMessage the server's message (never the request body)
   * @param requestId the {@code X-Request-Id} response header, if any
   */
  public ConnectorException(
      int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(describe(statusCode, errorCode, serverMessage, requestId));
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.serverMessage = serverMessage;
  }

  private static String describe(
      int status, @Nullable String code, String message, @Nullable String requestId) {
    StringBuilder out = new StringBuilder(message).append(" (HTTP ").append(status);
    if (code != null) {
      out.append(", error code ").append(code);
    }
    if (requestId != null) {
      out.append(", request id ").append(requestId);
    }
    return out.append(')').toString();
  }

  /** The HTTP status, or empty when the error did not come from a response. */
  public OptionalInt statusCode() {
    return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /** The server's error code ({@code error.code}, {@code error_code} or {@code code}), if it sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The {@code X-Request-Id} of the failed response, to quote to the platform team. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The server's own message (or this error's message when there was no response). */
  public String serverMessage() {
    return serverMessage;
  }
}
