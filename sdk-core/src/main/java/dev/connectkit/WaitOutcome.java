package dev.connectkit;

import java.util.concurrent.CancellationException;

/**
 * How a wait ended, as {@link ConnectorEventListener#waitEnd} reports it: few and fixed, fit for a metric tag.
 *
 * <!-- example: void alert(String connectorName) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
 *     if (outcome == WaitOutcome.FAILED) { alert(wait.connectorName()); }
 *   }
 * };
 * }</pre>
 */
public enum WaitOutcome {
  /** The connector reached the expected state. */
  SUCCESS,
  /** The connector (or a task) failed: {@link ConnectorFailedException}. */
  FAILED,
  /** Not there in time: {@link WaitTimeoutException}. */
  TIMEOUT,
  /** The connector was gone: {@link ConnectorNotFoundException}. */
  NOT_FOUND,
  /** The wait was cancelled, or its client closed. */
  CANCELLED,
  /** Any other failure (a status read that cannot be retried). */
  ERROR;

  /** The outcome a wait that ended with {@code failure} (null: success) had. */
  public static WaitOutcome of(@org.jspecify.annotations.Nullable Throwable failure) {
    Throwable f = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (f == null) {
      return SUCCESS;
    } else if (f instanceof ConnectorFailedException) {
      return FAILED;
    } else if (f instanceof WaitTimeoutException) {
      return TIMEOUT;
    } else if (f instanceof ConnectorNotFoundException) {
      return NOT_FOUND;
    } else if (f instanceof CancellationException || f instanceof ClientClosedException) {
      return CANCELLED;
    }
    return ERROR;
  }
}
