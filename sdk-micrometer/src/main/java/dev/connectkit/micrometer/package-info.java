/**
 * Micrometer for {@link dev.connectkit.ConnectorClient}: every call and wait as an {@code Observation} (metrics and
 * tracing from one hook: {@code ConnectorObservations}) or, for metrics only at less cost, timed straight in a meter
 * registry ({@code ConnectorMeters}); connector and task state gauges from a watch, and auto-restart decision
 * counters.
 *
 * <!-- example: io.micrometer.observation.ObservationRegistry observationRegistry; io.micrometer.core.instrument.MeterRegistry meterRegistry -->
 * <pre>{@code
 * ConnectorClient client = ConnectorClient.builder()
 *     .kafkaConnect("http://connect:8083")
 *     .eventListenerFactory(ConnectorObservations.of(observationRegistry, meterRegistry))
 *     .build();
 * }</pre>
 */
@NullMarked
package dev.connectkit.micrometer;

import org.jspecify.annotations.NullMarked;
