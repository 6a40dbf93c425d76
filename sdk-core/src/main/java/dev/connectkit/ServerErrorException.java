package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * The server failed (HTTP 5xx, or a 404 page that is not the API's answer: a gateway, a worker starting up) and
 * retries, where allowed, did not help.
 *
 * <!-- example: ConnectorClient client; void alert(String message) -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (ServerErrorException e) {
 *   alert("connect API down, request " + e.requestId().orElse("-"));
 * }
 * }</pre>
 */
public class ServerErrorException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An error from an HTTP response; see {@link ConnectorException#ConnectorException(int, String, String, String)}. */
  public ServerErrorException(int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(statusCode, errorCode, serverMessage, requestId);
  }
}
