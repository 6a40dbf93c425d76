package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import dev.connectkit.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.ByteString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apply of 100 creates against Kafka Connect behind a proxy that allows {@value #LIMIT} requests per 2 s (a
 * fixed window, 429 with Retry-After beyond it): it finishes within 1.1x the limit's own bound (the requests it made at
 * the limit's rate) and wastes at most one 429: without headers, the one that meets the first window's end; with
 * them, the one that shows the window does not refill continuously.
 */
class RateLimitedApplyTest {
  static final int LIMIT = 100;
  static final long WINDOW_NANOS = Duration.ofSeconds(2).toNanos();

  /** Forwards to the fake, LIMIT requests per window; the first request starts the first window. */
  static final class RateLimitingProxy extends Dispatcher {
    private final String upstream;
    private final boolean announce;
    private final OkHttpClient http = new OkHttpClient();
    private long windowStart = Long.MIN_VALUE;
    private int used;
    long forwarded;
    long rejected;

    RateLimitingProxy(String upstream, boolean announce) {
      this.upstream = upstream.endsWith("/") ? upstream.substring(0, upstream.length() - 1) : upstream;
      this.announce = announce;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      long now = System.nanoTime();
      int left;
      long resetNanos;
      synchronized (this) {
        if (windowStart == Long.MIN_VALUE) {
          windowStart = now;
        }
        while (now - windowStart >= WINDOW_NANOS) {
          windowStart += WINDOW_NANOS;
          used = 0;
        }
        resetNanos = windowStart + WINDOW_NANOS - now;
        if (used >= LIMIT) {
          rejected++;
          MockResponse.Builder b = new MockResponse.Builder().code(429)
              .addHeader("Retry-After", String.valueOf((resetNanos + 999_999_999L) / 1_000_000_000L))
              .body("{\"error_code\":429,\"message\":\"Too Many Requests\"}");
          if (announce) {
            b.addHeader("X-RateLimit-Limit", LIMIT).addHeader("X-RateLimit-Remaining", 0)
                .addHeader("X-RateLimit-Reset", seconds(resetNanos));
          }
          return b.build();
        }
        used++;
        forwarded++;
        left = LIMIT - used;
      }
      MockResponse.Builder out = forward(request);
      if (announce) {
        out.addHeader("X-RateLimit-Limit", LIMIT).addHeader("X-RateLimit-Remaining", left)
            .addHeader("X-RateLimit-Reset", seconds(resetNanos));
      }
      return out.build();
    }

    private static String seconds(long nanos) {
      return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private MockResponse.Builder forward(RecordedRequest request) {
      ByteString body = request.getBody();
      String type = request.getHeaders().get("Content-Type");
      RequestBody requestBody = body == null || body.size() == 0 && request.getMethod().equals("GET")
          ? null : RequestBody.create(body == null ? ByteString.EMPTY : body, type == null ? null : MediaType.get(type));
      String target = request.getUrl().encodedPath()
          + (request.getUrl().encodedQuery() == null ? "" : "?" + request.getUrl().encodedQuery());
      Request.Builder up = new Request.Builder().url(upstream + target).method(request.getMethod(), requestBody);
      try (Response r = http.newCall(up.build()).execute()) {
        MockResponse.Builder b = new MockResponse.Builder().code(r.code()).body(r.body().string());
        String contentType = r.header("Content-Type");
        if (contentType != null) {
          b.addHeader("Content-Type", contentType);
        }
        return b;
      } catch (IOException e) {
        return new MockResponse.Builder().code(502).body("proxy: " + e);
      }
    }
  }

  @ParameterizedTest(name = "announcing the remaining budget: {0}")
  @ValueSource(booleans = {false, true})
  void anApplyOf100WritesKeepsToTheLimitsBound(boolean announce) throws IOException {
    try (FakeConnectorApi fake = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT)
            .clock(FakeClock.autoAdvancing()).start();
        MockWebServer proxy = new MockWebServer()) {
      RateLimitingProxy limiter = new RateLimitingProxy(fake.baseUrl(), announce);
      proxy.setServerSocketFactory(new NoDelayServerSocketFactory());
      proxy.setDispatcher(limiter);
      proxy.start();
      RatePacer pacer = RatePacer.create();
      try (ConnectorClient client = ConnectorClient.builder()
          .kafkaConnect(proxy.url("/").toString())
          .okHttpClient(new OkHttpClient.Builder().addInterceptor(pacer).build())
          .retryPolicy(RetryPolicy.builder().maxAttempts(4).totalTimeout(Duration.ofSeconds(30)).build())
          .waitOptions(Fakes.WAIT)
          .build()) {
        ConnectorSet.Builder set = ConnectorSet.builder("sales-connectors", Stage.DEV);
        for (int i = 0; i < 100; i++) {
          set.add(Fakes.datagen(Stage.DEV, "c" + i, "s3cr3t"));
        }
        Deployer deployer = Deployer.builder().stage(Stage.DEV, client).waitOptions(Fakes.WAIT)
            .settleTime(Duration.ZERO).concurrency(4).build();
        long start = System.nanoTime();
        Plan plan = deployer.plan(set.build());
        ApplyResult result = deployer.apply(plan, plan.id());
        long elapsed = System.nanoTime() - start;
        assertThat(result.succeeded()).as(result.toString()).isTrue();
        assertThat(result.steps()).hasSize(100);

        long requests;
        long rejected;
        synchronized (limiter) {
          requests = limiter.forwarded;
          rejected = limiter.rejected;
        }
        // The limit's own bound: the time to make these requests at its rate, LIMIT per window.
        double bound = (double) requests * WINDOW_NANOS / LIMIT;
        System.out.printf(Locale.ROOT, "rate-limited apply (announce=%s): %d writes, %d requests, %d x 429, "
                + "%.2f s, bound %.2f s, ratio %.3f, %s%n", announce, result.steps().size(), requests, rejected,
            elapsed / 1e9, bound / 1e9, elapsed / bound, pacer);
        // The bound: at most one wasted 429, announced limits or not (a window can roll between reads).
        assertThat(rejected).isLessThanOrEqualTo(1);
        assertThat(elapsed).isLessThanOrEqualTo((long) (1.1 * bound));
      }
    }
  }
}
