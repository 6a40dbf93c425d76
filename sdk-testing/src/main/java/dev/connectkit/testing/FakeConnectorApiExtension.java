package dev.connectkit.testing;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.WaitOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.jspecify.annotations.Nullable;

/**
 * JUnit 5 extension that starts a {@link FakeConnectorApi} per test (or per class, reset between tests), injects it,
 * a {@link ConnectorClient} pointed at it, its {@link FakeClock} and the {@link Placement}, and closes them afterwards.
 * Use {@link EnableFakeConnectorApi} for the defaults, or register it to configure the fake:
 *
 * <!-- example: ConnectorConfig config -->
 * <pre>{@code
 * class SharedClusterTest {
 *   @RegisterExtension
 *   static final FakeConnectorApiExtension FAKE = new FakeConnectorApiExtension()
 *       .placement(Placement.shared("edh-shared", "scada", Stage.DEV))
 *       .configure(fake -> fake.provisioningTime(Duration.ofSeconds(30)));
 *
 *   @Test
 *   void createsOnTheSharedCluster(ConnectorClient client) {
 *     assertThat(client.create(config).name()).startsWith("edh-shared-scada-dev-");
 *   }
 * }
 * }</pre>
 *
 * <p>The injected client retries quickly (10 ms backoff, 3 attempts, 10 s deadline) and waits quickly (polls every
 * 10–200 ms, 30 s timeout, no failure grace; {@code client.waitOptions()} returns them), so a test never waits long.
 *
 * <p>The fake runs on an {@linkplain FakeClock#autoAdvancing() auto-advancing} clock by default: a status read moves
 * it to the connector's next change, so code under test that blocks in {@code transition.await(...)} completes within
 * milliseconds, with no clock control in the test. The clock still {@linkplain FakeClock#advance advances} on demand.
 * For a clock that moves only when told to, use {@code @EnableFakeConnectorApi(manualClock = true)} or
 * {@code .configure(fake -> fake.clock(new FakeClock()))}:
 *
 * <!-- example: void deployOrdersService(ConnectorClient client) -->
 * <pre>{@code
 * @Test
 * void serviceWaitsForItsConnector(ConnectorClient client) {
 *   deployOrdersService(client);   // creates and awaits RUNNING: returns in milliseconds
 * }
 * }</pre>
 */
public final class FakeConnectorApiExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeConnectorApiExtension.class);
  private static final String FAKE = "fake";
  private static final String CLIENT = "client";
  private static final String CLOCK = "clock";
  private static final String CLOUD_ENVIRONMENT = "env-fake";
  private static final String CLOUD_CLUSTER = "lkc-fake";

  /** The injected client's wait options (read them with {@code client.waitOptions()}). */
  private static final WaitOptions WAIT_OPTIONS = WaitOptions.defaults().toBuilder()
      .timeout(Duration.ofSeconds(30))
      .minInterval(Duration.ofMillis(10))
      .maxInterval(Duration.ofMillis(200))
      .failureGrace(Duration.ZERO)
      .build();

  private @Nullable Placement placement;
  private @Nullable Consumer<FakeConnectorApi.Builder> configurer;
  private @Nullable Boolean perClass;
  private String token = FakeConnectorApi.DEFAULT_TOKEN;

  /** An extension with the defaults, or those of the class's {@link EnableFakeConnectorApi}. */
  public FakeConnectorApiExtension() {}

  /** The placement the injected client works in; default {@code dedicated(sales/dev)} or the annotation's. */
  public FakeConnectorApiExtension placement(Placement placement) {
    this.placement = Objects.requireNonNull(placement, "placement");
    return this;
  }

  /**
   * Adjusts the fake before it starts (clock, timings, tokens, plugins). A landing zone of the placement is configured
   * for you. If you configure tokens, also call {@link #token(String)} when the client should use another one.
   */
  public FakeConnectorApiExtension configure(Consumer<FakeConnectorApi.Builder> configurer) {
    this.configurer = Objects.requireNonNull(configurer, "configurer");
    return this;
  }

  /** One fake for the whole class (when registered on a static field), reset between tests. */
  public FakeConnectorApiExtension perClass(boolean perClass) {
    this.perClass = perClass;
    return this;
  }

  /** The bearer token the injected client sends; default {@link FakeConnectorApi#DEFAULT_TOKEN}. */
  public FakeConnectorApiExtension token(String token) {
    this.token = Objects.requireNonNull(token, "token");
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (isPerClass(context)) {
      context.getStore(NAMESPACE).put(FAKE, startFake(context));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    FakeConnectorApi fake = context.getStore(NAMESPACE).remove(FAKE, FakeConnectorApi.class);
    if (fake != null) {
      fake.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    fake(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    ConnectorClient client = store.remove(CLIENT, ConnectorClient.class);
    if (client != null) {
      client.close();
    }
    FakeConnectorApi own = store.remove(FAKE, FakeConnectorApi.class);
    if (own != null) {
      own.close();
    }
    Optional<ExtensionContext> parent = context.getParent();
    if (parent.isPresent()) {
      FakeConnectorApi shared = parent.get().getStore(NAMESPACE).get(FAKE, FakeConnectorApi.class);
      if (shared != null) {
        shared.reset();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeConnectorApi.class
        || type == ConnectorClient.class
        || type == FakeClock.class
        || type == Placement.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    FakeConnectorApi fake = fake(context);
    if (type == FakeConnectorApi.class) {
      return fake;
    }
    if (type == Placement.class) {
      return placement(context);
    }
    if (type == FakeClock.class) {
      if (fake.clock() instanceof FakeClock) {
        return fake.clock();
      }
      throw new ParameterResolutionException("the fake runs on " + fake.clock() + ", not a FakeClock");
    }
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    ConnectorClient client = store.get(CLIENT, ConnectorClient.class);
    if (client == null) {
      ConnectorClient.Builder builder = ConnectorClient.builder();
      switch (fake.target()) {
        case CONFLUENT_CLOUD:
          builder.confluentCloud(CLOUD_ENVIRONMENT, CLOUD_CLUSTER, fake.baseUrl()).bearerToken(Secret.of(token));
          break;
        case KAFKA_CONNECT:
          builder.kafkaConnect(fake.baseUrl());
          break;
        default:
          builder.selfService(fake.baseUrl(), placement(context)).bearerToken(Secret.of(token));
      }
      client =
          builder
              .retryPolicy(
                  RetryPolicy.builder()
                      .maxAttempts(3)
                      .initialBackoff(Duration.ofMillis(10))
                      .maxBackoff(Duration.ofMillis(100))
                      .totalTimeout(Duration.ofSeconds(10))
                      .build())
              .readTimeout(Duration.ofSeconds(5))
              .waitOptions(WAIT_OPTIONS)
              .build();
      store.put(CLIENT, client);
    }
    return client;
  }

  /** The fake for this context: the class's, or this test's (started on first use). */
  private FakeConnectorApi fake(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      FakeConnectorApi fake = c.get().getStore(NAMESPACE).get(FAKE, FakeConnectorApi.class);
      if (fake != null) {
        return fake;
      }
    }
    FakeConnectorApi fake = startFake(context);
    context.getStore(NAMESPACE).put(FAKE, fake);
    return fake;
  }

  private FakeConnectorApi startFake(ExtensionContext context) {
    Placement p = placement(context);
    FakeConnectorApi.Builder builder = FakeConnectorApi.builder();
    p.landingZone().ifPresent(zone -> builder.landingZone(p.businessUnit(), zone));
    Optional<EnableFakeConnectorApi> annotation = annotation(context);
    boolean manual = annotation.isPresent() && annotation.get().manualClock();
    builder.clock(manual ? new FakeClock() : FakeClock.autoAdvancing());
    annotation.ifPresent(a -> builder.target(a.target()));
    if (annotation.isPresent() && annotation.get().instantTransitions()) {
      builder.instantTransitions();
    }
    Consumer<FakeConnectorApi.Builder> c = configurer;
    if (c != null) {
      c.accept(builder);
    }
    return builder.start();
  }

  private boolean isPerClass(ExtensionContext context) {
    Boolean explicit = perClass;
    if (explicit != null) {
      return explicit;
    }
    return annotation(context).map(EnableFakeConnectorApi::perClass).orElse(false);
  }

  private Placement placement(ExtensionContext context) {
    Placement p = placement;
    if (p != null) {
      return p;
    }
    Optional<EnableFakeConnectorApi> annotation = annotation(context);
    if (annotation.isEmpty()) {
      return Placement.dedicated("sales", Stage.DEV);
    }
    EnableFakeConnectorApi a = annotation.get();
    return a.landingZone().isEmpty()
        ? Placement.dedicated(a.businessUnit(), a.stage())
        : Placement.shared(a.landingZone(), a.businessUnit(), a.stage());
  }

  private static Optional<EnableFakeConnectorApi> annotation(ExtensionContext context) {
    Optional<Class<?>> testClass = context.getTestClass();
    return testClass.isPresent()
        ? AnnotationSupport.findAnnotation(testClass.get(), EnableFakeConnectorApi.class)
        : Optional.empty();
  }
}
