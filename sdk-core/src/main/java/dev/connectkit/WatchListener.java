package dev.connectkit;

/**
 * Hears what a {@link Watch} sees. Every method has an empty default: implement what you need. Events of one
 * listener arrive in order, one at a time, on the client's event thread ({@code connectkit-events}), which every watch
 * of the client shares: a listener that blocks delays the other watches' events (never the polls), so hand slow work
 * to an executor of your own. An exception a listener throws is ignored (the watch goes on).
 *
 * <p>The order of events: {@link #onAppeared(ConnectorStatus)}, {@link #onTransition(ConnectorChange)},
 * {@link #onDeleted(ConnectorStatus)} and retried {@link #onError(ConnectorException, boolean) onError(e, true)} as
 * polls see them; then {@link #onClosed()}, exactly once and always last, however the watch ends. A poll failure the
 * watch cannot retry (401, 403) comes as {@code onError(e, false)} just before {@code onClosed()}.
 *
 * <p>A failed poll is reported to {@link #onError(ConnectorException, boolean)}. Most failures (transport, 5xx, 429,
 * a token endpoint that is down) are retried at the next poll ({@code willRetry} true). A 401 or 403 is not: the
 * watch ends with {@code onError(e, false)}, then {@code onClosed()}, and {@link Watch#isOpen()} turns false.
 *
 * <!-- example: ConnectorClient client; org.slf4j.Logger log; void alert(String message) -->
 * <pre>{@code
 * Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
 *   public void onTransition(ConnectorChange change) {
 *     if (change.current().state().isFailed()) {
 *       alert(change.name() + " FAILED: " + change.current().trace());
 *     }
 *   }
 *
 *   public void onError(ConnectorException error, boolean willRetry) {
 *     if (willRetry) {
 *       log.warn("watch poll failed, retrying", error);
 *     } else {
 *       alert("watch ended: " + error.getMessage()); // onClosed() follows
 *     }
 *   }
 *
 *   public void onClosed() {
 *     log.info("watch closed");
 *   }
 * });
 * }</pre>
 */
public interface WatchListener {
  /** A selected connector was seen for the first time (on the first poll: every one that exists). */
  default void onAppeared(ConnectorStatus status) {}

  /** A selected connector's state, trace or tasks changed. */
  default void onTransition(ConnectorChange change) {}

  /**
   * A selected connector is gone; {@code last} is the last status seen. Reported only once a list read at least a
   * second after the first that missed it confirms the absence: a restarting Kafka Connect worker lists no connectors
   * for a moment. A server that cannot answer is an {@link #onError(ConnectorException, boolean)}, never a deletion.
   */
  default void onDeleted(ConnectorStatus last) {}

  /**
   * A poll failed. {@code willRetry} is true when the watch keeps polling; false on 401 or 403: the watch has ended
   * and {@link #onClosed()} comes next.
   */
  default void onError(ConnectorException error, boolean willRetry) {}

  /**
   * The watch ended: closed by its owner, by the client, or by a failure it cannot retry (reported just before to
   * {@link #onError(ConnectorException, boolean) onError(e, false)}). Called exactly once; no event follows.
   */
  default void onClosed() {}
}
