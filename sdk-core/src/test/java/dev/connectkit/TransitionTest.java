package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.CONNECTOR_JSON;
import static dev.connectkit.ConnectorClientTest.NAME;
import static dev.connectkit.ConnectorClientTest.SCOPE;
import static dev.connectkit.ConnectorClientTest.config;
import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.empty;
import static dev.connectkit.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.auth.TokenAcquisitionException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transition model, driven by a scripted server on manual time: no sleeps. */
class TransitionTest {
  MockWebServer server;
  ScriptedServer script;
  ManualScheduler time;
  ConnectorClient client;

  @BeforeEach
  void start() {
    server = TestServers.start();
    script = new ScriptedServer();
    server.setDispatcher(script);
    time = new ManualScheduler();
    client = ConnectorClient.builder()
        .selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST)
        .scheduler(time)
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  static MockResponse status(String state) {
    return status(state, "", "");
  }

  static MockResponse status(String state, String trace, String taskState) {
    String tasks = taskState.isEmpty() ? "[]"
        : "[{\"id\":0,\"state\":\"" + taskState + "\",\"worker_id\":\"w\",\"msg\":\"task says " + taskState + "\"}]";
    return json(200, "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"w\",\"trace\":\"" + trace + "\"},\"tasks\":" + tasks + "}");
  }

  static MockResponse notFound() {
    return json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}");
  }

  /** pause() reads the status first (a paused connector is left alone): that read shows it RUNNING. */
  Transition pauseRunning() {
    script.first("GET", "/status", status("RUNNING"));
    return client.pause(NAME);
  }

  static <T> T done(CompletableFuture<T> future) throws Exception {
    assertThat(future).isDone();
    return future.get();
  }

  static Throwable failure(CompletableFuture<?> future) {
    assertThat(future).isCompletedExceptionally();
    try {
      future.get();
      throw new AssertionError("not failed");
    } catch (ExecutionException e) {
      return java.util.Objects.requireNonNull(e.getCause());
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void createWaitsThroughNotFoundAndProvisioningToRunning() throws Exception {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", notFound(), status("PROVISIONING"), status("PROVISIONING"), status("RUNNING", "", "RUNNING"));

    Transition creating = client.create(config());
    assertThat(creating.expectedState()).contains(ConnectorState.RUNNING);
    CompletableFuture<WaitResult> wait = creating.future();
    time.advance(Duration.ofSeconds(10));

    WaitResult result = done(wait);
    assertThat(result.finalStatus()).get().extracting(ConnectorStatus::state).isEqualTo(ConnectorState.RUNNING);
    assertThat(result.observed()).extracting(Observation::state)
        .containsExactly("NOT_FOUND", "PROVISIONING", "RUNNING");
    assertThat(result.attempts()).isEqualTo(4);
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void failedWithinTheGraceWindowIsObservedButWaitingGoesOn() throws Exception {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", status("PROVISIONING"), status("FAILED", "flap", "SYSTEM_ERROR"), status("RUNNING"));
    CompletableFuture<WaitResult> wait = client.create(config()).future();
    time.advance(Duration.ofSeconds(5));
    assertThat(done(wait).observed()).extracting(Observation::state)
        .containsExactly("PROVISIONING", "FAILED", "RUNNING");
  }

  @Test
  void failedAfterTheGraceWindowEndsTheWaitWithTraceAndTaskMessages() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", status("FAILED", "Provided Kafka ApiKey is invalid", "USER_ACTIONABLE_ERROR"));
    CompletableFuture<WaitResult> wait = client.create(config())
        .future(WaitOptions.builder().failureGrace(Duration.ofSeconds(30)).build());
    time.advance(Duration.ofSeconds(29));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(10));
    assertThat(failure(wait)).isInstanceOfSatisfying(ConnectorFailedException.class, e -> {
      assertThat(e.getMessage())
          .startsWith(NAME + " is FAILED: Provided Kafka ApiKey is invalid (waiting for RUNNING)")
          .contains("trace: Provided Kafka ApiKey is invalid")
          .contains("task 0 USER_ACTIONABLE_ERROR: task says USER_ACTIONABLE_ERROR");
      assertThat(e.status()).isPresent();
    });
  }

  @Test
  void runningWithAFailedTaskCountsAsFailed() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", status("RUNNING", "", "FAILED"));
    CompletableFuture<WaitResult> wait = client.create(config())
        .future(WaitOptions.builder().failureGrace(Duration.ZERO).build());
    time.runDue();
    assertThat(failure(wait)).isInstanceOf(ConnectorFailedException.class).hasMessageContaining("task 0 FAILED")
        .hasMessageStartingWith("task 0 of " + NAME + " is FAILED: task says FAILED (waiting for RUNNING)");
  }

  @Test
  void pauseOfRunningConnectorReportsPausedAfterStaleReads() throws Exception {
    script.on("PUT", "/pause", empty(202))
        .on("GET", "/status", status("RUNNING"), status("RUNNING"), status("PAUSED"));
    Transition pausing = pauseRunning();
    assertThat(pausing.expectedState()).contains(ConnectorState.PAUSED);
    CompletableFuture<WaitResult> wait = pausing.future();
    time.advance(Duration.ofSeconds(1));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(1));
    WaitResult result = done(wait);
    assertThat(result.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.PAUSED);
    assertThat(result.attempts()).isEqualTo(3);
  }

  @Test
  void pausedConnectorWhoseTasksStillRunIsNotYetPaused() throws Exception {
    script.on("PUT", "/pause", empty(202))
        .on("GET", "/status", status("PAUSED", "", "RUNNING"), status("PAUSED", "", "PAUSED"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).attempts()).isEqualTo(2);
  }

  @Test
  void resumeOfPausedConnectorWaitsForRunning() throws Exception {
    script.on("GET", "/status", status("PAUSED"), status("PAUSED"), status("RUNNING"))
        .on("PUT", "/resume", empty(202));
    CompletableFuture<WaitResult> wait = client.resume(NAME).future();
    time.advance(Duration.ofSeconds(5));
    assertThat(done(wait).observed()).extracting(Observation::state).containsExactly("PAUSED", "RUNNING");
  }

  @Test
  void restartDoesNotTakeTheOldRunningAsDone() throws Exception {
    script.on("GET", "/status", status("RUNNING"), status("RUNNING"), status("RUNNING"), status("RESTARTING"),
            status("RUNNING"))
        .on("POST", "/restart", empty(202));
    CompletableFuture<WaitResult> wait = client.restart(NAME).future();
    time.advance(Duration.ofSeconds(1));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(5));
    WaitResult result = done(wait);
    assertThat(result.observed()).extracting(Observation::state).containsExactly("RUNNING", "RESTARTING", "RUNNING");
    assertThat(result.attempts()).isEqualTo(4);
  }

  @Test
  void restartThatNeverShowsAnotherStateCompletesAfterTheStaleReadWindow() throws Exception {
    script.on("GET", "/status", status("RUNNING")).on("POST", "/restart", empty(202));
    CompletableFuture<WaitResult> wait = client.restart(NAME)
        .future(WaitOptions.builder().staleReadWindow(Duration.ofSeconds(10)).build());
    time.advance(Duration.ofSeconds(9));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(2));
    assertThat(done(wait).elapsed()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void deleteWaitsUntilTheConnectorIsGone() throws Exception {
    script.on("DELETE", "/connectors/" + NAME, json(200, "{\"error\":null}"))
        .on("GET", "/status", status("RUNNING"), notFound());
    Transition deleting = client.delete(NAME);
    assertThat(deleting.expectedState()).as("gone is no connector state").isEmpty();
    assertThat(deleting).hasToString("Transition{DELETE " + NAME + " -> gone}");
    CompletableFuture<WaitResult> wait = deleting.future();
    time.advance(Duration.ofSeconds(2));
    WaitResult result = done(wait);
    assertThat(result.finalStatus()).isEmpty();
    assertThat(result.observed()).extracting(Observation::state).containsExactly("RUNNING", "NOT_FOUND");
  }

  @Test
  void pauseOfVanishedConnectorEndsWithNotFound() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", notFound());
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    assertThat(wait).as("a 404 right after the connector was seen may be a restarting server").isNotDone();
    time.advance(Duration.ofSeconds(3));
    assertThat(failure(wait)).isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void notFoundThatContradictsTheStatusBeforeIsTransient() throws Exception {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", notFound(), status("PAUSED"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).observed()).extracting(Observation::state).containsExactly("NOT_FOUND", "PAUSED");
  }

  @Test
  void anHtml404PageWhileWaitingIsAnUnavailableServerNotANotFound() throws Exception {
    MockResponse page = new MockResponse.Builder().code(404)
        .addHeader("Content-Type", "text/html").body("<html><body>HTTP ERROR 404</body></html>").build();
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", page, page, status("RUNNING", "", "RUNNING"));
    assertThatThrownBy(() -> client.status(NAME)).as("never a not-found")
        .isInstanceOf(ServerErrorException.class).isNotInstanceOf(ConnectorNotFoundException.class)
        .hasMessageContaining("not the API's");
    CompletableFuture<WaitResult> wait = client.create(config()).future();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).attempts()).isEqualTo(2);
  }

  static MockResponse statusOn(String state, String taskState, String worker) {
    return json(200, "{\"name\":\"" + NAME + "\",\"type\":\"source\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"" + worker + "\",\"trace\":\"\"},\"tasks\":[{\"id\":0,\"state\":\"" + taskState
        + "\",\"worker_id\":\"" + worker + "\",\"msg\":\"" + (taskState.equals("FAILED") ? "boom" : "") + "\"}]}");
  }

  @Test
  void restartEndsAsSoonAsAReadDiffersFromTheStatusBefore() throws Exception {
    script.on("GET", "/status", statusOn("RUNNING", "RUNNING", "w1"), statusOn("RUNNING", "RUNNING", "w1"),
            statusOn("RUNNING", "RUNNING", "w2"))
        .on("POST", "/restart", empty(202));
    CompletableFuture<WaitResult> wait = client.restart(NAME).future();
    time.runDue();
    assertThat(wait).as("the status from before, read again").isNotDone();
    time.advance(Duration.ofSeconds(1));
    WaitResult result = done(wait);
    assertThat(result.elapsed()).as("not the 10 s stale-read window").isEqualTo(Duration.ofSeconds(1));
    assertThat(result.finalStatus().orElseThrow().tasks().get(0).workerId()).isEqualTo("w2");
  }

  @Test
  void theFailureARestartIsMeantToEndReadAgainIsNoFailure() throws Exception {
    script.on("GET", "/status", statusOn("RUNNING", "FAILED", "w1"), statusOn("RUNNING", "FAILED", "w1"),
            statusOn("RUNNING", "RUNNING", "w1"))
        .on("POST", "/restart", empty(202));
    CompletableFuture<WaitResult> wait = client.restart(NAME)
        .future(client.waitOptions().toBuilder().failureGrace(Duration.ZERO).build());
    time.runDue();
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).observed()).extracting(Observation::state).containsExactly("RUNNING");
  }

  @Test
  void aFreshTaskFailureAfterARestartNamesTheTaskAndItsTraceFirst() {
    script.on("GET", "/status", statusOn("RUNNING", "FAILED", "w1"), statusOn("RUNNING", "RESTARTING", "w1"),
            statusOn("RUNNING", "FAILED", "w1"))
        .on("POST", "/restart", empty(202));
    CompletableFuture<WaitResult> wait = client.restart(NAME)
        .future(client.waitOptions().toBuilder().failureGrace(Duration.ZERO).build());
    time.advance(Duration.ofSeconds(1));
    assertThat(failure(wait)).isInstanceOf(ConnectorFailedException.class)
        .hasMessageStartingWith("task 0 of " + NAME + " is FAILED: boom (waiting for RUNNING)");
  }

  @Test
  void timeoutWhileATaskIsFailedSaysSo() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON)).on("GET", "/status", status("RUNNING", "", "FAILED"));
    CompletableFuture<WaitResult> wait = client.create(config())
        .future(WaitOptions.builder().timeout(Duration.ofSeconds(30)).build());
    time.advance(Duration.ofSeconds(31));
    assertThat(failure(wait)).isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("last state RUNNING, task 0 FAILED");
  }

  @Test
  void standaloneAwaitFollowsAConnectorThisClientDidNotChange() throws Exception {
    script.on("GET", "/status", status("PAUSED"), status("PAUSED"), status("RUNNING", "", "RUNNING"));
    CompletableFuture<WaitResult> waiting = CompletableFuture.supplyAsync(
        () -> client.await(NAME, ConnectorState.RUNNING, client.waitOptions()));
    for (int i = 0; i < 500 && !waiting.isDone(); i++) {
      time.advance(Duration.ofSeconds(1));
      Thread.sleep(5);
    }
    assertThat(waiting.get(10, TimeUnit.SECONDS).finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.RUNNING);
    assertThatThrownBy(() -> client.await(NAME, ConnectorState.FAILED, client.waitOptions()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RUNNING, PAUSED or STOPPED");
  }

  @Test
  void clientWaitOptionsAreTheTargetsDefaultsUnlessGiven() {
    assertThat(client.waitOptions()).isSameAs(WaitOptions.defaults());
    try (ConnectorClient kafkaConnect = ConnectorClient.builder().kafkaConnect(server.url("/").toString()).build()) {
      WaitOptions options = kafkaConnect.waitOptions();
      assertThat(options.failureGrace()).isZero();
      assertThat(options.staleReadWindow()).isEqualTo(Duration.ofMillis(500));
      assertThat(options.minInterval()).isEqualTo(Duration.ofMillis(250));
    }
    WaitOptions mine = WaitOptions.builder().timeout(Duration.ofSeconds(7)).build();
    try (ConnectorClient given = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .waitOptions(mine).build()) {
      assertThat(given.waitOptions()).isSameAs(mine);
    }
  }

  @Test
  void timeoutEndsWithTheLastStatus() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON)).on("GET", "/status", status("PROVISIONING"));
    CompletableFuture<WaitResult> wait = client.create(config())
        .future(WaitOptions.builder().timeout(Duration.ofMinutes(15)).build());
    time.advance(Duration.ofMinutes(14));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofMinutes(2));
    assertThat(failure(wait)).isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
      assertThat(e.lastStatus().orElseThrow().state()).isEqualTo(ConnectorState.PROVISIONING);
      assertThat(e).hasMessageContaining("did not reach RUNNING within PT15M; last state PROVISIONING");
    });
  }

  @Test
  void pollingIsQuickAtFirstThenBacksOffToTheCap() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON)).on("GET", "/status", status("PROVISIONING"));
    client.create(config()).future(WaitOptions.builder().timeout(Duration.ofHours(2)).build());
    time.advance(Duration.ofHours(1));
    List<Long> runs = time.runTimes();
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) {
      gaps.add(runs.get(i) - runs.get(i - 1));
    }
    assertThat(gaps.get(0)).isEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(Duration.ofSeconds(1).toNanos(), Duration.ofSeconds(50).toNanos()));
    assertThat(gaps.get(gaps.size() - 1)).isEqualTo(Duration.ofSeconds(50).toNanos());
    assertThat(script.count("GET", "/status")).as("status calls in the first hour").isLessThanOrEqualTo(120);
  }

  @Test
  void retryAfterDelaysTheNextPoll() throws Exception {
    script.on("PUT", "/pause", empty(202))
        .on("GET", "/status", json(429, "{}").newBuilder().addHeader("Retry-After", "30").build(), status("PAUSED"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    time.advance(Duration.ofSeconds(29));
    assertThat(script.count("GET", "/status")).as("the read before the pause, then one poll").isEqualTo(2);
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).attempts()).isEqualTo(2);
  }

  @Test
  void serverErrorsWhileWaitingAreRetriedAtTheNextPoll() throws Exception {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", empty(503), status("PAUSED"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(wait).attempts()).isEqualTo(2);
  }

  @Test
  void unauthorizedEndsTheWaitAtOnce() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", json(401, "{}"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    assertThat(failure(wait)).isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void progressListenerSeesEveryRead() {
    List<String> seen = new ArrayList<>();
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", status("PROVISIONING"), status("PROVISIONING"), status("RUNNING"));
    client.create(config()).future(WaitOptions.builder().onProgress(s -> seen.add(s.state().value())).build());
    time.advance(Duration.ofSeconds(5));
    assertThat(seen).containsExactly("PROVISIONING", "PROVISIONING", "RUNNING");
  }

  @Test
  void throwingProgressListenerDoesNotEndTheWait() throws Exception {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("PAUSED"));
    CompletableFuture<WaitResult> wait = pauseRunning().future(WaitOptions.builder().onProgress(s -> {
      throw new IllegalStateException("boom");
    }).build());
    time.runDue();
    assertThat(done(wait).attempts()).isEqualTo(1);
  }

  @Test
  void offsetsChangeWaitsUntilApplied() throws Exception {
    script.on("POST", "/offsets/request", json(202, "{\"type\":\"DELETE\"}"))
        .on("GET", "/offsets/request/status",
            json(200, "{\"request\":{\"type\":\"DELETE\"},\"status\":{\"phase\":\"PENDING\"}}"),
            json(200, "{\"request\":{\"type\":\"DELETE\"},\"status\":{\"phase\":\"APPLIED\",\"message\":\"ok\"}}"));
    Transition resetting = client.resetOffsets(NAME);
    assertThat(resetting.expectedState()).as("an offsets request has no connector state").isEmpty();
    CompletableFuture<WaitResult> wait = resetting.future();
    time.advance(Duration.ofSeconds(1));
    WaitResult result = done(wait);
    assertThat(result.offsetsStatus().orElseThrow().isApplied()).isTrue();
    assertThat(result.observed()).extracting(Observation::state).containsExactly("PENDING", "APPLIED");
  }

  @Test
  void failedOffsetsRequestEndsTheWait() {
    script.on("POST", "/offsets/request", json(202, "{\"type\":\"PATCH\"}"))
        .on("GET", "/offsets/request/status",
            json(200, "{\"status\":{\"phase\":\"FAILED\",\"message\":\"unsupported for this connector\"}}"));
    CompletableFuture<WaitResult> wait =
        client.alterOffsets(NAME, List.of(ConnectorOffset.sink("t", 0, 1))).future();
    time.runDue();
    assertThat(failure(wait)).isInstanceOf(ConnectorFailedException.class)
        .hasMessageContaining("unsupported for this connector");
  }

  @Test
  void cancellingTheFutureStopsPolling() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("RUNNING"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    wait.cancel(false);
    time.advance(Duration.ofMinutes(10));
    assertThat(script.count("GET", "/status")).as("the read before the pause, then one poll").isEqualTo(2);
    assertThat(time.pending()).isZero();
  }

  @Test
  void closingTheClientFailsRunningWaits() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("RUNNING"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    client.close();
    assertThat(failure(wait)).hasMessageContaining("closed while waiting");
  }

  @Test
  void pollReadsTheStatusOnceAndIsEmptyWhenAbsent() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", notFound());
    assertThat(pauseRunning().poll()).isEmpty();
  }

  @Test
  void awaitOnTheRealSchedulerReturnsTheFinalStatus() {
    script.on("POST", "/connectors", json(201, CONNECTOR_JSON))
        .on("GET", "/status", status("PROVISIONING"), status("RUNNING"));
    try (ConnectorClient real = ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST).build()) {
      WaitResult result = real.create(config()).await(WaitOptions.builder()
          .minInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).timeout(Duration.ofSeconds(10)).build());
      assertThat(result.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(result.attempts()).isEqualTo(2);
    }
  }

  @Test
  void hungStatusReadEndsItsAwaitAtTheTimeoutIsCancelledWithItAndHoldsUpNoOtherWaitOrWatch() throws Exception {
    String hung = "edh-shared-scada-dev-hung-connector";
    CountDownLatch hungArrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger hungReads = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("PUT") && path.endsWith("/pause")) {
          return empty(202);
        }
        if (path.endsWith("/" + hung + "/status") && hungReads.getAndIncrement() == 0) {
          return status("RUNNING"); // the read before the pause
        }
        if (path.endsWith("/" + hung + "/status")) {
          hungArrived.countDown();
          release.await(30, TimeUnit.SECONDS); // the server does not answer: no headers
          return status("RUNNING");
        }
        if (path.endsWith("/status")) {
          return status("PAUSED");
        }
        if (path.endsWith("/connectors")) {
          return json(200, "{\"" + NAME + "\":{\"status\":{\"name\":\"" + NAME + "\",\"type\":\"sink\","
              + "\"connector\":{\"state\":\"PAUSED\",\"worker_id\":\"w\",\"trace\":\"\"},\"tasks\":[]}}}");
        }
        return json(599, "{\"message\":\"unexpected\"}");
      }
    });
    okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient();
    try (ConnectorClient real = ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST).okHttpClient(ok).build()) {
      Duration timeout = Duration.ofMillis(500);
      Transition pausingHung = real.pause(hung);
      long start = System.nanoTime();
      assertThatThrownBy(() -> pausingHung.await(timeout))
          .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(e.lastStatus()).isEmpty())
          .hasMessageContaining("did not reach PAUSED within PT0.5S")
          .hasMessageContaining("still in flight");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(hungArrived.getCount()).as("the status read was sent and is still unanswered").isZero();
      assertThat(took).isLessThan(timeout.plus(Transition.AWAIT_MARGIN));
      // The read went out with OkHttp's enqueue (no poll thread of the SDK's) and ended with its wait: cancelled.
      long cancelBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (ok.dispatcher().runningCallsCount() > 0 && System.nanoTime() < cancelBy) {
        Thread.sleep(5);
      }
      assertThat(ok.dispatcher().runningCallsCount()).as("the hung read, cancelled").isZero();
      assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("connectkit-"))
          .as("the SDK's own threads: the timer and the event thread, no poll threads")
          .allMatch(t -> t.getName().equals("connectkit-poller") || t.getName().equals("connectkit-events"));

      // Another wait and a watch of the same client go on regardless.
      WaitResult other = real.pause(NAME).await(Duration.ofSeconds(5));
      assertThat(other.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.PAUSED);
      BlockingQueue<String> seen = new LinkedBlockingQueue<>();
      real.watch(WatchSelector.all(), new WatchListener() {
        @Override
        public void onAppeared(ConnectorStatus s) {
          seen.add(s.name() + " " + s.state());
        }
      }, Duration.ofMillis(100));
      assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(NAME + " PAUSED");
      assertThat(release.getCount()).as("still hung").isEqualTo(1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void badRequestWhileWaitingEndsTheWaitAtOnce() {
    script.on("PUT", "/pause", empty(202))
        .on("GET", "/status", json(400, "{\"error\":{\"code\":400,\"message\":\"bad name\"}}"));
    CompletableFuture<WaitResult> wait = pauseRunning().future();
    time.runDue();
    assertThat(failure(wait)).isInstanceOf(ConnectorException.class).hasMessageContaining("bad name")
        .satisfies(e -> assertThat(((ConnectorException) e).statusCode()).hasValue(400));
    assertThat(script.count("GET", "/status")).as("the read before the pause, then one poll").isEqualTo(2);
    assertThat(time.pending()).isZero();
  }

  @Test
  void plainConflictEndsTheWaitButARebalanceIsRetried() throws Exception {
    script.on("PUT", "/pause", empty(202))
        .on("GET", "/status", json(409, "{\"error_code\":409,\"message\":\"Cannot complete request momentarily "
            + "due to no known leader URL, likely because a rebalance was underway.\"}"), status("PAUSED"));
    CompletableFuture<WaitResult> rebalancing = pauseRunning().future();
    time.advance(Duration.ofSeconds(1));
    assertThat(done(rebalancing).attempts()).isEqualTo(2);

    ScriptedServer conflict = new ScriptedServer().on("PUT", "/pause", empty(202))
        .on("GET", "/status", json(409, "{\"message\":\"conflict\"}"), status("PAUSED"));
    server.setDispatcher(conflict.first("GET", "/status", status("RUNNING")));
    CompletableFuture<WaitResult> conflicting = client.pause(NAME).future();
    time.advance(Duration.ofSeconds(1));
    assertThat(failure(conflicting)).isInstanceOf(ConnectorException.class).hasMessageContaining("HTTP 409");
    assertThat(conflict.count("GET", "/status")).isEqualTo(2);
  }

  /** Hands out a token, or fails like a token endpoint that is down (no status) or refuses the client (400). */
  static final class FlakyTokens implements TokenProvider {
    volatile int failStatus;
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AccessToken token() {
      calls.incrementAndGet();
      int status = failStatus;
      if (status < 0) {
        throw new TokenAcquisitionException("the token endpoint is unreachable");
      }
      if (status > 0) {
        throw new TokenAcquisitionException("the token endpoint refused the client", status, "invalid_client", null);
      }
      return AccessToken.of(Secret.of("token-1"));
    }
  }

  ConnectorClient clientWith(TokenProvider tokens) {
    return ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE).retryPolicy(FAST)
        .bearerToken(tokens).scheduler(time).build();
  }

  @Test
  void waitKeepsPollingWhileTheTokenEndpointIsDown() throws Exception {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("PAUSED"));
    FlakyTokens tokens = new FlakyTokens();
    try (ConnectorClient authed = clientWith(tokens)) {
      script.first("GET", "/status", status("RUNNING"));
      Transition pausing = authed.pause(NAME);
      tokens.failStatus = -1;
      CompletableFuture<WaitResult> wait = pausing.future();
      time.advance(Duration.ofSeconds(2));
      assertThat(wait).isNotDone();
      assertThat(tokens.calls).hasValueGreaterThanOrEqualTo(4); // the pause, then three polls
      tokens.failStatus = 0;
      time.advance(Duration.ofSeconds(1));
      assertThat(done(wait).finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.PAUSED);
    }
  }

  @Test
  void waitThatTimesOutWhileTheTokenEndpointIsDownNamesTheLastError() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("PAUSED"));
    FlakyTokens tokens = new FlakyTokens();
    try (ConnectorClient authed = clientWith(tokens)) {
      script.first("GET", "/status", status("RUNNING"));
      Transition pausing = authed.pause(NAME);
      tokens.failStatus = 503;
      CompletableFuture<WaitResult> wait = pausing.future(WaitOptions.builder().timeout(Duration.ofMinutes(1)).build());
      time.advance(Duration.ofMinutes(2));
      assertThat(failure(wait)).isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("last state unknown; last error: the token endpoint refused the client")
          .hasCauseInstanceOf(TokenAcquisitionException.class);
    }
  }

  @Test
  void tokenEndpointThatRefusesTheClientEndsTheWaitAtOnce() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("PAUSED"));
    FlakyTokens tokens = new FlakyTokens();
    try (ConnectorClient authed = clientWith(tokens)) {
      script.first("GET", "/status", status("RUNNING"));
      Transition pausing = authed.pause(NAME);
      tokens.failStatus = 400;
      CompletableFuture<WaitResult> wait = pausing.future();
      time.runDue();
      assertThat(failure(wait)).isInstanceOf(TokenAcquisitionException.class);
      assertThat(time.pending()).isZero();
    }
  }

  @Test
  void failedAfterTheGraceEndsAPauseWaitToo() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", status("FAILED", "broken", "FAILED"));
    CompletableFuture<WaitResult> wait = pauseRunning()
        .future(WaitOptions.builder().failureGrace(Duration.ofSeconds(5)).build());
    time.advance(Duration.ofSeconds(4));
    assertThat(wait).isNotDone();
    time.advance(Duration.ofSeconds(2));
    assertThat(failure(wait)).isInstanceOf(ConnectorFailedException.class).hasMessageContaining("waiting for PAUSED");
  }

  @Test
  void awaitRethrowsTheTypedFailure() {
    script.on("PUT", "/pause", empty(202)).on("GET", "/status", json(403, "{\"message\":\"no\"}"));
    try (ConnectorClient real = ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST).build()) {
      assertThatThrownBy(() -> real.pause(NAME).await(Duration.ofSeconds(5))).isInstanceOf(ForbiddenException.class);
    }
  }
}
