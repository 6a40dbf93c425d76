package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * A connector with that name exists already: HTTP 409 on create, or a lookup after an ambiguous create failure found a
 * connector with the same name but a different config.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * try {
 *   client.create(config);
 * } catch (ConnectorAlreadyExistsException e) {
 *   client.update(config); // or use client.apply(config)
 * }
 * }</pre>
 */
public class ConnectorAlreadyExistsException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An error from an HTTP response; see {@link ConnectorException#ConnectorException(int, String, String, String)}. */
  public ConnectorAlreadyExistsException(int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(statusCode, errorCode, serverMessage, requestId);
  }
}
