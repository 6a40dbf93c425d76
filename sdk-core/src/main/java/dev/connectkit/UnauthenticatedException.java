package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * The server did not accept the credentials: HTTP 401. The client has already renewed a bearer token once and retried.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (UnauthenticatedException e) {
 *   System.err.println("log in again: az login");
 * }
 * }</pre>
 */
public class UnauthenticatedException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An error from an HTTP response; see {@link ConnectorException#ConnectorException(int, String, String, String)}. */
  public UnauthenticatedException(int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(statusCode, errorCode, serverMessage, requestId);
  }
}
