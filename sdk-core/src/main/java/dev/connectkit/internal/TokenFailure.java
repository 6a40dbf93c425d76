package dev.connectkit.internal;

import dev.connectkit.ConnectorException;
import java.io.IOException;

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
}
