package dev.connectkit;

import static dev.connectkit.KafkaConnectTargetTest.NAME;
import static dev.connectkit.KafkaConnectTargetTest.status;
import static dev.connectkit.KafkaConnectTargetTest.task;
import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.empty;
import static dev.connectkit.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a ConnectorEventListener hears: calls, retries, waits; never a secret; a throwing listener breaks nothing. */
class ConnectorEventListenerTest {
  static final String TOKEN = "s3cr3t-bearer-token-value";

  MockWebServer server;
  final List<String> events = new CopyOnWriteArrayList<>();
  final List<Object> payloads = new CopyOnWriteArrayList<>();

  /** Records every event as one line, and every object it got. */
  final class Recording implements ConnectorEventListener {
    @Override
    public void callStart(CallInfo call) {
      payloads.add(call);
      events.add("start " + call.operation() + " " + call.target() + " " + call.connectorName());
    }

    @Override
    public void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {
      events.add("retry " + call.operation() + " attempt " + attempt + " " + reason);
    }

    @Override
    public void callEnd(CallInfo call, CallResult result) {
      payloads.add(result);
      result.failure().ifPresent(payloads::add);
      events.add("end " + call.operation() + " " + result.outcome() + " " + result.statusClass() + " attempts "
          + result.attempts());
    }

    @Override
    public void waitStart(WaitInfo wait) {
      payloads.add(wait);
      events.add("waitStart " + wait.operation() + " " + wait.connectorName() + " -> " + wait.expectedState());
    }

    @Override
    public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
      events.add("waitEnd " + wait.operation() + " " + outcome);
    }
  }

  @BeforeEach
  void start() {
    server = TestServers.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /**
   * Waits (at most 5 s) until a wait's end is reported: it is reported as the wait's future completes, so it may come
   * just after await returned to its caller.
   */
  void awaitWaitEnd() throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (events.stream().noneMatch(e -> e.startsWith("waitEnd")) && System.nanoTime() < end) {
      Thread.sleep(5);
    }
  }

  ConnectorClient client(ConnectorEventListener listener) {
    return ConnectorClient.builder()
        .kafkaConnect(server.url("/").toString())
        .bearerToken(Secret.of(TOKEN))
        .retryPolicy(FAST)
        .waitOptions(WaitOptions.builder().timeout(Duration.ofSeconds(5))
            .minInterval(Duration.ofMillis(1)).maxInterval(Duration.ofMillis(5)).build())
        .eventListener(listener)
        .build();
  }

  @Test
  void eachCallReportsStartAndEndWithOperationTargetOutcomeAndStatusClass() {
    server.enqueue(json(200, status("RUNNING", "[]")));
    try (ConnectorClient client = client(new Recording())) {
      client.status(NAME);
    }
    assertThat(events).containsExactly(
        "start STATUS KAFKA_CONNECT " + NAME,
        "end STATUS SUCCESS 2xx attempts 1");
  }

  @Test
  void retriesAreReportedWithTheirAttemptAndReason() {
    server.enqueue(json(503, "{\"error_code\":503,\"message\":\"unavailable\"}"));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, status("RUNNING", "[]")));
    try (ConnectorClient client = client(new Recording())) {
      client.status(NAME);
    }
    assertThat(events).containsExactly(
        "start STATUS KAFKA_CONNECT " + NAME,
        "retry STATUS attempt 1 SERVER_UNAVAILABLE",
        "retry STATUS attempt 2 CONNECTION_FAILED",
        "end STATUS SUCCESS 2xx attempts 3");
  }

  @Test
  void aFailureReportsItsTypedOutcomeStatusClassAndTheExceptionTheCallerGets() {
    server.enqueue(json(404, "{\"error_code\":404,\"message\":\"Connector " + NAME + " not found\"}"));
    try (ConnectorClient client = client(new Recording())) {
      assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(ConnectorNotFoundException.class);
    }
    assertThat(events).containsExactly("start GET KAFKA_CONNECT " + NAME, "end GET NOT_FOUND 4xx attempts 1");
    assertThat(payloads).hasAtLeastOneElementOfType(ConnectorNotFoundException.class);
  }

  @Test
  void aCallWithNoAnswerHasNoStatusClass() throws IOException {
    server.close();
    try (ConnectorClient client = client(new Recording())) {
      assertThatThrownBy(client::list).isInstanceOf(ConnectorException.class);
    }
    assertThat(events).first().isEqualTo("start LIST KAFKA_CONNECT ");
    assertThat(events).last().asString().startsWith("end LIST ERROR NONE");
  }

  @Test
  void aWaitReportsItsStartExpectedStateAndEnd() throws InterruptedException {
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(empty(202));
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    server.enqueue(json(200, status("PAUSED", task("PAUSED"))));
    try (ConnectorClient client = client(new Recording())) {
      client.pause(NAME).await(Duration.ofSeconds(5));
    }
    awaitWaitEnd();
    assertThat(events).containsExactly(
        "start STATUS KAFKA_CONNECT " + NAME,
        "end STATUS SUCCESS 2xx attempts 1",
        "start PAUSE KAFKA_CONNECT " + NAME,
        "end PAUSE SUCCESS 2xx attempts 1",
        "waitStart PAUSE " + NAME + " -> PAUSED",
        "waitEnd PAUSE SUCCESS");
  }

  @Test
  void aWaitForAConnectorThatFailsEndsFailed() throws InterruptedException {
    server.enqueue(json(200, status("FAILED", task("FAILED"))));
    try (ConnectorClient client = client(new Recording())) {
      assertThatThrownBy(() -> client.await(NAME, ConnectorState.RUNNING,
          client.waitOptions().toBuilder().failureGrace(Duration.ZERO).build()))
          .isInstanceOf(ConnectorFailedException.class);
    }
    awaitWaitEnd();
    assertThat(events).containsExactly("waitStart RESUME " + NAME + " -> RUNNING", "waitEnd RESUME FAILED");
  }

  @Test
  void aListenerThatThrowsEverywhereBreaksNoCall() {
    ConnectorEventListener hostile = new ConnectorEventListener() {
      @Override
      public void callStart(CallInfo call) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void callRetry(CallInfo call, int attempt, RetryReason reason, Duration backoff) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void callEnd(CallInfo call, CallResult result) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void waitStart(WaitInfo wait) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void waitEnd(WaitInfo wait, WaitOutcome outcome, Duration duration) {
        throw new IllegalStateException("boom");
      }
    };
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(empty(204));
    server.enqueue(json(200, status("STOPPED", "[]")));
    try (ConnectorClient client = client(hostile)) {
      assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(client.stop(NAME).await(Duration.ofSeconds(5)).finalStatus().orElseThrow().state())
          .isEqualTo(ConnectorState.STOPPED);
    }
  }

  @Test
  void aFactoryMakesOneListenerPerCallAndPerWait() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    server.enqueue(json(200, status("RUNNING", "[]")));
    server.enqueue(json(200, status("RUNNING", task("RUNNING"))));
    try (ConnectorClient client = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .eventListenerFactory(() -> {
          made.incrementAndGet();
          return new Recording();
        })
        .build()) {
      client.status(NAME);
      client.await(NAME, ConnectorState.RUNNING, client.waitOptions().toBuilder().timeout(Duration.ofSeconds(5))
          .build());
    }
    awaitWaitEnd();
    assertThat(made).hasValue(2);
    assertThat(events).hasSize(4);
  }

  @Test
  void noEventCarriesACredentialTheServerEchoes() {
    String echo = "{\"error_code\":500,\"message\":\"bad header Authorization: Bearer " + TOKEN + "\"}";
    server.enqueue(json(500, echo));
    server.enqueue(json(500, echo));
    server.enqueue(json(500, echo));
    server.enqueue(json(500, echo));
    try (ConnectorClient client = client(new Recording())) {
      assertThatThrownBy(() -> client.status(NAME)).isInstanceOf(ServerErrorException.class);
    }
    assertThat(payloads).isNotEmpty();
    for (Object payload : payloads) {
      assertThat(payload.toString()).doesNotContain(TOKEN);
      if (payload instanceof Throwable) {
        assertThat(((Throwable) payload).getMessage()).doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void withoutAListenerTheClientMakesNoEventObjects() {
    server.enqueue(json(200, status("RUNNING", "[]")));
    try (ConnectorClient client = ConnectorClient.builder().kafkaConnect(server.url("/").toString()).build()) {
      client.status(NAME);
      assertThat(client).extracting("runtime").extracting("backend")
          .extracting(Object::getClass).extracting(Class::getSimpleName).isEqualTo("ConnectBackend");
    }
  }
}
