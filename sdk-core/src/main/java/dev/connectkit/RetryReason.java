package dev.connectkit;

/**
 * Why a request is sent again, as {@link ConnectorEventListener#callRetry} reports it (see {@link RetryPolicy} for
 * which failures are retried).
 *
 * <!-- example: void countRetry(String reason) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {
 *     countRetry(reason.name());
 *   }
 * };
 * }</pre>
 */
public enum RetryReason {
  /** 429: the server asked to slow down. */
  RATE_LIMITED,
  /** 502, 503 or 504: a gateway or an unavailable server. */
  SERVER_UNAVAILABLE,
  /** 409 while Kafka Connect rebalances. */
  REBALANCING,
  /** Another server error. */
  SERVER_ERROR,
  /** The connection failed or broke, or an attempt timed out. */
  CONNECTION_FAILED;

  /** The reason a failure that is retried stands for. */
  public static RetryReason of(ConnectorException failure) {
    int status = failure.statusCode().orElse(0);
    if (status == 429) {
      return RATE_LIMITED;
    } else if (status == 502 || status == 503 || status == 504) {
      return SERVER_UNAVAILABLE;
    } else if (status == 409) {
      return REBALANCING;
    } else if (status >= 500) {
      return SERVER_ERROR;
    }
    return CONNECTION_FAILED;
  }
}
