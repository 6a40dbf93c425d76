package dev.connectkit.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Placement;
import dev.connectkit.Stage;
import dev.connectkit.spring.boot.test.AutoConfigureFakeConnectorApi;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample service against the fake, over HTTP as an operator sees it: health goes DOWN when the connector fails and
 * UP after auto-restart, the client's metrics are listed (sdk-micrometer), and no secret shows in the actuator or the log. One
 * application context for every test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "connectkit.auto-restart.check-interval=100ms",
      "connectkit.auto-restart.initial-backoff=500ms",
      "connectkit.auto-restart.jitter=false",
      "connectkit.auto-restart.max-attempts=50",
      "connectkit.auth.client-credentials.client-secret=" + ConnectorsServiceTest.CLIENT_SECRET,
      "management.endpoints.web.exposure.include=*",
      "management.endpoint.env.show-values=ALWAYS",
      "management.endpoint.configprops.show-values=ALWAYS"
    })
@AutoConfigureFakeConnectorApi(instantTransitions = true)
@ExtendWith(OutputCaptureExtension.class)
class ConnectorsServiceTest {
  static final String CLIENT_SECRET = "it-client-secret-5f1a";
  private static final String ORDERS = "sales-dev-orders-connector";
  private static final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired FakeConnectorApi fake;

  @BeforeEach
  void seedTheServicesConnector() {
    fake.reset();
    fake.seed(Placement.dedicated("sales", Stage.DEV), "orders", Map.of("connector.class", "DatagenSource"));
  }

  @Test
  void healthGoesDownWhenTheConnectorFailsAndUpAfterAutoRestart(CapturedOutput output) throws Exception {
    assertThat(get("/actuator/health/connectkit").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/connectkit").body()).contains("\"status\":\"UP\"").contains(ORDERS);

    // The first restart fails, so the connector stays FAILED for one backoff (500 ms): long enough to see DOWN.
    fake.faults().next(Route.RESTART, Fault.status(500));
    fake.failConnector(ORDERS, "org.apache.kafka.common.errors.TimeoutException: Timed out");
    HttpResponse<String> down = get("/actuator/health/connectkit");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("\"state\":\"FAILED\"");
    assertThat(get("/actuator/health").statusCode()).isEqualTo(503);

    HttpResponse<String> up = awaitStatus("/actuator/health/connectkit", 200, Duration.ofSeconds(10));
    assertThat(up.body()).contains("\"status\":\"UP\"").contains("\"state\":\"RUNNING\"");
    assertThat(output).contains(ORDERS + ": restart failed").contains(ORDERS + ": restarted");
  }

  @Test
  void aPausedConnectorShowsPausedWithHttp200() throws Exception {
    fake.setState(ORDERS, dev.connectkit.ConnectorState.PAUSED);
    HttpResponse<String> paused = get("/actuator/health/connectkit");
    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(paused.body()).contains("\"status\":\"PAUSED\"");
    // PAUSED is in management.endpoint.health.status.order (application.properties): it shows in the aggregate.
    assertThat(get("/actuator/health").body()).endsWith("\"status\":\"PAUSED\"}");
  }

  @Test
  void theServiceReadsItsConnectorsThroughTheAutoConfiguredClient() throws Exception {
    assertThat(get("/connectors").body()).isEqualTo("{\"" + ORDERS + "\":\"RUNNING\"}");
  }

  @Test
  void theClientsMetricsAreListedWithoutAConnectorTag() throws Exception {
    get("/connectors");
    String names = get("/actuator/metrics").body();
    assertThat(names)
        .contains("\"connectkit.call\"")
        .contains("\"connectkit.connectors\"")
        .contains("\"connectkit.tasks\"")
        .contains("\"connectkit.autorestart.decisions\"");
    String calls = get("/actuator/metrics/connectkit.call").body();
    assertThat(calls).contains("\"operation\"").contains("\"LIST\"").contains("\"status.class\"")
        .doesNotContain(ORDERS);
  }

  @Test
  void noSecretInEnvConfigpropsHealthOrTheLog(CapturedOutput output) throws Exception {
    fake.failConnector(ORDERS, "Invalid API key " + CLIENT_SECRET);
    String env = get("/actuator/env").body();
    String configprops = get("/actuator/configprops").body();
    String health = get("/actuator/health").body();
    // show-values=ALWAYS is in effect (other values are shown), and the secret keys are listed, masked.
    assertThat(env).contains(fake.baseUrl()).contains("connectkit.auth.client-credentials.client-secret");
    assertThat(configprops).contains("connectkit").contains(fake.baseUrl());
    for (String body : new String[] {env, configprops, health, output.getAll()}) {
      assertThat(body).doesNotContain(CLIENT_SECRET).doesNotContain(FakeConnectorApi.DEFAULT_TOKEN);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> awaitStatus(String path, int status, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> response = get(path);
    while (response.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(50);
      response = get(path);
    }
    return response;
  }
}
