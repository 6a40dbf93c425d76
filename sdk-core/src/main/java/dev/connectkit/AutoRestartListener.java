package dev.connectkit;

/**
 * Hears the decisions of an {@link AutoRestartPolicy}: each restart, backoff, give-up and skip, for logs, alerts and
 * metrics. Called on the policy's own thread; an exception it throws is logged once and ignored.
 *
 * <!-- example: ConnectorClient client; void log(String line) -->
 * <pre>{@code
 * AutoRestartPolicy.builder()
 *     .listener(d -> log(d.connectorName() + " " + d.action() + " (" + d.reason() + ")"))
 *     .build()
 *     .start(client, WatchSelector.all());
 * }</pre>
 */
@FunctionalInterface
public interface AutoRestartListener {
  /** One decision about one connector. */
  void onDecision(AutoRestartDecision decision);
}
