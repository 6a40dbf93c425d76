package dev.connectkit.spring.boot;

import dev.connectkit.Placement;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeConnectorApi;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The tests' fake with one running connector, and context runners pointed at it. */
final class Fakes {
  /** The seeded connector. */
  static final String ORDERS = "sales-dev-orders-connector";

  private Fakes() {}

  /** {@code fake} with {@link #ORDERS} running in sales/dev. */
  static FakeConnectorApi seeded(FakeConnectorApi fake) {
    fake.seed(Placement.dedicated("sales", Stage.DEV), "orders", Map.of("connector.class", "DatagenSource"));
    return fake;
  }

  /** A runner of {@code configurations} whose client talks to {@code fake} in sales/dev with the fake's token. */
  static ApplicationContextRunner runner(FakeConnectorApi fake, Class<?>... configurations) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(configurations))
        .withPropertyValues(
            "connectkit.base-url=" + fake.baseUrl(),
            "connectkit.self-service.business-unit=sales",
            "connectkit.self-service.stage=dev",
            "connectkit.auth.method=token",
            "connectkit.auth.token=" + FakeConnectorApi.DEFAULT_TOKEN);
  }
}
