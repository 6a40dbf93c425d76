package dev.connectkit.benchmarks;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Secret;
import dev.connectkit.Transition;
import dev.connectkit.micrometer.ConnectorMeters;
import dev.connectkit.micrometer.ConnectorObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;

/**
 * The SDK: {@link ConnectorClient} on the Self-Service target, its own OkHttpClient, a fixed bearer token; {@link
 * #observed} the same with sdk-micrometer's observations (timers and retry counters in a meter registry), {@link
 * #metered} with its metrics-only listener (the same timers and counters, no Observation).
 */
final class SdkContestant implements Contestant {
  private final ConnectorClient client;
  private final ConnectorConfig config = Fixtures.sdkConfig();

  SdkContestant(String baseUrl) {
    this(builder(baseUrl));
  }

  private SdkContestant(ConnectorClient.Builder builder) {
    this.client = builder.build();
  }

  private static ConnectorClient.Builder builder(String baseUrl) {
    return ConnectorClient.builder()
        .selfService(baseUrl, Fixtures.PLACEMENT)
        .bearerToken(Secret.of(Fixtures.TOKEN));
  }

  /**
   * Instrumented as a Spring Boot service would be: every call an Observation, a {@code DefaultMeterObservationHandler}
   * turning it into a timer (and a long task timer while it runs) in a meter registry.
   */
  static SdkContestant observed(String baseUrl) {
    MeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return new SdkContestant(
        builder(baseUrl).eventListenerFactory(ConnectorObservations.of(observations, meters)));
  }

  /** Metrics only: sdk-micrometer's {@code ConnectorMeters}, timers and counters recorded straight in a registry. */
  static SdkContestant metered(String baseUrl) {
    return new SdkContestant(builder(baseUrl).eventListener(ConnectorMeters.of(new SimpleMeterRegistry())));
  }

  @Override
  public Connector create() {
    Transition t = client.create(config);
    return t.connector().orElseThrow();
  }

  @Override
  public Connector get() {
    return client.get(Fixtures.NAME);
  }

  @Override
  public ConnectorStatus status() {
    return client.status(Fixtures.NAME);
  }

  @Override
  public List<ConnectorInfo> list() {
    return client.list();
  }

  @Override
  public Transition pause() {
    return client.pause(Fixtures.NAME);
  }

  @Override
  public void close() {
    client.close();
  }
}
