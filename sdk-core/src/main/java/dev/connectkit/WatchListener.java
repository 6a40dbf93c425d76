package dev.connectkit;

import java.util.Optional;

/**
 * Hears what a {@link Watch} sees. Every method has an empty default: implement what you need. Events of one
 * listener arrive in order on an SDK thread, one at a time; a slow listener delays only itself, and an exception it
 * throws is ignored (the watch goes on).
 *
 * <pre>{@code
 * Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
 *   public void onTransition(ConnectorChange change) {
 *     if (change.current().state().isFailed()) {
 *       pager.alert(change.name() + " FAILED: " + change.current().trace());
 *     }
 *   }
 *
 *   public void onError(ConnectorException error, boolean willRetry) {
 *     log.warn("watch poll failed, retrying: {}", willRetry, error);
 *   }
 * });
 * }</pre>
 */
public interface WatchListener {
  /** A selected connector was seen for the first time (on the first poll: every one that exists). */
  default void onAppeared(ConnectorStatus status) {}

  /** A selected connector's state, trace or tasks changed. */
  default void onTransition(ConnectorChange change) {}

  /** A selected connector is gone; {@code last} is the last status seen. */
  default void onDeleted(ConnectorStatus last) {}

  /** A poll failed; {@code willRetry} tells whether the watch keeps polling. */
  default void onError(ConnectorException error, boolean willRetry) {}

  /** The watch ended: closed by its owner or the client (empty cause), or abnormally. No event follows. */
  default void onClosed(Optional<Throwable> cause) {}
}
