package dev.connectkit.spring.boot;

import dev.connectkit.ConnectorClient;
import dev.connectkit.spring.boot.internal.OnHealthConnectorsCondition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Registers the {@code connectkit} {@link ConnectorHealthIndicator} when {@code connectkit.health.connectors} names at
 * least one connector and Spring Boot's health support is present; {@code management.health.connectkit.enabled=false}
 * turns it off.
 *
 * <pre>{@code
 * connectkit.health.connectors=sales-dev-orders-datagen-connector
 * # GET /actuator/health/connectkit -> {"status":"UP","details":{"connectors":{...}}}
 * }</pre>
 */
@AutoConfiguration(after = ConnectKitAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ConnectorClient.class)
@Conditional(OnHealthConnectorsCondition.class)
@ConditionalOnEnabledHealthIndicator("connectkit")
public class ConnectKitHealthAutoConfiguration {
  /** Registered by Spring Boot through the auto-configuration imports. */
  public ConnectKitHealthAutoConfiguration() {}

  /** The indicator, named {@code connectkit} in the health endpoint. */
  @Bean
  @ConditionalOnMissingBean(name = "connectkitHealthIndicator")
  public ConnectorHealthIndicator connectkitHealthIndicator(ConnectorClient client, ConnectKitProperties properties) {
    ConnectKitProperties.Health health = properties.getHealth();
    return ConnectorHealthIndicator.probing(client, health.getConnectors(), new Status(health.getPausedStatus()));
  }
}
