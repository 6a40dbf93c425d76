package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * The credentials are valid but not allowed to do this (for example a business unit the token is not granted): HTTP 403.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (ForbiddenException e) {
 *   System.err.println("ask for access to the business unit: " + e.serverMessage());
 * }
 * }</pre>
 */
public class ForbiddenException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An error from an HTTP response; see {@link ConnectorException#ConnectorException(int, String, String, String)}. */
  public ForbiddenException(int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(statusCode, errorCode, serverMessage, requestId);
  }
}
