package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartListener;
import dev.connectkit.AutoRestartPolicy;
import dev.connectkit.Watch;
import dev.connectkit.testing.FakeConnectorApi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ConnectKitAutoRestartAutoConfigurationTest {
  private static final String ORDERS = Fakes.ORDERS;

  private static ApplicationContextRunner runner(FakeConnectorApi fake) {
    return Fakes.runner(fake, ConnectKitAutoConfiguration.class, ConnectKitAutoRestartAutoConfiguration.class);
  }

  @Test
  void offUnlessEnabled() {
    try (FakeConnectorApi fake = FakeConnectorApi.start()) {
      runner(fake).run(context -> assertThat(context).doesNotHaveBean(AutoRestartPolicy.class)
          .doesNotHaveBean(Watch.class));
    }
  }

  @Test
  void restartsAFailedHealthConnectorTellsListenersLogsWithoutTraceAndStopsWithTheContext(CapturedOutput output)
      throws Exception {
    List<AutoRestartDecision> decisions = new CopyOnWriteArrayList<>();
    Watch[] watch = new Watch[1];
    try (FakeConnectorApi fake = Fakes.seeded(FakeConnectorApi.builder().instantTransitions().start())) {
      runner(fake)
          .withPropertyValues(
              "connectkit.health.connectors=" + ORDERS,
              "connectkit.auto-restart.enabled=true",
              "connectkit.auto-restart.check-interval=50ms",
              "connectkit.auto-restart.initial-backoff=0s",
              "connectkit.auto-restart.max-attempts=3",
              "connectkit.auto-restart.window=10m")
          .withBean(AutoRestartListener.class, () -> decisions::add)
          .run(context -> {
            watch[0] = context.getBean("connectKitAutoRestart", Watch.class);
            fake.failConnector(ORDERS, "org.apache.kafka.common.errors.TimeoutException: broker-secret-host");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (decisions.isEmpty() && System.nanoTime() < deadline) {
              Thread.sleep(20);
            }
            assertThat(decisions).first().satisfies(d -> {
              assertThat(d.connectorName()).isEqualTo(ORDERS);
              assertThat(d.action()).isEqualTo(AutoRestartDecision.Action.RESTARTED);
            });
            while (!fake.connector(ORDERS).orElseThrow().state().equals("RUNNING")
                && System.nanoTime() < deadline) {
              Thread.sleep(20);
            }
            assertThat(fake.connector(ORDERS).orElseThrow().state()).isEqualTo("RUNNING");
          });
      assertThat(watch[0].isOpen()).isFalse();
    }
    assertThat(output).contains("auto-restart watches [" + ORDERS + "]")
        .contains(ORDERS + ": restarted")
        .doesNotContain("broker-secret-host");
  }

  @Test
  void anInvalidSettingFailsStartUpNamingTheProperty() {
    try (FakeConnectorApi fake = FakeConnectorApi.start()) {
      runner(fake)
          .withPropertyValues("connectkit.auto-restart.enabled=true", "connectkit.auto-restart.max-attempts=0")
          .run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                .hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class)
                .rootCause().hasMessageContaining("connectkit.auto-restart.max-attempts");
          });
    }
  }

  @Test
  void aNegativeInitialBackoffFailsStartUpNamingThatProperty() {
    try (FakeConnectorApi fake = FakeConnectorApi.start()) {
      runner(fake)
          .withPropertyValues("connectkit.auto-restart.enabled=true", "connectkit.auto-restart.initial-backoff=-1s")
          .run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                .hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class)
                .rootCause().hasMessageContaining("connectkit.auto-restart.initial-backoff");
          });
    }
  }
}
