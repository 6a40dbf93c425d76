package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.CONNECTOR_JSON;
import static dev.connectkit.ConnectorClientTest.NAME;
import static dev.connectkit.ConnectorClientTest.SCOPE;
import static dev.connectkit.ConnectorClientTest.config;
import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.empty;
import static dev.connectkit.TestServers.json;
import static dev.connectkit.TestServers.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error mapping, retries, the safe create, token renewal. */
class ConnectorClientFailureTest {
  MockWebServer server;
  ConnectorClient client;

  @BeforeEach
  void start() {
    server = TestServers.start();
    client = TestServers.client(server, ConnectorClientTest.SCOPE);
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "400|{\"error\":{\"code\":400,\"message\":\"bad topic\"}}|ConnectorValidationException|400|bad topic",
      "401|{\"error_code\":401,\"message\":\"token expired\"}|UnauthenticatedException|401|token expired",
      "403|{\"code\":403,\"message\":\"no access to scada\"}|ForbiddenException|403|no access to scada",
      "404|{\"errors\":[{\"status\":\"404\",\"code\":\"not_found\",\"detail\":\"no such connector\"}]}|ConnectorNotFoundException|not_found|no such connector",
      "409|{\"error_code\":409,\"message\":\"rebalance in progress\"}|ConnectorException|409|rebalance in progress",
      "422|{\"message\":\"unprocessable\"}|ConnectorValidationException||unprocessable",
      "500|{\"error_code\":500,\"message\":\"Failed to find any class that implements Connector\"}|ServerErrorException|500|Failed to find any class that implements Connector",
      "501|{\"error\":{\"code\":501,\"message\":\"not implemented\"}}|ServerErrorException|501|not implemented",
  })
  void everyErrorShapeMapsToTheHierarchy(int status, String body, String type, String code, String message) {
    MockResponse response = json(status, body).newBuilder().addHeader("X-Request-Id", "rid-" + status).build();
    server.enqueue(response); // a fixed token cannot be renewed: a 401 is not retried either
    assertThatThrownBy(() -> client.pause(NAME))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(type);
          assertThat(e.statusCode()).hasValue(status);
          assertThat(e.errorCode().orElse("")).isEqualTo(code == null ? "" : code);
          assertThat(e.serverMessage()).isEqualTo(message);
          assertThat(e.requestId()).contains("rid-" + status);
          assertThat(e.getMessage()).contains(message).contains("HTTP " + status).contains("rid-" + status);
        });
    assertThat(server.getRequestCount()).as("never retried").isEqualTo(1);
  }

  @Test
  void nonJsonErrorBodyBecomesAShortExcerpt() {
    server.enqueue(new MockResponse.Builder().code(418)
        .addHeader("Content-Type", "text/html")
        .body("<html><head><style>p{}</style></head><body><h1>I'm a teapot</h1>\n<p>short and stout</p></body></html>")
        .build());
    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOfSatisfying(ConnectorException.class, e -> {
          assertThat(e.serverMessage()).isEqualTo("request failed: I'm a teapot short and stout");
          assertThat(e.statusCode()).hasValue(418);
        });
  }

  @Test
  void emptyErrorBodyNamesTheStatus() {
    server.enqueue(empty(503));
    server.enqueue(empty(503));
    server.enqueue(empty(503));
    server.enqueue(empty(503));
    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOf(ServerErrorException.class)
        .hasMessageContaining("service unavailable");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void rateLimitedRequestWaitsRetryAfterThenSucceeds() {
    server.enqueue(json(429, "{\"error\":{\"code\":429,\"message\":\"slow down\"}}")
        .newBuilder().addHeader("Retry-After", "0").build());
    server.enqueue(json(200, CONNECTOR_JSON));
    assertThat(client.get(NAME).name()).isEqualTo(NAME);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rateLimitBeyondTheDeadlineFailsAtOnceWithTheHint() {
    server.enqueue(json(429, "{\"error\":{\"code\":429,\"message\":\"slow down\"}}")
        .newBuilder().addHeader("Retry-After", "3600").build());
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rateLimitedCreateIsRetriedBecauseNothingWasApplied() {
    server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "0").build());
    server.enqueue(json(201, CONNECTOR_JSON));
    client.create(config());
    assertThat(take(server).getMethod()).isEqualTo("POST");
    assertThat(take(server).getMethod()).isEqualTo("POST");
  }

  @Test
  void gatewayErrorsOnReadsAreRetriedWithBackoff() {
    server.enqueue(empty(502));
    server.enqueue(empty(504));
    server.enqueue(json(200, CONNECTOR_JSON));
    assertThat(client.get(NAME).name()).isEqualTo(NAME);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void droppedConnectionOnReadIsRetried() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, CONNECTOR_JSON));
    assertThat(client.get(NAME).name()).isEqualTo(NAME);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deleteWhoseAnswerWasLostAndThenNotFoundSucceeds() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    client.delete(NAME);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deleteOfMissingConnectorOnTheFirstAttemptIsNotFound() {
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    assertThatThrownBy(() -> client.delete(NAME)).isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void serverErrorAndNotImplementedAreNeverRetried() {
    server.enqueue(json(500, "{}"));
    assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void ambiguousCreateThatWasAppliedIsReportedAsSuccessWithoutASecondPost() {
    server.enqueue(empty(503));
    server.enqueue(json(200, CONNECTOR_JSON));

    Connector created = client.create(config()).connector().orElseThrow();

    assertThat(created.name()).isEqualTo(NAME);
    assertThat(take(server).getMethod()).isEqualTo("POST");
    var lookup = take(server);
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getTarget()).isEqualTo("/scada/dev/connectors/" + NAME);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void connectionDroppedAfterCreateWasSentLooksUpBeforeResending() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    server.enqueue(json(201, CONNECTOR_JSON));

    client.create(config());

    assertThat(take(server).getMethod()).isEqualTo("POST");
    assertThat(take(server).getMethod()).isEqualTo("GET");
    assertThat(take(server).getMethod()).isEqualTo("POST");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void resentCreateAnswered409AfterAppliedFirstAttemptIsSuccess() {
    server.enqueue(empty(502));
    server.enqueue(json(404, "{}"));
    server.enqueue(json(409, "{\"error_code\":409,\"message\":\"exists\"}"));
    server.enqueue(json(200, CONNECTOR_JSON));
    assertThat(client.create(config()).name()).isEqualTo(NAME);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void ambiguousCreateFindingAnotherConfigReportsAlreadyExists() {
    server.enqueue(empty(503));
    server.enqueue(json(200, CONNECTOR_JSON.replace("\"kafka.topic\":\"orders\"", "\"kafka.topic\":\"other\"")));
    assertThatThrownBy(() -> client.create(config()))
        .isInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining("different config");
  }

  @Test
  void createThatStaysAmbiguousGivesUpAfterTheAttempts() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(empty(503));
      server.enqueue(json(404, "{}"));
    }
    // The lookups may lag behind a create the server applied: unknown, not a definite failure.
    assertThatThrownBy(() -> client.create(config())).isInstanceOf(OutcomeUnknownException.class)
        .hasRootCauseInstanceOf(ServerErrorException.class);
    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void unreachableServerFailsWithTypedErrorWithinTheDeadline() throws IOException {
    String url = server.url("/").toString();
    server.close();
    try (ConnectorClient offline = ConnectorClient.builder().selfService(url, SCOPE)
        .retryPolicy(FAST.toBuilder().totalTimeout(Duration.ofSeconds(2)).build()).build()) {
      assertThatThrownBy(() -> offline.status(NAME))
          .isInstanceOf(ConnectorException.class)
          .hasMessageContaining("status " + NAME + " failed (ConnectException");
    }
  }

  @Test
  void slowServerHitsTheTotalDeadline() {
    server.enqueue(json(200, CONNECTOR_JSON).newBuilder().headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());
    try (ConnectorClient impatient = client.newBuilder()
        .retryPolicy(FAST.toBuilder().totalTimeout(Duration.ofMillis(300)).build()).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> impatient.get(NAME)).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("did not complete within");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void aBodyTricklingInFasterThanTheReadTimeoutStillEndsAtTheTotalDeadline() {
    // Each read succeeds well within the 60 s read timeout; only the total deadline can end these calls. The first
    // calls of a client are bounded by OkHttp's timeout, later ones by the client's timer (CallDeadlines): both.
    try (ConnectorClient impatient = client.newBuilder()
        .retryPolicy(FAST.toBuilder().maxAttempts(1).totalTimeout(Duration.ofMillis(400)).build()).build()) {
      for (int call = 1; call <= 20; call++) {
        if (call == 1 || call == 20) {
          server.enqueue(json(200, CONNECTOR_JSON).newBuilder()
              .throttleBody(1, 50, java.util.concurrent.TimeUnit.MILLISECONDS).build());
          long start = System.nanoTime();
          assertThatThrownBy(() -> impatient.get(NAME)).isInstanceOf(ConnectorException.class)
              .hasMessageContaining("did not complete within PT0.4S")
              .hasMessageContaining("timed out");
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        } else {
          server.enqueue(json(200, CONNECTOR_JSON));
          assertThat(impatient.get(NAME).name()).isEqualTo(NAME);
        }
      }
    }
  }

  @Test
  void closingTheClientCancelsACallStillOutWithoutRetrying() throws Exception {
    server.enqueue(json(200, CONNECTOR_JSON).newBuilder().headersDelay(10, java.util.concurrent.TimeUnit.SECONDS).build());
    ConnectorClient closing = client.newBuilder().retryPolicy(FAST.toBuilder().maxAttempts(5).build()).build();
    java.util.concurrent.CompletableFuture<Connector> get =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> closing.get(NAME));
    take(server);
    long start = System.nanoTime();
    closing.close();
    assertThatThrownBy(() -> get.get(5, java.util.concurrent.TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConnectorException.class)
        .hasMessageContaining("get " + NAME + " was cancelled: the client was closed");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateCutShortByCloseIsAnUnknownOutcomeNeitherLookedUpNorResent() throws Exception {
    server.enqueue(json(201, CONNECTOR_JSON).newBuilder().headersDelay(10, java.util.concurrent.TimeUnit.SECONDS).build());
    ConnectorClient closing = client.newBuilder().build();
    java.util.concurrent.CompletableFuture<Transition> create =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> closing.create(config()));
    take(server);
    closing.close();
    assertThatThrownBy(() -> create.get(5, java.util.concurrent.TimeUnit.SECONDS))
        .hasCauseInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("may or may not have been applied: the client was closed while it was out");
    assertThat(server.getRequestCount()).as("no lookup, no second POST").isEqualTo(1);
  }

  @Test
  void unauthorizedRenewsTheTokenOnceAndRetriesOnce() {
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider tokens = new TokenProvider() {
      @Override public AccessToken token() {
        return AccessToken.of(Secret.of("old"), Instant.now().plusSeconds(60));
      }

      @Override public AccessToken refresh(AccessToken rejected) {
        refreshes.incrementAndGet();
        return AccessToken.of(Secret.of("new"));
      }
    };
    try (ConnectorClient c = client.newBuilder().bearerToken(tokens).build()) {
      server.enqueue(json(401, "{\"error\":{\"code\":401,\"message\":\"expired\"}}"));
      server.enqueue(json(200, CONNECTOR_JSON));
      c.get(NAME);
      assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Bearer old");
      assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Bearer new");
      assertThat(refreshes).hasValue(1);
    }
  }

  @Test
  void secondUnauthorizedIsAnErrorNotALoop() {
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider tokens = new TokenProvider() {
      @Override public AccessToken token() {
        return AccessToken.of(Secret.of("t" + refreshes.get()));
      }

      @Override public AccessToken refresh(AccessToken rejected) {
        refreshes.incrementAndGet();
        return token();
      }
    };
    server.enqueue(json(401, "{}"));
    server.enqueue(json(401, "{}"));
    server.enqueue(json(200, CONNECTOR_JSON));
    try (ConnectorClient c = client.newBuilder().bearerToken(tokens).build()) {
      assertThatThrownBy(() -> c.get(NAME)).isInstanceOf(UnauthenticatedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(refreshes).hasValue(1);
  }

  @Test
  void unauthorizedWithATokenThatCannotBeRenewedIsNotResent() {
    server.enqueue(json(401, "{}"));
    assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(UnauthenticatedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void failingTokenProviderSurfacesItsTypedError() {
    TokenProvider broken = () -> {
      throw new UnauthenticatedException(401, null, "run az login", null);
    };
    try (ConnectorClient c = client.newBuilder().bearerToken(broken).build()) {
      assertThatThrownBy(() -> c.get(NAME)).isInstanceOf(UnauthenticatedException.class)
          .hasMessageContaining("run az login");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void httpLoggerSeesOneLinePerExchange() {
    List<String> lines = new ArrayList<>();
    try (ConnectorClient logged = client.newBuilder().httpLogger(lines::add).build()) {
      server.enqueue(json(200, ConnectorClientTest.status("RUNNING")));
      server.enqueue(empty(202).newBuilder().addHeader("X-Request-Id", "r-1").build());
      logged.pause(NAME);
    }
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("GET http://").contains("/status -> 200");
    assertThat(lines.get(1))
        .startsWith("PUT http://")
        .endsWith("/scada/dev/connectors/" + NAME + "/pause -> 202 (" + lines.get(1).replaceAll(".*\\((\\d+) ms.*", "$1") + " ms, request id r-1)");
  }

  @Test
  void deleteOfMissingConnectorAfterARateLimitIsStillNotFound() {
    server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "0").build());
    server.enqueue(json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    assertThatThrownBy(() -> client.delete(NAME)).isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void createWhoseLookupFailsTooReportsAnUnknownOutcome() {
    server.enqueue(empty(503));
    server.enqueue(json(500, "{\"message\":\"lookup broke\"}"));
    assertThatThrownBy(() -> client.create(config()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("may or may not have been applied")
        .hasMessageContaining("client.get(\"" + NAME + "\")");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void ambiguousOffsetsRequestSaysToReadTheRequestStatus() {
    server.enqueue(empty(502));
    assertThatThrownBy(() -> client.resetOffsets(NAME))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("offsetsRequestStatus");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void conflictMessageThatMerelyNamesARebalanceConnectorIsStillAlreadyExists() {
    server.enqueue(json(409, "{\"error_code\":409,\"message\":\"Connector x-rebalance-connector already exists\"}"));
    assertThatThrownBy(() -> client.create(config())).isInstanceOf(ConnectorAlreadyExistsException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedResponseBodyIsATypedError() {
    server.enqueue(json(200, "{\"name\": [not json"));
    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("could not be read");
  }

  @Test
  void baseUrlWithCredentialsIsRefused() {
    assertThatThrownBy(() -> ConnectorClient.builder().kafkaConnect("http://admin:hunter2@localhost:8083"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not carry credentials")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void secretLookingPlainPropertyIsRefused() {
    assertThatThrownBy(() -> config().toBuilder().property("kafka.api.secret", "x").build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("looks like a secret");
  }
}
