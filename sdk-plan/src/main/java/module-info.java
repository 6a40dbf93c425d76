/**
 * Declarative connector sets for {@code dev.connectkit}: plan a {@code ConnectorSet} against a target, read the
 * field-level diff, apply it safely and promote it from one stage to the next.
 *
 * <p>Exports {@code dev.connectkit.plan}; {@code dev.connectkit.plan.internal} is not part of the API.
 */
module dev.connectkit.plan {
  exports dev.connectkit.plan;

  requires transitive dev.connectkit;
  requires transitive dev.connectkit.connectors;
  requires com.squareup.moshi;
  requires okio;
  requires static org.jspecify;
}
