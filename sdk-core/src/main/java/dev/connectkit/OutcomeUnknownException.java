package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * A change may or may not have been applied: the connection broke after the request was sent, or a gateway answered
 * 502/503/504, and the client could not find out what happened. The message says how to check.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * try {
 *   client.resetOffsets(name);
 * } catch (OutcomeUnknownException e) {
 *   OffsetsRequestStatus status = client.offsetsRequestStatus(name);   // was it taken?
 * }
 * }</pre>
 */
public class OutcomeUnknownException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** An unknown outcome, explained by {@code message}, after {@code cause}. */
  public OutcomeUnknownException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
