package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import dev.connectkit.testing.RateLimit;
import dev.connectkit.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pacer on its own: a burst, the advertised rate, 429s, threads, hostile headers and unlimited requests. */
class RatePacerTest {
  private final List<AutoCloseable> closing = new ArrayList<>();
  private @Nullable FakeConnectorApi fake;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  private MockWebServer server(Function<RecordedRequest, MockResponse> answer) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    });
    server.start();
    closing.add(server);
    return server;
  }

  /**
   * The list URL of a fake limited by {@code limit}'s token bucket on real time, on every route, full to start with
   * (the fake is {@link #fake}).
   */
  private String listUrlLimitedTo(RateLimit limit) {
    FakeConnectorApi f = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT)
        .clock(FakeClock.autoAdvancing()).journalCapacity(10_000).start();
    closing.add(f);
    f.faults().rateLimit(limit.clock(Clock.systemUTC()));
    fake = f;
    return f.baseUrl() + "/connectors";
  }

  private static OkHttpClient client(RatePacer pacer) {
    return new OkHttpClient.Builder().addInterceptor(pacer).build();
  }

  private static int get(OkHttpClient http, String url) throws IOException {
    try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
      r.body().string();
      return r.code();
    }
  }

  private static int post(OkHttpClient http, String url) throws IOException {
    RequestBody body = RequestBody.create("{}", MediaType.get("application/json"));
    try (Response r = http.newCall(new Request.Builder().url(url).post(body).build()).execute()) {
      r.body().string();
      return r.code();
    }
  }

  private long rejected() {
    return Objects.requireNonNull(fake).requests().stream().filter(c -> c.status() == 429).count();
  }

  @Test
  void theAnnouncedBurstIsSpentAtOnceThenRequestsFollowAtTheAdvertisedRate() throws IOException {
    RateLimit limit = RateLimit.of(20, Duration.ofSeconds(2));
    String url = listUrlLimitedTo(limit);
    RatePacer pacer = RatePacer.create();
    OkHttpClient http = client(pacer);

    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertThat(get(http, url)).isEqualTo(200);
    }
    Duration burst = Duration.ofNanos(System.nanoTime() - start);
    long longestGap = 0;
    for (int i = 0; i < 10; i++) {
      long before = System.nanoTime();
      assertThat(get(http, url)).isEqualTo(200);
      longestGap = Math.max(longestGap, System.nanoTime() - before);
    }
    Duration all = Duration.ofNanos(System.nanoTime() - start);

    assertThat(burst).as("the bucket's 20 tokens, without waiting").isLessThan(Duration.ofMillis(900));
    assertThat(rejected()).isZero();
    assertThat(pacer.interval().orElseThrow()).isBetween(Duration.ofMillis(99), Duration.ofMillis(101));
    assertThat(Duration.ofNanos(longestGap)).as("one token at a time, not the 2 s until the bucket is full")
        .isLessThan(Duration.ofMillis(500));
    assertThat(all).isGreaterThanOrEqualTo(limit.minimumTime(30));
  }

  @Test
  void threadsSharingOnePacerKeepToTheLimitTogether() throws Exception {
    RateLimit limit = RateLimit.of(10, Duration.ofSeconds(1));
    String url = listUrlLimitedTo(limit);
    RatePacer pacer = RatePacer.create();
    OkHttpClient http = client(pacer);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    closing.add(pool::shutdownNow);

    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < 5; i++) {
          get(http, url);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    long rejected = rejected();
    assertThat(rejected).as("429s among 8 threads").isLessThanOrEqualTo(1);
    assertThat(Objects.requireNonNull(fake).requestCount() - rejected).isEqualTo(40);
    assertThat(took).isBetween(limit.minimumTime(40), limit.minimumTime(40).multipliedBy(12).dividedBy(10));
    assertThat(pacer.rateLimitedResponses()).isEqualTo(rejected);
  }

  @Test
  void a429WithRetryAfterClosesTheGateForEveryRequest() throws IOException {
    int[] calls = {0};
    MockWebServer server = server(request -> {
      synchronized (calls) {
        return calls[0]++ == 0
            ? new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build()
            : new MockResponse.Builder().code(200).build();
      }
    });
    RatePacer pacer = RatePacer.create();
    OkHttpClient http = client(pacer);

    assertThat(get(http, server.url("/").toString())).isEqualTo(429);
    long start = System.nanoTime();
    assertThat(post(http, server.url("/other").toString())).isEqualTo(200);
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(waited).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1800));
    assertThat(pacer.rateLimitedResponses()).isEqualTo(1);
  }

  @Test
  void aResetSoonerThanRetryAfterOpensTheGateAtTheReset() throws IOException {
    int[] calls = {0};
    MockWebServer server = server(request -> {
      synchronized (calls) {
        MockResponse.Builder b = new MockResponse.Builder().addHeader("X-RateLimit-Limit", "5");
        return calls[0]++ == 0
            ? b.code(429).addHeader("Retry-After", "2").addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", "0.300").build()
            : b.code(200).addHeader("X-RateLimit-Remaining", "3").addHeader("X-RateLimit-Reset", "1").build();
      }
    });
    OkHttpClient http = client(RatePacer.create());

    assertThat(get(http, server.url("/").toString())).isEqualTo(429);
    long start = System.nanoTime();
    assertThat(get(http, server.url("/").toString())).isEqualTo(200);
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertThat(waited).isBetween(Duration.ofMillis(300), Duration.ofMillis(1500));
  }

  @Test
  void withoutAnyLimitKnownNothingWaits() throws IOException {
    MockWebServer server = server(request -> new MockResponse.Builder().code(200).build());
    RatePacer pacer = RatePacer.create();
    OkHttpClient http = client(pacer);

    long start = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      assertThat(get(http, server.url("/").toString())).isEqualTo(200);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).as("50 requests, none of them held back").isLessThan(Duration.ofSeconds(3));
    assertThat(pacer.interval()).isEmpty();
    assertThat(pacer.rateLimitedResponses()).isZero();
  }

  @Test
  void requestsOfAMethodTheServerDoesNotLimitPassWhileLimitedOnesWait() throws Exception {
    CountDownLatch together = new CountDownLatch(4);
    MockWebServer server = server(request -> {
      if (request.getMethod().equals("POST")) {
        return new MockResponse.Builder().code(200).addHeader("X-RateLimit-Limit", "1")
            .addHeader("X-RateLimit-Remaining", "0").addHeader("X-RateLimit-Reset", "30").build();
      }
      if (request.getUrl().encodedPath().equals("/first")) {
        return new MockResponse.Builder().code(200).build();
      }
      together.countDown();
      try {
        // Each read answers only once all four are at the server: they must run at the same time.
        return new MockResponse.Builder().code(together.await(5, TimeUnit.SECONDS) ? 200 : 504).build();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new MockResponse.Builder().code(500).build();
      }
    });
    OkHttpClient http = client(RatePacer.create());
    assertThat(get(http, server.url("/first").toString())).as("a read, answered without limit headers").isEqualTo(200);
    assertThat(post(http, server.url("/connectors").toString())).isEqualTo(200);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    closing.add(pool::shutdownNow);

    Future<Integer> limitedWrite = pool.submit(() -> post(http, server.url("/connectors").toString()));
    List<Future<Integer>> reads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reads.add(pool.submit(() -> get(http, server.url("/connectors").toString())));
    }

    for (Future<Integer> read : reads) {
      assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }
    assertThat(limitedWrite).as("the write waits for the 30 s reset").isNotDone();
    limitedWrite.cancel(true);
  }

  @ParameterizedTest(name = "Limit {0}, Remaining {1}, Reset {2}, Retry-After {3}, status {4}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "50 | -5 | -1 | null | 200",
      "50 | 0 | 99999999999999999999999 | null | 200",
      "50 | 0 | NaN | Infinity | 429",
      "0 | 0 | 1e308 | 1e308 | 429",
      "-3 | abc | '' | -7 | 429",
      "99999999999999999999 | 99999999999999999999 | 0 | 0 | 200",
      "1 | 0 | 0 | 0 | 200",
      "null | null | null | 'Wed, 21 Oct 2015 07:28:00 GMT' | 429",
      "null | null | null | 'not a date' | 429",
  })
  void hostileHeadersNeitherThrowNorHangPastTheLongestWait(String limit, String remaining, String reset,
      String retryAfter, int status) throws IOException {
    MockWebServer server = server(request -> {
      MockResponse.Builder b = new MockResponse.Builder().code(status);
      addIfPresent(b, "X-RateLimit-Limit", limit);
      addIfPresent(b, "X-RateLimit-Remaining", remaining);
      addIfPresent(b, "X-RateLimit-Reset", reset);
      addIfPresent(b, "Retry-After", retryAfter);
      return b.build();
    });
    RatePacer pacer = new RatePacer(Duration.ofMillis(200));
    OkHttpClient http = client(pacer);

    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertThat(get(http, server.url("/").toString())).isEqualTo(status);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).as("each wait at most the pacer's longest").isLessThan(Duration.ofMillis(5 * 200).plusSeconds(2));
    assertThat(pacer.toString()).startsWith("RatePacer{");
  }

  private static void addIfPresent(MockResponse.Builder b, String name, String value) {
    if (value != null) {
      b.addHeader(name, value);
    }
  }

  @Test
  void aWaitEndsWithItsCallsTimeoutNotTheServersReset() throws IOException {
    MockWebServer server = server(request -> new MockResponse.Builder().code(200)
        .addHeader("X-RateLimit-Limit", "1").addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", "86400").build());
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(RatePacer.create())
        .callTimeout(Duration.ofMillis(300)).build();
    assertThat(get(http, server.url("/").toString())).isEqualTo(200);

    long start = System.nanoTime();
    assertThatThrownBy(() -> get(http, server.url("/").toString())).isInstanceOf(InterruptedIOException.class);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isBetween(Duration.ofMillis(250), Duration.ofSeconds(2));
  }
}
