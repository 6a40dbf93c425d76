package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Secret;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;

/**
 * Watch scale through the public API: a real {@link ConnectorClient} watches N connectors (one watch of all, or N
 * watches of one name each) with a 1 s interval. Reports requests per poll (counted on the OkHttpClient), retained
 * heap per watched connector (used heap after full GCs, watches open, minus before) and the threads the SDK started
 * (peak while the first polls deliver, and after). Time and allocation per poll are the JMH
 * {@link WatchScaleBenchmark}.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp benchmarks.jar dev.connectkit.benchmarks.WatchScale 100 1000 10000
 * }</pre>
 */
public final class WatchScale {
  private WatchScale() {}

  /** What one configuration measured. */
  static final class Result {
    final int connectors;
    final String mode;
    final double requestsPerPoll;
    final double bytesPerConnector;
    final int peakThreads;
    final int threadsAfter;
    final String threadNames;

    Result(int connectors, String mode, double requestsPerPoll, double bytesPerConnector, int peakThreads,
        int threadsAfter, String threadNames) {
      this.connectors = connectors;
      this.mode = mode;
      this.requestsPerPoll = requestsPerPoll;
      this.bytesPerConnector = bytesPerConnector;
      this.peakThreads = peakThreads;
      this.threadsAfter = threadsAfter;
      this.threadNames = threadNames;
    }
  }

  static Result measure(String url, int n, boolean each) throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    CountingInterceptor requests = new CountingInterceptor();
    OkHttpClient okHttp = new OkHttpClient.Builder().addInterceptor(requests).build();
    AtomicLong appeared = new AtomicLong();
    AtomicLong transitions = new AtomicLong();
    WatchListener listener = new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        appeared.incrementAndGet();
      }

      @Override
      public void onTransition(ConnectorChange change) {
        transitions.incrementAndGet();
      }
    };
    AtomicInteger peak = new AtomicInteger();
    Map<String, Integer> peakNames = new TreeMap<>();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        List<Thread> started = newThreads(before);
        int sdk = sdkCount(started);
        if (sdk > peak.get()) {
          peak.set(sdk);
          synchronized (peakNames) {
            peakNames.clear();
            for (Thread t : started) {
              peakNames.merge(t.getName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
            }
          }
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-sampler");
    try (ConnectorClient client =
        ConnectorClient.builder()
            .selfService(url, Fixtures.watchScope(n))
            .bearerToken(Secret.of(Fixtures.TOKEN))
            .okHttpClient(okHttp)
            .build()) {
      before.add(sampler);
      sampler.setDaemon(true);
      sampler.start();
      client.list(); // load and link the list path before the heap baseline
      long heapBefore = usedHeapAfterGc();
      List<Watch> watches = new ArrayList<>();
      if (each) {
        for (int i = 0; i < n; i++) {
          watches.add(client.watch(WatchSelector.name(Fixtures.watchName(n, i)), listener, Duration.ofSeconds(1)));
        }
      } else {
        watches.add(client.watch(WatchSelector.all(), listener, Duration.ofSeconds(1)));
      }
      waitFor(() -> appeared.get() >= n, "all " + n + " connectors to appear");
      // Three diff polls, each finding N/100 transitions; count the requests they took.
      long perPoll = n / BenchServer.WATCH_FLIP_EVERY;
      long r0 = requests.count();
      long t0 = transitions.get();
      waitFor(() -> transitions.get() >= t0 + 3 * perPoll, "three diff polls");
      long polls = (transitions.get() - t0) / perPoll;
      double requestsPerPoll = (double) (requests.count() - r0) / polls;
      long heapAfter = usedHeapAfterGc();
      sampler.interrupt();
      sampler.join();
      int after = sdkCount(newThreads(before));
      String names;
      synchronized (peakNames) {
        names = peakNames.toString();
      }
      for (Watch w : watches) {
        w.close();
      }
      return new Result(n, each ? "each" : "one", requestsPerPoll, (double) (heapAfter - heapBefore) / n, peak.get(),
          after, names);
    } finally {
      sampler.interrupt();
      okHttp.connectionPool().evictAll();
    }
  }

  /** The SDK's own threads ({@code connectkit-*}); OkHttp's pool and Okio's watchdog are OkHttp's, shared. */
  private static int sdkCount(List<Thread> threads) {
    int n = 0;
    for (Thread t : threads) {
      if (t.getName().startsWith("connectkit")) {
        n++;
      }
    }
    return n;
  }

  /** Threads started since {@code before}, except the benchmark's own server's. */
  private static List<Thread> newThreads(Set<Thread> before) {
    List<Thread> out = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && t.isAlive() && !t.getName().startsWith("MockWebServer")) {
        out.add(t);
      }
    }
    return out;
  }

  /** Used heap after full GCs: the lowest of several readings. */
  private static long usedHeapAfterGc() throws InterruptedException {
    long min = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      min = Math.min(min, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return min;
  }

  private interface Condition {
    boolean met();
  }

  private static void waitFor(Condition condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.met()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      Thread.sleep(5);
    }
  }

  static String report(List<Result> results) {
    StringBuilder sb = new StringBuilder("### Watch scale through ConnectorClient (1 s interval)\n\n")
        .append("| connectors | watches | requests per poll | retained heap per watched connector")
        .append(" | SDK (connectkit-*) threads: peak / after | all threads started, at the SDK's peak |\n|---:|---|---:|---:|---:|---|\n");
    for (Result r : results) {
      sb.append(String.format(Locale.ROOT, "| %,d | %s | %.2f | %,.0f B | %d / %d | %s |%n", r.connectors,
          r.mode.equals("one") ? "1 of all" : r.connectors + " of one each", r.requestsPerPoll, r.bytesPerConnector,
          r.peakThreads, r.threadsAfter, r.threadNames));
    }
    return sb.toString();
  }

  /** Arguments: the connector counts (default 100 1000 10000); {@code --one} skips the one-watch-per-connector runs. */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    boolean onlyOne = false;
    for (String a : args) {
      if (a.equals("--one")) {
        onlyOne = true;
      } else {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (sizes.isEmpty()) {
      for (int n : BenchServer.WATCH_SIZES) {
        sizes.add(n);
      }
    }
    List<Result> results = new ArrayList<>();
    try (ServerHandle server = ServerHandle.open()) {
      // A round that is not reported: loads classes, starts OkHttp's shared threads, settles the heap baseline.
      measure(server.url(), 100, false);
      for (int n : sizes) {
        results.add(measure(server.url(), n, false));
        if (!onlyOne) {
          results.add(measure(server.url(), n, true));
        }
      }
    }
    System.out.println(report(results));
  }
}
