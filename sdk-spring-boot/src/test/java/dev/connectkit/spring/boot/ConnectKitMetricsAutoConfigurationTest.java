package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.testing.FakeConnectorApi;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ConnectKitMetricsAutoConfigurationTest {
  private static final String ORDERS = Fakes.ORDERS;
  private static FakeConnectorApi fake;

  @BeforeAll
  static void startFake() {
    fake = Fakes.seeded(FakeConnectorApi.start());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private static ApplicationContextRunner runner() {
    return Fakes.runner(
            fake,
            ConnectKitAutoConfiguration.class,
            ConnectKitAutoRestartAutoConfiguration.class,
            ConnectKitMetricsAutoConfiguration.class)
        .withPropertyValues(
            "connectkit.health.connectors=" + ORDERS,
            "connectkit.metrics.interval=50ms");
  }

  private static ApplicationContextRunner withRegistries() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return runner()
        .withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> observations);
  }

  @Test
  void timesTheClientBeansCallsWithLowCardinalityTagsOnly() {
    withRegistries().run(context -> {
      context.getBean(ConnectorClient.class).status(ORDERS);
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      Meter call = meters.get("connectkit.call").tag("operation", "STATUS").timer();
      assertThat(call.getId().getTags()).extracting(t -> t.getKey())
          .contains("operation", "target", "outcome", "status.class")
          .doesNotContain("connector.name", "connector");
    });
  }

  @Test
  void withTracingOffTheSameTimersAreRecordedWithoutObservations() {
    withRegistries().withPropertyValues("connectkit.metrics.tracing=false").run(context -> {
      assertThat(context).hasBean("connectKitMeters").doesNotHaveBean("connectKitObservations");
      context.getBean(ConnectorClient.class).status(ORDERS);
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      Meter call = meters.get("connectkit.call").tags("operation", "STATUS", "outcome", "SUCCESS").timer();
      assertThat(call.getId().getTags()).extracting(t -> t.getKey())
          .containsExactlyInAnyOrder("operation", "target", "outcome", "status.class", "error");
      // The observation path's meter handler would also have made a long task timer.
      assertThat(meters.find("connectkit.call.active").longTaskTimer()).isNull();
    });
    withRegistries().run(context -> assertThat(context)
        .hasBean("connectKitObservations").doesNotHaveBean("connectKitMeters"));
  }

  @Test
  void keepsStateGaugesOfTheHealthConnectorsAndCountsAutoRestartDecisions() {
    withRegistries().withPropertyValues("connectkit.auto-restart.enabled=true").run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.find("connectkit.autorestart.decisions").tag("action", "GAVE_UP").counter()).isNotNull();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (meters.find("connectkit.connector.up").tag("connector", ORDERS).gauge() == null
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(meters.find("connectkit.connector.up").tag("connector", ORDERS).gauge()).isNotNull();
      assertThat(meters.find("connectkit.connectors").tag("state", "RUNNING").gauge()).isNotNull();
    });
  }

  @Test
  void instrumentsNothingWithoutRegistriesOrWhenTheApplicationTurnsStatesOff() {
    runner().run(context -> assertThat(context)
        .doesNotHaveBean("connectKitObservations").doesNotHaveBean("connectKitStateMeters"));
    withRegistries().withPropertyValues("connectkit.metrics.connector-states=false").run(context -> assertThat(context)
        .hasBean("connectKitObservations").doesNotHaveBean("connectKitStateMeters"));
  }

  @Test
  void aZeroStateIntervalFailsStartUpNamingTheProperty() {
    withRegistries().withPropertyValues("connectkit.metrics.interval=0s").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class)
          .rootCause().hasMessageContaining("connectkit.metrics.interval");
    });
  }
}
