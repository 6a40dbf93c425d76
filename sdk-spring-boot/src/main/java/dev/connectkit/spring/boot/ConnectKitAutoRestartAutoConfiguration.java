package dev.connectkit.spring.boot;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartListener;
import dev.connectkit.AutoRestartPolicy;
import dev.connectkit.ConnectorClient;
import dev.connectkit.Watch;
import dev.connectkit.WatchSelector;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

/**
 * {@code connectkit.auto-restart.enabled=true} starts sdk-core's {@link AutoRestartPolicy} over the connectors of
 * {@code connectkit.auto-restart.connectors} (else {@code connectkit.health.connectors}, else every connector in the
 * client's scope) and stops it when the context closes. Each decision is logged (category {@code
 * dev.connectkit.spring.boot.AutoRestart}: name, action, reason, never a trace) and handed to every {@link
 * AutoRestartListener} bean; an {@link AutoRestartPolicy} bean of the application's replaces the one built from the
 * properties.
 *
 * <pre>{@code
 * connectkit.auto-restart.enabled=true
 * connectkit.auto-restart.initial-backoff=30s
 * connectkit.auto-restart.max-attempts=3
 * connectkit.auto-restart.window=1h
 * }</pre>
 */
@AutoConfiguration(after = ConnectKitAutoConfiguration.class)
@ConditionalOnBean(ConnectorClient.class)
@ConditionalOnProperty(prefix = "connectkit.auto-restart", name = "enabled", havingValue = "true")
public class ConnectKitAutoRestartAutoConfiguration {
  private static final Log log = LogFactory.getLog("dev.connectkit.spring.boot.AutoRestart");

  /** Registered by Spring Boot through the auto-configuration imports. */
  public ConnectKitAutoRestartAutoConfiguration() {}

  /** The policy from {@code connectkit.auto-restart.*}, with a logging listener and the listener beans. */
  @Bean
  @ConditionalOnMissingBean
  public AutoRestartPolicy connectKitAutoRestartPolicy(
      ConnectKitProperties properties, ObjectProvider<AutoRestartListener> listeners) {
    ConnectKitProperties.AutoRestart p = properties.getAutoRestart();
    AutoRestartPolicy.Builder builder = AutoRestartPolicy.builder();
    try {
      builder.backoff(p.getInitialBackoff(), p.getMaxBackoff());
    } catch (IllegalArgumentException e) {
      boolean initial = p.getInitialBackoff().isNegative();
      throw new InvalidConfigurationPropertyValueException(
          "connectkit.auto-restart." + (initial ? "initial-backoff" : "max-backoff"),
          initial ? p.getInitialBackoff() : p.getMaxBackoff(), e.getMessage());
    }
    try {
      builder.maxAttempts(p.getMaxAttempts(), p.getWindow());
    } catch (IllegalArgumentException e) {
      String property = p.getMaxAttempts() < 1 ? "max-attempts" : "window";
      throw new InvalidConfigurationPropertyValueException(
          "connectkit.auto-restart." + property, property.equals("window") ? p.getWindow() : p.getMaxAttempts(),
          e.getMessage());
    }
    try {
      builder.checkInterval(p.getCheckInterval());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationPropertyValueException(
          "connectkit.auto-restart.check-interval", p.getCheckInterval(), e.getMessage());
    }
    builder.jitter(p.isJitter()).skipUserActionable(p.isSkipUserActionable()).listener(
        ConnectKitAutoRestartAutoConfiguration::log);
    listeners.orderedStream().forEach(builder::listener);
    return builder.build();
  }

  /** The running policy: a {@link Watch} closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(name = "connectKitAutoRestart")
  public Watch connectKitAutoRestart(
      AutoRestartPolicy policy, ConnectorClient client, ConnectKitProperties properties) {
    List<String> names = properties.getAutoRestart().getConnectors();
    if (names.isEmpty()) {
      names = properties.getHealth().getConnectors();
    }
    WatchSelector selector = names.isEmpty() ? WatchSelector.all() : WatchSelector.names(names.toArray(new String[0]));
    log.info("auto-restart watches " + (names.isEmpty() ? "every connector in scope" : names) + " with " + policy);
    return policy.start(client, selector);
  }

  private static void log(AutoRestartDecision d) {
    String line = d.connectorName() + ": " + d.action().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " (" + d.reason() + ", attempt " + d.attemptsInWindow() + " in window"
        + (d.delay().isZero() ? "" : ", next in " + d.delay()) + ")";
    switch (d.action()) {
      case RESTARTED:
      case BACKING_OFF:
        log.info(line);
        break;
      default:
        log.warn(line);
    }
  }
}
