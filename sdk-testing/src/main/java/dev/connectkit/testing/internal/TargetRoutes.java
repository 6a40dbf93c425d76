package dev.connectkit.testing.internal;

import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * One API the fake speaks on top of the shared {@link ConnectorStore}: how it reads a request (authentication, scope,
 * route), how it answers it, and the shape of its error bodies. {@link FakeDispatcher} does the rest (faults, journal).
 */
public interface TargetRoutes {
  /** The request read, or answered at once (401, 403, no route); never throws for a bad request. */
  RoutedCall resolve(RecordedRequest request);

  /** Applies {@code call} (resolved, not answered) to the store; {@code json} is the parsed body, if any. */
  Reply apply(RoutedCall call, @Nullable Object json);

  /** This target's error body with {@code code} and {@code message}. */
  Reply error(int code, String message);
}
