package dev.connectkit;

/**
 * The server's answer was larger than the client accepts ({@link ConnectorClient.Builder#maxResponseBytes}); nothing
 * of it was kept. A change whose answer was too large may have been applied: a create looks the connector up first.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (ResponseTooLargeException e) {
 *   long limit = e.limitBytes(); // raise it with ConnectorClient.builder().maxResponseBytes(...)
 * }
 * }</pre>
 */
public class ResponseTooLargeException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  /** An answer to {@code operation} larger than {@code limitBytes}. */
  public ResponseTooLargeException(String operation, long limitBytes) {
    super(operation + ": the server's answer is larger than the client's limit of " + limitBytes
        + " bytes (ConnectorClient.Builder.maxResponseBytes)");
    this.limitBytes = limitBytes;
  }

  /** The limit the answer passed, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }
}
