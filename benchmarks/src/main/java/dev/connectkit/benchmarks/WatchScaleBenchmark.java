package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.RetryPolicy;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.watch.WatchHub;
import dev.connectkit.internal.backend.ConnectBackend;
import dev.connectkit.internal.backend.TargetSpec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Watch scale: the time and allocation of one poll of the SDK's watch poller ({@code WatchHub}, the class every
 * {@code client.watch(...)} registers with), including the list request over HTTP, decoding N connectors with their
 * statuses and the diff. The server alternates two lists in which every 100th connector differs, so each poll finds
 * N/100 transitions. {@code watches=one}: one watch of all N; {@code watches=each}: N watches of one name each.
 * Events are delivered inline (a direct executor) so their cost is inside the poll.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WatchScaleBenchmark {
  @Param({"100", "1000", "10000"})
  public int connectors = 100;

  @Param({"one", "each"})
  public String watches = "one";

  private @Nullable ServerHandle server;
  private @Nullable OkHttpClient okHttp;
  private final ManualScheduler scheduler = new ManualScheduler();
  private final CountingInterceptor requests = new CountingInterceptor();
  private @Nullable WatchHub hub;
  private long transitions;
  private long polls;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ServerHandle s = ServerHandle.open();
    server = s;
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(requests).build();
    okHttp = client;
    ConnectBackend backend =
        new ConnectBackend(
            TargetSpec.selfService(HttpUrl.get(s.url()), Fixtures.watchScope(connectors)),
            client,
            new HttpExecutor(RetryPolicy.defaults().toBuilder().maxAttempts(1).build()));
    WatchHub h = new WatchHub(scheduler, backend, Runnable::run);
    WatchListener listener = new WatchListener() {
      @Override
      public void onTransition(ConnectorChange change) {
        transitions++;
      }

      @Override
      public void onAppeared(ConnectorStatus status) {
        transitions++;
      }
    };
    if (watches.equals("one")) {
      h.register(WatchSelector.all(), null, listener, Duration.ofSeconds(10));
    } else {
      for (int i = 0; i < connectors; i++) {
        String name = Fixtures.watchName(connectors, i);
        h.register(WatchSelector.name(name), java.util.Set.of(name), listener, Duration.ofSeconds(10));
      }
    }
    hub = h;
    // First poll: every connector appears. Then check one diff poll finds N/100 transitions with one request.
    poll();
    long before = transitions;
    long sent = requests.count();
    poll();
    long expected = connectors / BenchServer.WATCH_FLIP_EVERY;
    if (transitions - before != expected || requests.count() - sent != 1) {
      throw new IllegalStateException("watch check failed: a poll gave " + (transitions - before)
          + " transitions (expected " + expected + ") with " + (requests.count() - sent) + " requests (expected 1)");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    WatchHub h = hub;
    if (h != null) {
      h.closeAll();
    }
    if (polls > 0 && requests.count() != polls) {
      throw new IllegalStateException(requests.count() + " requests for " + polls + " polls");
    }
    OkHttpClient c = okHttp;
    if (c != null) {
      c.connectionPool().evictAll();
    }
    ServerHandle s = server;
    if (s != null) {
      s.close();
    }
  }

  @Benchmark
  public long poll() {
    scheduler.runNext();
    polls++;
    return transitions;
  }
}
