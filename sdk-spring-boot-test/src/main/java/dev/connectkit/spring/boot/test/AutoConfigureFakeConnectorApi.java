package dev.connectkit.spring.boot.test;

import dev.connectkit.Stage;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeTarget;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring Boot test's {@code connectkit.*} properties, and so its {@code ConnectorClient} bean, at a {@link
 * dev.connectkit.testing.FakeConnectorApi} started for the test's application context. The fake is a bean too: inject
 * it to seed connectors, change their state or inject faults. It stops when the context closes; tests with the same
 * annotation values share one context and one fake (Spring's context cache), so {@link
 * dev.connectkit.testing.FakeConnectorApi#reset() reset} it where a test needs a clean one.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureFakeConnectorApi(businessUnit = "sales", stage = Stage.DEV)
 * class OrdersServiceTest {
 *   @Autowired FakeConnectorApi fake;
 *   @Autowired ConnectorClient client;
 *
 *   @Test
 *   void reportsAFailedConnector() {
 *     fake.seed(Placement.dedicated("sales", Stage.DEV), "orders", Map.of("connector.class", "DatagenSource"));
 *     fake.failConnector("sales-dev-orders-connector", "Invalid API key");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>The properties it sets win over the application's: {@code connectkit.target}, {@code connectkit.base-url}, the
 * placement (Self-Service) or {@code env-fake}/{@code lkc-fake} (Confluent Cloud), and credentials the fake accepts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeConnectorApi {
  /** The API the fake speaks: the Self-Service API (default), Confluent Cloud's Connect v1 or Apache Kafka Connect. */
  FakeTarget target() default FakeTarget.SELF_SERVICE;

  /** The business unit of {@code connectkit.self-service.business-unit}. */
  String businessUnit() default "sales";

  /** The stage of {@code connectkit.self-service.stage}. */
  Stage stage() default Stage.DEV;

  /** The landing zone, for a business unit on a shared cluster; empty for a dedicated cluster. */
  String landingZone() default "";

  /** Changes take effect at once: no provisioning time, no stale reads. */
  boolean instantTransitions() default false;

  /**
   * The fake's clock moves only when the test advances it. By default it is {@link FakeClock#autoAdvancing()}: a
   * status read moves it to the connector's next change, so code that awaits a transition completes by itself.
   */
  boolean manualClock() default false;
}
