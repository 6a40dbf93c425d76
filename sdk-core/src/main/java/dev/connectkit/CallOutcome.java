package dev.connectkit;

/**
 * How an API request ended, one value per failure class of the {@link ConnectorException} hierarchy: few and fixed,
 * fit for a metric tag.
 *
 * <!-- example: void countThrottled() -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void callEnd(CallInfo call, CallResult result) {
 *     if (result.outcome() == CallOutcome.RATE_LIMITED) { countThrottled(); }
 *   }
 * };
 * }</pre>
 */
public enum CallOutcome {
  /** The server answered with success. */
  SUCCESS,
  /** {@link ConnectorNotFoundException}. */
  NOT_FOUND,
  /** {@link ConnectorAlreadyExistsException}. */
  ALREADY_EXISTS,
  /** {@link ConnectorValidationException}. */
  INVALID,
  /** {@link IllegalConnectorStateException}. */
  ILLEGAL_STATE,
  /** {@link UnauthenticatedException}. */
  UNAUTHENTICATED,
  /** {@link ForbiddenException}. */
  FORBIDDEN,
  /** {@link RateLimitedException}. */
  RATE_LIMITED,
  /** {@link ServerErrorException}. */
  SERVER_ERROR,
  /** {@link OutcomeUnknownException}, or a write whose outcome the client has yet to look up. */
  OUTCOME_UNKNOWN,
  /** {@link UnsupportedOnTargetException}. */
  UNSUPPORTED,
  /** {@link ResponseTooLargeException}. */
  RESPONSE_TOO_LARGE,
  /** {@link ClientClosedException}. */
  CLIENT_CLOSED,
  /** Any other failure: transport failures, timeouts, unreadable answers, other HTTP errors. */
  ERROR;

  /** The outcome a failure stands for. */
  public static CallOutcome of(Throwable failure) {
    if (failure instanceof ConnectorNotFoundException) {
      return NOT_FOUND;
    } else if (failure instanceof ConnectorAlreadyExistsException) {
      return ALREADY_EXISTS;
    } else if (failure instanceof ConnectorValidationException) {
      return INVALID;
    } else if (failure instanceof IllegalConnectorStateException) {
      return ILLEGAL_STATE;
    } else if (failure instanceof UnauthenticatedException) {
      return UNAUTHENTICATED;
    } else if (failure instanceof ForbiddenException) {
      return FORBIDDEN;
    } else if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    } else if (failure instanceof ServerErrorException) {
      return SERVER_ERROR;
    } else if (failure instanceof OutcomeUnknownException) {
      return OUTCOME_UNKNOWN;
    } else if (failure instanceof UnsupportedOnTargetException) {
      return UNSUPPORTED;
    } else if (failure instanceof ResponseTooLargeException) {
      return RESPONSE_TOO_LARGE;
    } else if (failure instanceof ClientClosedException) {
      return CLIENT_CLOSED;
    }
    return ERROR;
  }
}
