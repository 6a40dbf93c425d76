package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Transition.Operation;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.internal.wait.Evidence;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.wait.Waiter;
import dev.connectkit.internal.backend.ConnectBackend;
import dev.connectkit.internal.backend.TargetSpec;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The await lag of pause, resume, restart, update and delete, with each target's default wait options, in simulated
 * time: the SDK's real waiter polls a {@link FakeConnectorApi} over HTTP whose change shows after a settle time drawn
 * from the target's consistency model (seeded, log-uniform): 50 ms to 60 s for the managed targets, 50 ms to 500 ms
 * (its stale-read window) for Kafka Connect, whose status topic is read back in about 100 ms. Until then reads show
 * the old state. Lag = when the await returned − when the change showed; a negative lag is an await that returned on a
 * stale read (counted apart). The bound is one poll interval at that moment (a tenth of the time waited, within the
 * target's minimum and maximum interval).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.connectkit.benchmarks.LifecycleLag 40
 * }</pre>
 */
public final class LifecycleLag {
  private static final List<Operation> OPERATIONS =
      List.of(Operation.PAUSE, Operation.RESUME, Operation.RESTART, Operation.UPDATE, Operation.DELETE);

  private static final String MANAGED = "Self-Service, Confluent Cloud";

  private LifecycleLag() {}

  /** One await: the target whose defaults it used, the operation, when its change showed and when it returned. */
  record Trial(
      String target, WaitOptions options, Operation operation, Duration settle, Duration returned, long calls) {
    Duration lag() {
      return returned.minus(settle);
    }

    /** Whether the await returned before the change showed: on a stale read. */
    boolean early() {
      return returned.compareTo(settle) < 0;
    }

    /** One poll interval at the settle time: a tenth of it, within the options' interval bounds. */
    Duration bound() {
      Duration tenth = settle.dividedBy(10);
      Duration b = tenth.compareTo(options.minInterval()) < 0 ? options.minInterval() : tenth;
      return b.compareTo(options.maxInterval()) > 0 ? options.maxInterval() : b;
    }
  }

  /** The default wait options of each target. */
  static Map<String, WaitOptions> targets() {
    Map<String, WaitOptions> out = new LinkedHashMap<>();
    out.put(MANAGED, WaitOptions.defaults());
    try (ConnectorClient kafkaConnect = ConnectorClient.builder().kafkaConnect("http://127.0.0.1:9").build()) {
      out.put("Kafka Connect", kafkaConnect.waitOptions());
    }
    return out;
  }

  static List<Trial> run(int perOperation, long seed) throws Exception {
    Random random = new Random(seed);
    Placement placement = TypedConfigs.PLACEMENT;
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + FakeConnectorApi.DEFAULT_TOKEN).build()))
        .build();
    HttpExecutor single = new HttpExecutor(RetryPolicy.defaults().toBuilder().maxAttempts(1).build());
    List<Trial> out = new ArrayList<>();
    for (Map.Entry<String, WaitOptions> target : targets().entrySet()) {
      for (Operation operation : OPERATIONS) {
        for (int i = 0; i < perOperation; i++) {
          double logMin = Math.log(0.05);
          double logMax = Math.log(target.getKey().equals(MANAGED) ? 60 : 0.5);
          Duration settle = Duration.ofMillis(
              (long) (1000 * Math.exp(logMin + random.nextDouble() * (logMax - logMin))));
          FakeClock clock = new FakeClock();
          try (FakeConnectorApi fake = FakeConnectorApi.builder().clock(clock).transitionDelay(settle).start()) {
            ManualScheduler scheduler = new ManualScheduler();
            ConnectBackend backend = new ConnectBackend(
                TargetSpec.selfService(HttpUrl.get(fake.baseUrl()), placement), http, single);
            Waiter waiter = new Waiter(scheduler, backend);
            ConnectorConfig config = TypedConfigs.build("datagen"); // each trial has a fake of its own
            String name = fake.seed(placement, "orders-datagen", config.properties()).name();
            if (operation == Operation.RESUME) {
              fake.setState(name, ConnectorState.PAUSED);
            }
            ConnectorStatus before = backend.status(name);
            long start = scheduler.nanoTime();
            long calls = fake.requestCount();
            switch (operation) {
              case PAUSE:
                backend.pause(name);
                break;
              case RESUME:
                backend.resume(name);
                break;
              case RESTART:
                backend.restart(name, true, false);
                break;
              case UPDATE:
                backend.putConfig(config);
                break;
              default:
                backend.delete(name);
                settle = Duration.ZERO; // the fake deletes at once
                break;
            }
            CompletableFuture<WaitResult> future =
                waiter.await(operation, name, start, target.getValue(), Evidence.before(before));
            while (!future.isDone()) {
              clock.set(FakeClock.DEFAULT_START.plusNanos(scheduler.nextDue()));
              scheduler.runNext();
            }
            future.get();
            out.add(new Trial(target.getKey(), target.getValue(), operation, settle,
                Duration.ofNanos(scheduler.nanoTime() - start), fake.requestCount() - calls - 1));
          }
        }
      }
    }
    http.connectionPool().evictAll();
    return out;
  }

  static String report(List<Trial> trials) {
    StringBuilder sb = new StringBuilder("### Await lag of lifecycle operations (simulated settle times)\n\n");
    sb.append("Each target's default wait options; the change shows after a settle time log-uniform in [50 ms, 60 s]")
        .append(" on the managed targets, [50 ms, 500 ms] on Kafka Connect (delete: at once); reads before it show the")
        .append(" old state. Lag = when `await` returned − when the change showed; bound = one poll interval at that")
        .append(" moment; early = returned on a stale read (left out of the lag figures).\n\n")
        .append("| target defaults | operation | waits | lag median / max | max lag ÷ bound | early | status calls median")
        .append(" (max) |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    int over = 0;
    int earlyTotal = 0;
    for (String target : targets().keySet()) {
      for (Operation operation : OPERATIONS) {
        List<Long> lag = new ArrayList<>();
        List<Long> calls = new ArrayList<>();
        double worst = 0;
        int early = 0;
        for (Trial t : trials) {
          if (t.target().equals(target) && t.operation() == operation) {
            calls.add(t.calls());
            if (t.early()) {
              early++;
              continue; // its lag counts from a change it did not wait for
            }
            lag.add(t.lag().toMillis());
            worst = Math.max(worst, (double) t.lag().toNanos() / t.bound().toNanos());
            if (t.lag().compareTo(t.bound()) > 0) {
              over++;
            }
          }
        }
        if (lag.isEmpty()) {
          continue;
        }
        earlyTotal += early;
        sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f s / %.2f s | %.2f | %d | %.0f (%d) |%n", target,
            operation.name().toLowerCase(Locale.ROOT), lag.size(), ColdStart.median(lag) / 1000.0,
            lag.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0, worst, early, ColdStart.median(calls),
            calls.stream().mapToLong(Long::longValue).max().orElse(0)));
      }
    }
    sb.append(String.format(Locale.ROOT, "%nAwaits over one poll interval: %d of %d; returned on a stale read: %d.%n",
        over, trials.size(), earlyTotal));
    return sb.toString();
  }

  /** Argument: awaits per target and operation (default 40). */
  public static void main(String[] args) throws Exception {
    int perOperation = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    System.out.println(report(run(perOperation, 42)));
  }
}
