package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Stage;
import dev.connectkit.Transition;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.wait.Waiter;
import dev.connectkit.internal.backend.ConnectBackend;
import dev.connectkit.internal.backend.TargetSpec;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Wait latency in simulated time: the SDK's real waiter (the one behind {@link Transition#await}) polls a
 * {@link FakeConnectorApi} over HTTP; the fake flips a PROVISIONING connector to RUNNING at a random moment (log-uniform
 * between 5 s and 3 h, seeded). Time is simulated ({@link ManualScheduler}, {@link FakeClock}), so hours of waiting take
 * milliseconds; the lag excludes the real round trip (~0.1 ms on loopback). Compared with a fixed 1-minute poll (what
 * the Terraform provider does).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.connectkit.benchmarks.WaitLatency 400
 * }</pre>
 */
public final class WaitLatency {
  private WaitLatency() {}

  /** One wait: when the flip happened, when the wait saw it, how many status calls it made. */
  static final class Trial {
    final Duration flip;
    final Duration returned;
    final long calls;

    Trial(Duration flip, Duration returned, long calls) {
      this.flip = flip;
      this.returned = returned;
      this.calls = calls;
    }

    Duration lag() {
      return returned.minus(flip);
    }

    /** The target: lag ≤ max(2 s, 10 % of the time until the flip). */
    Duration bound() {
      Duration tenth = flip.dividedBy(10);
      return tenth.compareTo(Duration.ofSeconds(2)) > 0 ? tenth : Duration.ofSeconds(2);
    }

    /** The fixed 1-minute poll: polls at 0, 60 s, 120 s, …; sees the flip at the next multiple of a minute. */
    Duration fixedLag() {
      long s = flip.toNanos();
      long m = Duration.ofMinutes(1).toNanos();
      long seen = ((s + m - 1) / m) * m;
      return Duration.ofNanos(seen - s);
    }

    long fixedCalls() {
      long m = Duration.ofMinutes(1).toNanos();
      return (flip.toNanos() + m - 1) / m + 1;
    }
  }

  static List<Trial> run(int trials, long seed) throws Exception {
    FakeClock clock = new FakeClock();
    Placement placement = Placement.dedicated("waits", Stage.DEV);
    List<Trial> out = new ArrayList<>();
    Random random = new Random(seed);
    try (FakeConnectorApi fake = FakeConnectorApi.builder().clock(clock).start()) {
      OkHttpClient client =
          new OkHttpClient.Builder()
              .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                  .header("Authorization", "Bearer " + FakeConnectorApi.DEFAULT_TOKEN).build()))
              .build();
      ManualScheduler scheduler = new ManualScheduler();
      ConnectBackend backend =
          new ConnectBackend(TargetSpec.selfService(HttpUrl.get(fake.baseUrl()), placement), client,
              new HttpExecutor(RetryPolicy.defaults().toBuilder().maxAttempts(1).build()));
      Waiter waiter = new Waiter(scheduler, backend);
      WaitOptions options = WaitOptions.defaults().toBuilder().timeout(Duration.ofHours(6)).build();
      for (int i = 0; i < trials; i++) {
        String name = fake.seed(placement, "wait-" + i, Map.of("connector.class", "Bench")).name();
        fake.setState(name, ConnectorState.PROVISIONING);
        double logMin = Math.log(5);
        double logMax = Math.log(3 * 3600);
        Duration flip = Duration.ofMillis((long) (1000 * Math.exp(logMin + random.nextDouble() * (logMax - logMin))));
        long start = scheduler.nanoTime();
        long calls = fake.requestCount();
        scheduler.schedule(() -> fake.setState(name, ConnectorState.RUNNING), flip);
        CompletableFuture<WaitResult> future = waiter.await(Transition.Operation.CREATE, name, start, options);
        while (!future.isDone()) {
          clock.set(FakeClock.DEFAULT_START.plusNanos(scheduler.nextDue()));
          scheduler.runNext();
        }
        WaitResult result = future.get();
        ConnectorStatus seen = result.finalStatus().orElseThrow();
        if (!seen.state().value().equals("RUNNING")) {
          throw new IllegalStateException("wait ended in " + seen.state());
        }
        out.add(new Trial(flip, Duration.ofNanos(scheduler.nanoTime() - start), fake.requestCount() - calls));
        // Nothing else may be pending (the flip ran before the wait could see RUNNING).
        if (scheduler.hasNext()) {
          throw new IllegalStateException("a task is still scheduled after the wait ended");
        }
        fake.reset();
      }
      client.connectionPool().evictAll();
    }
    return out;
  }

  static String report(List<Trial> trials) {
    StringBuilder sb = new StringBuilder("### Wait latency (simulated time, real waiter, fake over HTTP)\n\n");
    sb.append(trials.size()).append(" waits; flip moment log-uniform in [5 s, 3 h]. Lag = when `await` returned − when")
        .append(" the connector became RUNNING. Target: lag ≤ max(2 s, 10 % of the time until the flip);")
        .append(" ≤ 120 status calls per hour of waiting.\n\n")
        .append("| flip after | waits | SDK lag median / max | max lag ÷ target bound | SDK calls median (max)")
        .append(" | SDK calls per hour of waiting (max) | fixed 1-min poll: lag median / max | calls median |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    long[][] buckets = {{0, 60}, {60, 600}, {600, 3600}, {3600, 3 * 3600 + 1}};
    String[] labels = {"5 s – 1 min", "1 – 10 min", "10 – 60 min", "1 – 3 h"};
    int failures = 0;
    double worstPerHour = 0;
    for (Trial t : trials) {
      if (t.lag().compareTo(t.bound()) > 0) {
        failures++;
      }
      if (t.flip.compareTo(Duration.ofHours(1)) >= 0) {
        worstPerHour = Math.max(worstPerHour, t.calls / hours(t.returned));
      }
    }
    for (int b = 0; b < buckets.length; b++) {
      List<Trial> in = new ArrayList<>();
      for (Trial t : trials) {
        long s = t.flip.toSeconds();
        if (s >= buckets[b][0] && s < buckets[b][1]) {
          in.add(t);
        }
      }
      if (in.isEmpty()) {
        continue;
      }
      List<Long> lag = new ArrayList<>();
      List<Long> fixedLag = new ArrayList<>();
      List<Long> calls = new ArrayList<>();
      List<Long> fixedCalls = new ArrayList<>();
      double worstRatio = 0;
      double perHour = 0;
      for (Trial t : in) {
        lag.add(t.lag().toMillis());
        fixedLag.add(t.fixedLag().toMillis());
        calls.add(t.calls);
        fixedCalls.add(t.fixedCalls());
        worstRatio = Math.max(worstRatio, (double) t.lag().toNanos() / t.bound().toNanos());
        perHour = Math.max(perHour, t.calls / hours(t.returned));
      }
      sb.append(String.format(Locale.ROOT, "| %s | %d | %s / %s | %.2f | %.0f (%d) | %.0f | %s / %s | %.0f |%n",
          labels[b], in.size(), secs(ColdStart.median(lag)), secs(max(lag)), worstRatio, ColdStart.median(calls),
          max(calls), perHour, secs(ColdStart.median(fixedLag)), secs(max(fixedLag)), ColdStart.median(fixedCalls)));
    }
    sb.append(String.format(Locale.ROOT,
        "%nWaits over the lag target: %d of %d. Most status calls per hour in waits of 1 h or more: %.0f "
            + "(fixed 1-min poll: 60).%n", failures, trials.size(), worstPerHour));
    return sb.toString();
  }

  private static double hours(Duration d) {
    return d.toNanos() / 3.6e12;
  }

  private static long max(List<Long> values) {
    long m = Long.MIN_VALUE;
    for (long v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static String secs(double millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000);
  }

  /** Argument: number of waits (default 400). */
  public static void main(String[] args) throws Exception {
    int trials = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    System.out.println(report(run(trials, 42)));
  }
}
