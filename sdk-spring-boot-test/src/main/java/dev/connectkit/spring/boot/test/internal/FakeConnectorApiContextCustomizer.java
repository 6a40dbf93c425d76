package dev.connectkit.spring.boot.test.internal;

import dev.connectkit.spring.boot.test.AutoConfigureFakeConnectorApi;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link FakeConnectorApi} for one application context, registers it as the bean {@code fakeConnectorApi},
 * puts {@code connectkit.*} properties pointing at it in front of the application's, and stops it when the context
 * closes or fails to start. Equal for equal annotation values, so Spring's context cache shares the context.
 */
final class FakeConnectorApiContextCustomizer implements ContextCustomizer {
  static final String PROPERTY_SOURCE = "connectkitFakeConnectorApi";

  private final AutoConfigureFakeConnectorApi settings;

  FakeConnectorApiContextCustomizer(AutoConfigureFakeConnectorApi settings) {
    this.settings = settings;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    FakeConnectorApi.Builder builder = FakeConnectorApi.builder().target(settings.target());
    if (!settings.landingZone().isEmpty()) {
      builder.landingZone(settings.businessUnit(), settings.landingZone());
    }
    builder.clock(settings.manualClock() ? new FakeClock() : FakeClock.autoAdvancing());
    if (settings.instantTransitions()) {
      builder.instantTransitions();
    }
    FakeConnectorApi fake = builder.start();
    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    beans.registerSingleton("fakeConnectorApi", fake);
    if (beans instanceof DefaultSingletonBeanRegistry registry) {
      // Destroyed with the context's singletons: when it closes, and also when its refresh fails.
      registry.registerDisposableBean("fakeConnectorApi", fake::close);
    } else {
      context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
        if (event.getApplicationContext() == context) {
          fake.close();
        }
      });
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(fake)));
  }

  private Map<String, Object> properties(FakeConnectorApi fake) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("connectkit.base-url", fake.baseUrl());
    FakeTarget target = settings.target();
    switch (target) {
      case CONFLUENT_CLOUD:
        p.put("connectkit.target", "confluent-cloud");
        p.put("connectkit.confluent-cloud.environment-id", "env-fake");
        p.put("connectkit.confluent-cloud.cluster-id", "lkc-fake");
        p.put("connectkit.auth.method", "basic");
        p.put("connectkit.auth.basic.key", "FAKEKEY");
        p.put("connectkit.auth.basic.secret", FakeConnectorApi.DEFAULT_TOKEN);
        break;
      case KAFKA_CONNECT:
        p.put("connectkit.target", "kafka-connect");
        p.put("connectkit.auth.method", "none");
        break;
      default:
        p.put("connectkit.target", "self-service");
        p.put("connectkit.self-service.business-unit", settings.businessUnit());
        p.put("connectkit.self-service.stage", settings.stage().id());
        p.put("connectkit.self-service.landing-zone", settings.landingZone());
        p.put("connectkit.auth.method", "token");
        p.put("connectkit.auth.token", FakeConnectorApi.DEFAULT_TOKEN);
    }
    return p;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FakeConnectorApiContextCustomizer
        && settings.equals(((FakeConnectorApiContextCustomizer) o).settings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(FakeConnectorApiContextCustomizer.class, settings);
  }
}
