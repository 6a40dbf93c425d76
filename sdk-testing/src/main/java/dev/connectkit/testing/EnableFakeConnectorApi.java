package dev.connectkit.testing;

import dev.connectkit.Stage;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against a fresh {@link FakeConnectorApi}, and injects into test methods (and
 * constructors, lifecycle methods) any of: the {@link FakeConnectorApi}, a {@link dev.connectkit.ConnectorClient}
 * already pointed at it, its {@link FakeClock}, the {@link dev.connectkit.Placement} the client works in.
 *
 * <!-- example: ConnectorConfig myConfig() -->
 * <pre>{@code
 * @EnableFakeConnectorApi(businessUnit = "sales", stage = Stage.DEV)
 * class OrdersPipelineTest {
 *   @Test
 *   void createsTheDatagenConnector(ConnectorClient client, FakeConnectorApi fake, FakeClock clock) {
 *     client.create(myConfig());
 *     clock.advance(Duration.ofMinutes(1));
 *     assertThat(fake.connector("sales-dev-orders-datagen-connector").orElseThrow().state())
 *         .isEqualTo("RUNNING");
 *   }
 * }
 * }</pre>
 *
 * <p>For more control, register {@link FakeConnectorApiExtension} with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeConnectorApiExtension.class)
public @interface EnableFakeConnectorApi {
  /** The business unit the injected client works in. */
  String businessUnit() default "sales";

  /** The stage the injected client works in. */
  Stage stage() default Stage.DEV;

  /** The landing zone, for a business unit on a shared cluster; empty for a dedicated cluster. */
  String landingZone() default "";

  /** One fake for the whole class, reset between tests (faster); default one fake per test. */
  boolean perClass() default false;

  /** Changes take effect at once: no provisioning time, no stale reads. */
  boolean instantTransitions() default false;

  /**
   * The fake's clock moves only when the test {@linkplain FakeClock#advance advances} it. By default it also moves to
   * a connector's next change whenever a client reads that connector's status ({@link FakeClock#autoAdvancing()}), so
   * code that awaits a transition completes without the test's help.
   */
  boolean manualClock() default false;

  /**
   * The API the fake speaks, and the injected client with it: the Self-Service API (default), Confluent Cloud's
   * Connect v1 (environment {@code env-fake}, cluster {@code lkc-fake}) or Apache Kafka Connect.
   */
  FakeTarget target() default FakeTarget.SELF_SERVICE;
}
