package dev.connectkit.internal.http;

import dev.connectkit.ConnectorException;
import dev.connectkit.OutcomeUnknownException;

/** The request may or may not have been applied: the connection broke after sending, or a gateway answered 502/503/504. */
public final class AmbiguousOutcomeException extends OutcomeUnknownException {
  private static final long serialVersionUID = 1L;

  private final ConnectorException lastFailure;

  public AmbiguousOutcomeException(ConnectorException lastFailure) {
    super("outcome unknown: " + lastFailure.getMessage(), lastFailure);
    this.lastFailure = lastFailure;
  }

  /** The failure that made the outcome unknown. */
  public ConnectorException lastFailure() {
    return lastFailure;
  }
}
