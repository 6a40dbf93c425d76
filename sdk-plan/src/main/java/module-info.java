/**
 * Declarative connector sets for {@code dev.connectkit}: plan a {@code ConnectorSet} against a target, read the
 * field-level diff, apply it safely and promote it from one stage to the next.
 *
 * <p>Exports {@code dev.connectkit.plan} and {@code dev.connectkit.plan.yaml} (connector sets as YAML files, import of
 * a live scope); the {@code internal} packages are not part of the API.
 */
module dev.connectkit.plan {
  exports dev.connectkit.plan;
  exports dev.connectkit.plan.yaml;

  requires transitive dev.connectkit;
  requires transitive dev.connectkit.connectors;
  requires com.squareup.moshi;
  requires okio;
  requires org.snakeyaml.engine;
  requires static org.jspecify;
}
