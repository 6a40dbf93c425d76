package dev.connectkit;

import java.io.Closeable;

/**
 * A running watch: close it to stop hearing events. When the last watch of a client closes, its polling stops.
 *
 * <!-- example: ConnectorClient client; WatchListener listener; void runUntilShutdown() -->
 * <pre>{@code
 * try (Watch watch = client.watch(WatchSelector.all(), listener)) {
 *   runUntilShutdown();
 * }
 * }</pre>
 */
public interface Watch extends Closeable {
  /** Stops the watch; the listener's {@code onClosed} follows the events already queued. Idempotent. */
  @Override
  void close();

  /** Whether the watch is still open. */
  boolean isOpen();
}
