/**
 * Typed, validated configs for Confluent's managed connectors, built on {@code dev.connectkit}.
 *
 * <p>Only {@code dev.connectkit.connectors} is exported; {@code dev.connectkit.connectors.internal} holds the shared
 * validation and rendering machinery and is not part of the API.
 */
module dev.connectkit.connectors {
  exports dev.connectkit.connectors;
  // The generated connector facts (internal/facts/*.json) also back sdk-testing's fake plugin catalogue and
  // sdk-plan's server defaults.
  exports dev.connectkit.connectors.internal to dev.connectkit.testing, dev.connectkit.plan;

  requires transitive dev.connectkit;
  requires com.squareup.moshi;
  requires static org.jspecify;
  // Compile-time only: Immutables' @Value.* annotations and the @Generated markers on its generated builders.
  requires static org.immutables.value;
  requires static java.compiler;
}
