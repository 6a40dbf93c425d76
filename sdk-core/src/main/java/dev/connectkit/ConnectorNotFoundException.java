package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * The connector (or the scope: business unit, environment, cluster) does not exist: HTTP 404.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * Optional<Connector> found;
 * try {
 *   found = Optional.of(client.get(name));
 * } catch (ConnectorNotFoundException e) {
 *   found = Optional.empty();
 * }
 * }</pre>
 */
public class ConnectorNotFoundException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An error from an HTTP response; see {@link ConnectorException#ConnectorException(int, String, String, String)}. */
  public ConnectorNotFoundException(int statusCode, @Nullable String errorCode, String serverMessage, @Nullable String requestId) {
    super(statusCode, errorCode, serverMessage, requestId);
  }
}
