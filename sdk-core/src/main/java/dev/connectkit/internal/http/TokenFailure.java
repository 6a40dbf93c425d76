package dev.connectkit.internal.http;

import dev.connectkit.ConnectorException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Carries a token provider's failure through OkHttp's interceptor chain, which only lets IOExceptions pass. */
final class TokenFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final ConnectorException failure;

  TokenFailure(ConnectorException failure) {
    super(failure.getMessage(), failure);
    this.failure = failure;
  }

  ConnectorException failure() {
    return failure;
  }

  /** The token failure in {@code t}'s causes, if any: OkHttp wraps one in its timeout when the call's deadline passed. */
  static @Nullable TokenFailure in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TokenFailure) {
        return (TokenFailure) c;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
