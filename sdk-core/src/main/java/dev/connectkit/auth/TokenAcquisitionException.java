package dev.connectkit.auth;

import dev.connectkit.UnauthenticatedException;
import org.jspecify.annotations.Nullable;

/**
 * A token provider could not get a token: the token endpoint refused the credentials or kept failing, or the Azure CLI
 * is not logged in. The message says which tenant and client, or which command, and what to do; it never holds a
 * secret or a token, and a client secret the endpoint echoed is replaced by {@code ****}.
 *
 * <p>{@link #statusCode()} and {@link #errorCode()} are those of the token endpoint (for example 400 and {@code
 * invalid_client}), not of the Self-Service API; both are empty for the Azure CLI.
 *
 * <!-- example: ConnectorClient client; org.slf4j.Logger log -->
 * <pre>{@code
 * try {
 *   client.list();
 * } catch (TokenAcquisitionException e) {
 *   log.error("cannot authenticate: {}", e.getMessage()); // names tenant and client id, never the secret
 * }
 * }</pre>
 */
public class TokenAcquisitionException extends UnauthenticatedException {
  private static final long serialVersionUID = 1L;

  /** A failure without an HTTP response (Azure CLI, transport error). */
  public TokenAcquisitionException(String message) {
    this(message, 0, null, null);
  }

  /** A failure without an HTTP response, caused by {@code cause}. */
  public TokenAcquisitionException(String message, @Nullable Throwable cause) {
    this(message, 0, null, cause);
  }

  /**
   * A failure of the token endpoint.
   *
   * @param message what failed and what to do, free of secrets
   * @param statusCode the token endpoint's HTTP status, or 0 if there was no response
   * @param errorCode the OAuth {@code error} code (for example {@code invalid_client}), if any
   * @param cause the underlying failure, if any
   */
  public TokenAcquisitionException(
      String message, int statusCode, @Nullable String errorCode, @Nullable Throwable cause) {
    super(statusCode, errorCode, message, null);
    if (cause != null) {
      initCause(cause);
    }
  }

  /** The message, with the token endpoint's status and error code when there was a response. */
  @Override
  public String getMessage() {
    return statusCode().isPresent() ? String.valueOf(super.getMessage()) : serverMessage();
  }
}
