package dev.connectkit.spring.boot;

import dev.connectkit.AutoRestartListener;
import dev.connectkit.ConnectorClient;
import dev.connectkit.Watch;
import dev.connectkit.WatchSelector;
import dev.connectkit.micrometer.AutoRestartMeters;
import dev.connectkit.micrometer.ConnectorMeters;
import dev.connectkit.micrometer.ConnectorObservations;
import dev.connectkit.micrometer.ConnectorStateMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code dev.connectkit:sdk-micrometer} on the class path and Spring Boot's observation and metrics support
 * configured: every call and wait of the {@code ConnectorClient} bean is an observation (timers {@code
 * connectkit.call} and {@code connectkit.wait}, spans with a tracing bridge), retries are counted, connector and task
 * states are gauges ({@code connectkit.connectors}, {@code connectkit.tasks}, per connector {@code
 * connectkit.connector.up} for at most {@code connectkit.metrics.track-connectors}), and auto-restart decisions are
 * counted ({@code connectkit.autorestart.decisions}). No connector name, URL or secret is a tag of a shared meter.
 * With {@code connectkit.metrics.tracing=false} the calls and waits are no Observations: sdk-micrometer's {@code
 * ConnectorMeters} records the same timers and counters straight in the {@code MeterRegistry} (no spans; cheaper).
 *
 * <pre>{@code
 * GET /actuator/metrics/connectkit.call?tag=operation:STATUS
 * }</pre>
 */
@AutoConfiguration(
    after = ConnectKitAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({ConnectorObservations.class, ObservationRegistry.class, MeterRegistry.class})
public class ConnectKitMetricsAutoConfiguration {
  /** Registered by Spring Boot through the auto-configuration imports. */
  public ConnectKitMetricsAutoConfiguration() {}

  /** Instruments the client bean's calls and waits with the application's observation registry. */
  @Bean
  @ConditionalOnBean(ObservationRegistry.class)
  @ConditionalOnProperty(prefix = "connectkit.metrics", name = "tracing", havingValue = "true", matchIfMissing = true)
  @ConditionalOnMissingBean(name = "connectKitObservations")
  public ConnectorClientCustomizer connectKitObservations(
      ObservationRegistry observations, ObjectProvider<MeterRegistry> meters) {
    MeterRegistry registry = meters.getIfAvailable();
    ConnectorObservations factory =
        registry == null ? ConnectorObservations.of(observations) : ConnectorObservations.of(observations, registry);
    return builder -> builder.eventListenerFactory(factory);
  }

  /** Meters for the auto-restart decisions and the connector states. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(MeterRegistry.class)
  static class MeterConfiguration {
    /** Metrics only ({@code connectkit.metrics.tracing=false}): the client bean's calls and waits timed directly. */
    @Bean
    @ConditionalOnProperty(prefix = "connectkit.metrics", name = "tracing", havingValue = "false")
    @ConditionalOnMissingBean(name = "connectKitMeters")
    ConnectorClientCustomizer connectKitMeters(MeterRegistry registry) {
      ConnectorMeters listener = ConnectorMeters.of(registry);
      return builder -> builder.eventListener(listener);
    }

    @Bean
    @ConditionalOnMissingBean(AutoRestartMeters.class)
    AutoRestartListener connectKitAutoRestartMeters(MeterRegistry registry) {
      return AutoRestartMeters.of(registry);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(ConnectorClient.class)
    @ConditionalOnProperty(prefix = "connectkit.metrics", name = "connector-states", havingValue = "true",
        matchIfMissing = true)
    @ConditionalOnMissingBean(name = "connectKitStateMeters")
    Watch connectKitStateMeters(MeterRegistry registry, ConnectorClient client, ConnectKitProperties properties) {
      ConnectKitProperties.Metrics metrics = properties.getMetrics();
      List<String> names = properties.getHealth().getConnectors();
      WatchSelector selector = names.isEmpty() ? WatchSelector.all() : WatchSelector.names(names.toArray(new String[0]));
      if (metrics.getInterval().isNegative() || metrics.getInterval().isZero()) {
        throw new InvalidConfigurationPropertyValueException(
            "connectkit.metrics.interval", metrics.getInterval(), "a duration of more than zero, e.g. 30s");
      }
      return ConnectorStateMeters.builder(registry)
          .trackConnectors(metrics.getTrackConnectors())
          .interval(metrics.getInterval())
          .watch(client, selector);
    }
  }
}
