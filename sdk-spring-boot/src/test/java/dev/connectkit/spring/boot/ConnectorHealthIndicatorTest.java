package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.Route;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ConnectorHealthIndicatorTest {
  private static final String ORDERS = "sales-dev-orders-connector";
  private static final String BILLING = "sales-dev-billing-connector";

  private FakeConnectorApi fake;
  private ConnectorClient client;
  private ConnectorHealthIndicator indicator;

  @BeforeEach
  void start() {
    fake = FakeConnectorApi.start();
    Placement sales = Placement.dedicated("sales", Stage.DEV);
    fake.seed(sales, "orders", Map.of("connector.class", "DatagenSource", "kafka.api.secret", "s3cr3t-value"));
    fake.seed(sales, "billing", Map.of("connector.class", "DatagenSource"));
    client = ConnectorClient.builder()
        .selfService(fake.baseUrl(), sales)
        .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
        .retryPolicy(RetryPolicy.none())
        .build();
    indicator = new ConnectorHealthIndicator(client, List.of(ORDERS, BILLING), new Status("PAUSED"));
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void upWhenEveryConnectorAndTaskRuns() {
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(connectors(health)).containsOnlyKeys(ORDERS, BILLING);
    assertThat(connector(health, ORDERS)).containsEntry("state", "RUNNING");
  }

  @Test
  void downWhenAConnectorFailsAndItsDetailsShowStatesNotTracesOrConfig() {
    fake.failConnector(ORDERS, "Invalid API key s3cr3t-value");
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(connector(health, ORDERS)).containsEntry("state", "FAILED");
    assertThat(connector(health, BILLING)).containsEntry("state", "RUNNING");
    assertThat(health.toString()).doesNotContain("s3cr3t-value").doesNotContain("DatagenSource");
  }

  @Test
  void downWhenOneTaskFailsWhileTheConnectorRuns() {
    fake.setState(ORDERS, ConnectorState.DEGRADED);
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(connector(health, ORDERS)).containsEntry("state", "DEGRADED");
    assertThat(String.valueOf(connector(health, ORDERS).get("tasks"))).contains("USER_ACTIONABLE_ERROR");
  }

  @Test
  void pausedStatusWhenAConnectorIsPausedAndNoneFailed() {
    fake.setState(BILLING, ConnectorState.PAUSED);
    assertThat(indicator.health().getStatus().getCode()).isEqualTo("PAUSED");
    ConnectorHealthIndicator pausedIsUp = new ConnectorHealthIndicator(client, List.of(ORDERS, BILLING), Status.UP);
    assertThat(pausedIsUp.health().getStatus()).isEqualTo(Status.UP);
    fake.failConnector(ORDERS, "boom");
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void downWhenAConfiguredConnectorDoesNotExist() {
    ConnectorHealthIndicator missing =
        new ConnectorHealthIndicator(client, List.of(ORDERS, "sales-dev-gone-connector"), new Status("PAUSED"));
    Health health = missing.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(connector(health, "sales-dev-gone-connector")).containsEntry("state", "NOT_FOUND");
  }

  @Test
  void downWithTheTypedErrorWhenTheApiFailsOrCannotBeReached() {
    fake.faults().next(Route.LIST, Fault.status(503));
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(error(health)).startsWith("ServerErrorException: ").contains("503");

    fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
    health = indicator.health();
    assertThat(error(health))
        .startsWith("UnauthenticatedException")
        .doesNotContain(FakeConnectorApi.DEFAULT_TOKEN);

    fake.close();
    health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(error(health)).startsWith("ConnectorException: ");
  }

  @Test
  void theAutoConfiguredIndicatorProbesOnceWithoutTheClientsRetriesAndClosesOnlyItsOwnClient() {
    try (ConnectorClient retrying = client.newBuilder().retryPolicy(RetryPolicy.defaults()).build();
        ConnectorHealthIndicator probing =
            ConnectorHealthIndicator.probing(retrying, List.of(ORDERS, BILLING), new Status("PAUSED"))) {
      fake.faults().next(Route.LIST, Fault.status(503)).next(Route.LIST, Fault.status(503));
      long before = fake.requestCount();
      Health health = probing.health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(fake.requestCount() - before).as("one attempt, not the client's retries").isEqualTo(1);
      probing.close();
      assertThat(retrying.list()).isNotEmpty(); // the bean's own client stays open
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> connectors(Health health) {
    return (Map<String, Object>) Objects.requireNonNull(health.getDetails().get("connectors"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> connector(Health health, String name) {
    return (Map<String, Object>) Objects.requireNonNull(connectors(health).get(name), name);
  }

  private static String error(Health health) {
    return String.valueOf(health.getDetails().get("error"));
  }
}
