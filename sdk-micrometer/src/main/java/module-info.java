/**
 * Micrometer for ConnectKit: {@code ConnectorObservations} (every call and wait as an Observation), {@code
 * ConnectorMeters} (the same timers and counters without Observations),
 * {@code ConnectorStateMeters} (state gauges from a watch) and {@code AutoRestartMeters} (decision counters).
 *
 * <p>Exports {@code dev.connectkit.micrometer}; Micrometer's observation and core modules are required transitively
 * because the public methods take an {@code ObservationRegistry} and a {@code MeterRegistry}.
 */
module dev.connectkit.micrometer {
  exports dev.connectkit.micrometer;

  requires transitive dev.connectkit;
  requires transitive micrometer.observation;
  requires transitive micrometer.core;
  requires micrometer.commons;
  requires static org.jspecify;
}
