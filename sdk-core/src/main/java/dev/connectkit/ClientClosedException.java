package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * The {@link ConnectorClient} was closed while this call or wait was out: nothing more will be learned. A create cut
 * short this way is an {@link OutcomeUnknownException} instead (it may have been applied).
 *
 * <!-- example: Transition transition -->
 * <pre>{@code
 * try {
 *   transition.await(Duration.ofMinutes(5));
 * } catch (ClientClosedException e) {
 *   // shutting down
 * }
 * }</pre>
 */
public class ClientClosedException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** A call or wait ended by {@link ConnectorClient#close()}, explained by {@code message}. */
  public ClientClosedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
