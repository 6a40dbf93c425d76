package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.connectkit.auth.ClientCredentialsTokenProvider;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers no honest server gives: absurd numbers, redirects to another origin, drips, oversized bodies, creates whose
 * outcome the answer hides. Each ends in a typed error within the deadline, or in the right outcome.
 */
class HostileAnswersTest {
  static final String NAME = "orders-sink";
  static final String CANARY = "c4nary-Pr1vate+/key";
  static final RetryPolicy QUICK = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
      .maxBackoff(Duration.ofMillis(2)).totalTimeout(Duration.ofSeconds(5)).build();

  MockWebServer server;
  MockWebServer elsewhere;
  final Script script = new Script();
  final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = TestServers.start();
    server.setDispatcher(script);
    elsewhere = TestServers.start();
  }

  @AfterEach
  void stop() {
    server.close();
    elsewhere.close();
  }

  /** Answers POSTs and GETs from two queues; a GET after a POST may echo the posted connector back. */
  static final class Script extends Dispatcher {
    final Deque<Function<String, MockResponse>> posts = new ArrayDeque<>();
    final Deque<Function<String, MockResponse>> gets = new ArrayDeque<>();
    final List<String> seen = new CopyOnWriteArrayList<>();
    volatile String posted = "";

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      seen.add(request.getMethod() + " " + request.getTarget());
      Deque<Function<String, MockResponse>> queue = request.getMethod().equals("GET") ? gets : posts;
      if (request.getMethod().equals("POST") && request.getBody() != null) {
        posted = request.getBody().utf8();
      }
      Function<String, MockResponse> next = queue.size() > 1 ? queue.poll() : queue.peek();
      return next == null ? TestServers.empty(500) : next.apply(posted);
    }
  }

  /** The connector as posted, as Kafka Connect's GET would show it. */
  static MockResponse found(String posted) {
    return TestServers.json(200, posted.substring(0, posted.lastIndexOf('}')) + ",\"tasks\":[],\"type\":\"sink\"}");
  }

  ConnectorClient.Builder builder() {
    return ConnectorClient.builder().kafkaConnect(server.url("/").toString()).retryPolicy(QUICK).httpLogger(log::add);
  }

  static GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw(NAME))
        .connectorClass("FileStreamSink")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .secret("file.password", Secret.of(CANARY))
        .build();
  }

  @Test
  void aRetryAfterOfTenBillionSecondsEndsTheCallWithTheRequestedDelay() {
    script.gets.add(p -> TestServers.json(429, "{}").newBuilder().addHeader("Retry-After", "9999999999").build());
    try (ConnectorClient client = builder().build()) {
      long start = System.nanoTime();
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(t).isInstanceOf(RateLimitedException.class);
      assertThat(((RateLimitedException) t).retryAfter()).contains(Duration.ofSeconds(9_999_999_999L));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void aRetryAfterDateInTheYear9999EndsTheCallWithTheRequestedDelay() {
    script.gets.add(p -> TestServers.json(503, "{}").newBuilder().code(429)
        .addHeader("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT").build());
    try (ConnectorClient client = builder().build()) {
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(t).isInstanceOf(RateLimitedException.class);
      assertThat(((RateLimitedException) t).retryAfter().orElseThrow()).isGreaterThan(Duration.ofDays(365L * 7000));
    }
  }

  @Test
  void noSingleRetryAfterStopsAWatchsPolling() throws Exception {
    ManualScheduler time = new ManualScheduler();
    String list = "{\"" + NAME + "\":{\"status\":{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"connector\":{"
        + "\"state\":\"RUNNING\",\"worker_id\":\"w\"},\"tasks\":[]}}}";
    script.gets.add(p -> TestServers.json(429, "{}").newBuilder().addHeader("Retry-After", "9999999999").build());
    script.gets.add(p -> TestServers.json(200, list));
    List<String> events = new CopyOnWriteArrayList<>();
    try (ConnectorClient client = builder().scheduler(time).eventExecutor(Runnable::run).build()) {
      client.watch(WatchSelector.all(), new WatchListener() {
        @Override
        public void onAppeared(ConnectorStatus status) {
          events.add("appeared " + status.name());
        }

        @Override
        public void onError(ConnectorException error, boolean willRetry) {
          events.add("error " + error.statusCode().orElse(0) + " retry=" + willRetry);
        }
      }, Duration.ofSeconds(10));
      time.runDue();
      assertThat(events).containsExactly("error 429 retry=true");
      time.advance(Duration.ofMinutes(11));
      assertThat(events).containsExactly("error 429 retry=true", "appeared " + NAME);
    }
  }

  @Test
  void aRedirectToAnotherOriginIsNotFollowedAndTheBodyGoesNowhereElse() throws Exception {
    for (int code : new int[] {307, 308, 301, 302}) {
      String location = elsewhere.url("/connectors").newBuilder().addQueryParameter("k", CANARY).build().toString();
      script.posts.clear();
      script.posts.add(p -> TestServers.empty(code).newBuilder().addHeader("Location", location).build());
      script.gets.clear();
      script.gets.add(p -> TestServers.json(404, "{}"));
      int before = script.seen.size();
      try (ConnectorClient client = builder().build()) {
        Throwable t = catchThrowable(() -> client.create(config()));
        assertThat(t).isInstanceOf(ConnectorException.class)
            .hasMessageContaining("redirected the request to " + elsewhere.url("/connectors") + "?k=****")
            .hasMessageNotContaining(CANARY);
        assertThat(((ConnectorException) t).statusCode()).hasValue(code);
      }
      assertThat(script.seen.subList(before, script.seen.size())).containsExactly("POST /connectors");
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(log).noneMatch(line -> line.contains(CANARY));
  }

  @Test
  void aDrippingAnswerEndsAtTheTotalDeadline() {
    script.gets.add(p -> TestServers.json(200, "{\"name\":\"" + NAME + "\",\"config\":{},\"tasks\":[]}" + " ".repeat(200))
        .newBuilder().throttleBody(1, 20, TimeUnit.MILLISECONDS).build());
    try (ConnectorClient client = builder()
        .retryPolicy(QUICK.toBuilder().totalTimeout(Duration.ofMillis(500)).build()).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("did not complete within PT0.5S");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aDrippingTokenEndpointCountsAgainstTheCallsDeadlineAndTheMessageSaysSo() {
    script.posts.add(p -> TestServers.json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}"
            + " ".repeat(400)).newBuilder().throttleBody(1, 20, TimeUnit.MILLISECONDS).build());
    ClientCredentialsTokenProvider entra = ClientCredentialsTokenProvider.builder()
        .tenantId("11111111-2222-3333-4444-555555555555")
        .clientId("66666666-7777-8888-9999-000000000000")
        .clientSecret(Secret.of(CANARY))
        .authorityHost(server.url("/").toString())
        .build();
    try (ConnectorClient client = builder().bearerToken(entra)
        .retryPolicy(QUICK.toBuilder().totalTimeout(Duration.ofSeconds(1)).build()).build()) {
      long start = System.nanoTime();
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
      assertThat(t).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("no token from " + server.url("/"))
          .hasMessageContaining("the retry policy's total timeout of PT1S");
    }
  }

  @Test
  void anOversizedAnswerIsATypedErrorNotAnOutOfMemoryError() {
    Buffer huge = new Buffer();
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) ' ');
    for (int i = 0; i < 17; i++) {
      huge.write(chunk);
    }
    script.gets.add(p -> new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(huge.clone()).build());
    try (ConnectorClient client = builder().build()) {
      Throwable t = catchThrowable(client::list);
      assertThat(t).isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("16777216 bytes");
    }
    // Configurable; streamed (chunked, no Content-Length) and error pages are capped too.
    script.gets.clear();
    script.gets.add(p -> new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
        .chunkedBody("<html>" + "x".repeat(200_000) + "</html>", 4096).build());
    try (ConnectorClient client = builder().maxResponseBytes(64 * 1024).build()) {
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(t).isInstanceOf(ResponseTooLargeException.class);
      assertThat(((ResponseTooLargeException) t).limitBytes()).isEqualTo(64 * 1024);
    }
  }

  @Test
  void aCreateAnswered500AfterTheServerAppliedItSucceedsWhenTheLookupFindsIt() {
    script.posts.add(p -> TestServers.json(500, "{\"error_code\":500,\"message\":\"oops\"}"));
    script.gets.add(HostileAnswersTest::found);
    try (ConnectorClient client = builder().build()) {
      assertThat(client.create(config()).connector()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(NAME));
    }
    assertThat(script.seen).containsExactly("POST /connectors", "GET /connectors/" + NAME);
  }

  @Test
  void onKafkaConnectACreateAnswered500WithNothingThereIsTheServersRefusal() {
    script.posts.add(p -> TestServers.json(500, "{\"error_code\":500,\"message\":\"Failed to find any class that "
        + "implements Connector\"}"));
    script.gets.add(p -> TestServers.json(404, "{\"error_code\":404,\"message\":\"not found\"}"));
    try (ConnectorClient client = builder().build()) {
      assertThat(catchThrowable(() -> client.create(config()))).isInstanceOf(ServerErrorException.class)
          .hasMessageContaining("Failed to find any class");
    }
    assertThat(script.seen).containsExactly("POST /connectors", "GET /connectors/" + NAME);
  }

  @Test
  void onAManagedTargetACreateAnswered500WithNothingThereYetIsNeverADefiniteFailure() {
    // Confluent Cloud's reads may lag behind a create it applied: an empty lookup proves nothing there.
    script.posts.add(p -> TestServers.json(500, "{\"error\":{\"code\":500,\"message\":\"oops\"}}"));
    script.gets.add(p -> TestServers.json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}"));
    try (ConnectorClient client = ConnectorClient.builder()
        .confluentCloud("env-1", "lkc-1", server.url("/").toString())
        .basicAuth("key", Secret.of("cloud-secret")).retryPolicy(QUICK).build()) {
      Throwable t = catchThrowable(() -> client.create(config()));
      assertThat(t).isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void aCreateAnswered201WithAnUndecodableBodySucceedsWhenTheLookupFindsIt() {
    script.posts.add(p -> TestServers.json(201, "{\"name\": [not json"));
    script.gets.add(HostileAnswersTest::found);
    try (ConnectorClient client = builder().build()) {
      assertThat(client.create(config()).connector()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo(NAME));
    }
  }

  @Test
  void aCreateWhoseLookupLagsAndIsThen409dIsAnUnknownOutcomeNotAFailure() {
    script.posts.add(p -> TestServers.json(502, "{}"));
    script.posts.add(p -> TestServers.json(409, "{\"error_code\":409,\"message\":\"Connector orders-sink already exists\"}"));
    script.gets.add(p -> TestServers.json(404, "{\"error_code\":404,\"message\":\"not found\"}"));
    try (ConnectorClient client = builder().build()) {
      Throwable t = catchThrowable(() -> client.create(config()));
      assertThat(t).isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("may or may not have been applied");
    }
  }

  @Test
  void aCreateTheServerDefinitelyRefusedIsADefiniteFailure() {
    script.posts.add(p -> TestServers.json(400, "{\"error_code\":400,\"message\":\"bad config\"}"));
    try (ConnectorClient client = builder().build()) {
      assertThat(catchThrowable(() -> client.create(config()))).isInstanceOf(ConnectorValidationException.class);
    }
    assertThat(script.seen).containsExactly("POST /connectors");
  }

  @Test
  void aWaitEndedByCloseThrowsClientClosedException() throws Exception {
    script.posts.add(HostileAnswersTest::found);
    script.gets.add(p -> TestServers.json(200, "{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"connector\":{"
        + "\"state\":\"UNASSIGNED\",\"worker_id\":\"w\"},\"tasks\":[]}"));
    ConnectorClient client = builder().waitOptions(WaitOptions.defaults().toBuilder()
        .minInterval(Duration.ofMillis(10)).build()).build();
    Transition created = client.create(config());
    java.util.concurrent.CompletableFuture<Throwable> waited = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> catchThrowable(() -> created.await(Duration.ofMinutes(1))));
    // Close once the wait has polled (not after a fixed sleep, which a loaded machine may outrun).
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (script.seen.stream().noneMatch(r -> r.startsWith("GET")) && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    client.close();
    assertThat(waited.get(5, TimeUnit.SECONDS)).isInstanceOf(ClientClosedException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aCreateWhoseDeadlineLeavesNoTimeForAnotherAttemptIsAnUnknownOutcome() {
    // 503 from a gateway: the create may have been applied; the lookup does not show it (yet), and the backoff to
    // the next attempt would pass the deadline. That is not a definite failure.
    script.posts.add(p -> TestServers.json(503, "{\"error_code\":503,\"message\":\"unavailable\"}"));
    script.gets.add(p -> TestServers.json(404, "{\"error_code\":404,\"message\":\"Connector " + NAME
        + " not found\"}"));
    RetryPolicy slowBackoff = QUICK.toBuilder().initialBackoff(Duration.ofSeconds(4)).maxBackoff(Duration.ofSeconds(4))
        .totalTimeout(Duration.ofSeconds(2)).build();
    try (ConnectorClient client = builder().retryPolicy(slowBackoff).build()) {
      assertThat(catchThrowable(() -> client.create(config()))).isInstanceOf(OutcomeUnknownException.class)
          .hasMessageContaining("may or may not have been applied");
    }
    assertThat(script.seen).containsExactly("POST /connectors", "GET /connectors/" + NAME);
  }

  @Test
  void aWaitStartedAfterCloseThrowsClientClosedException() {
    script.posts.add(HostileAnswersTest::found);
    ConnectorClient client = builder().build();
    Transition created = client.create(config());
    client.close();
    assertThat(catchThrowable(() -> created.await(Duration.ofSeconds(5))))
        .isInstanceOf(ClientClosedException.class).hasMessageContaining("closed");
  }

  @Test
  void aMalformedAnswerQuotingACredentialKeepsNoUnscrubbedCause() {
    String status = "{\"name\":\"" + NAME + "\",\"type\":\"sink\",\"connector\":{\"state\":\"RUNNING\","
        + "\"worker_id\":\"w\"},\"tasks\":[{\"id\":\"" + CANARY + "\",\"state\":\"RUNNING\",\"worker_id\":\"w\"}]}";
    script.gets.add(p -> TestServers.json(200, status));
    try (ConnectorClient client = builder().basicAuth("key", Secret.of(CANARY)).build()) {
      Throwable t = catchThrowable(() -> client.status(NAME));
      assertThat(t).isInstanceOf(ConnectorException.class).hasMessageContaining("could not be read");
      java.io.StringWriter trace = new java.io.StringWriter();
      t.printStackTrace(new java.io.PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain(CANARY).doesNotContain("c4nary");
    }
  }

  @Test
  void anHtmlPageQuotingTheBasicSecretHtmlEscapedIsScrubbed() {
    String secret = "p&ss<w0rd>x'q\"z";
    String escaped = "p&amp;ss&lt;w0rd&gt;x&#39;q&quot;z";
    script.gets.add(p -> new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
        .body("<html><body>Bad credentials key:" + escaped + "</body></html>").build());
    try (ConnectorClient client = builder().basicAuth("key", Secret.of(secret)).build()) {
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(t).isInstanceOf(ConnectorException.class);
      assertThat(t.getMessage()).contains("Bad credentials").doesNotContain("w0rd");
      assertThat(String.join("\n", log)).doesNotContain("w0rd");
    }
  }

  @Test
  void aTokenEndpointRedirectIsNotFollowedAndTheClientSecretGoesNowhereElse() {
    String location = elsewhere.url("/token").newBuilder().addQueryParameter("s", CANARY).build().toString();
    script.posts.add(p -> TestServers.empty(307).newBuilder().addHeader("Location", location).build());
    ClientCredentialsTokenProvider entra = ClientCredentialsTokenProvider.builder()
        .tenantId("11111111-2222-3333-4444-555555555555")
        .clientId("66666666-7777-8888-9999-000000000000")
        .clientSecret(Secret.of(CANARY))
        .authorityHost(server.url("/").toString())
        .maxAttempts(1)
        .build();
    try (ConnectorClient client = builder().bearerToken(entra).build()) {
      Throwable t = catchThrowable(() -> client.get(NAME));
      assertThat(t).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("redirected to " + elsewhere.url("/token") + "?s=****")
          .hasMessageNotContaining(CANARY);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
  }
}
