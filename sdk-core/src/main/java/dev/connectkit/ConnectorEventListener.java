package dev.connectkit;

import java.time.Duration;

/**
 * Hears what a {@link ConnectorClient} does, for metrics, tracing and logs (the shape of OkHttp's {@code
 * EventListener}): each API request's start, retries and end, and each wait's start and end. Set one with {@link
 * ConnectorClient.Builder#eventListener}, or a {@link Factory} with {@link
 * ConnectorClient.Builder#eventListenerFactory} for a listener per request or wait that keeps state between its
 * start and end (a timer sample, a span). Without either, the client does no work for events at all.
 *
 * <pre>{@code
 * ConnectorClient client = ConnectorClient.builder()
 *     .kafkaConnect("http://connect:8083")
 *     .eventListener(new ConnectorEventListener() {
 *       public void callEnd(CallInfo call, CallResult result) {
 *         System.out.println(call.operation() + " " + result.outcome() + " " + result.duration());
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Events carry only what is safe to record: operations, targets, outcomes, status classes, durations, connector
 * names (one value per connector: high cardinality, keep them out of metric tags) and the scrubbed exceptions callers
 * get. Never a config value, header or credential. Methods are called on the thread making the request (a wait's end
 * on the client's poll or HTTP threads) and must be quick; an exception a listener throws is caught and logged once
 * per client (logger {@code dev.connectkit.events}), never breaking the call.
 */
public interface ConnectorEventListener {
  /** A listener that does nothing. */
  ConnectorEventListener NONE = new ConnectorEventListener() {};

  /** A request is about to be sent for the first time. */
  default void callStart(CallInfo call) {}

  /**
   * Attempt {@code attempt} (1 for the first) failed with {@code reason} and the request is sent again after {@code
   * backoff}.
   */
  default void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {}

  /** The request ended: success or the failure the caller gets. */
  default void callEnd(CallInfo call, CallResult result) {}

  /** A wait started polling. */
  default void waitStart(WaitInfo wait) {}

  /**
   * A wait ended after {@code duration}: reported as the wait's future completes, so possibly just after {@code
   * await} returned to its caller.
   */
  default void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {}

  /**
   * Makes the listener for one request or one wait: all events of that request (or wait) go to the listener made
   * for it, so it may keep state between start and end.
   *
   * <!-- example: String url; ConnectorEventListener newTimingListener() -->
   * <pre>{@code
   * ConnectorClient.builder().kafkaConnect(url).eventListenerFactory(() -> newTimingListener()).build();
   * }</pre>
   */
  @FunctionalInterface
  interface Factory {
    /** A listener for the next request or wait (a shared one is fine if it keeps no state). */
    ConnectorEventListener create();
  }
}
