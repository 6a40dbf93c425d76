package dev.connectkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Observation;
import dev.connectkit.TaskState;
import dev.connectkit.Transition;
import dev.connectkit.WaitResult;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Waits on the real engine with the client's Kafka Connect defaults (no wait options given): how long after the worker
 * settles each lifecycle await returns, how fast a failing task fails a wait, and what awaits and a watch make of a
 * worker restart. Every scenario prints its figures ({@code [real-engine]} lines).
 */
@ExtendWith(RealKafkaConnect.class)
@Timeout(120)
class WaitsIT {
  /** The issue's bound: an await returns within one poll interval of the worker settling. */
  private static final Duration MAX_LAG = Duration.ofMillis(1500);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static ConnectorClient client;
  /** Reads statuses for the independent observer, apart from the client under test. */
  private static ConnectorClient observer;

  @BeforeAll
  static void connect(KafkaConnectWorker worker) {
    client = ConnectorClient.builder().kafkaConnect(worker.url()).build();
    observer = ConnectorClient.builder().kafkaConnect(worker.url()).build();
  }

  @AfterAll
  static void close() {
    client.close();
    observer.close();
  }

  private static String unique(String what) {
    return "waits-" + SEQUENCE.incrementAndGet() + "-" + what;
  }

  private static GenericConnectorConfig source(String name, String throughput) {
    return Sources.verifiable(name, throughput);
  }

  private static boolean running(Optional<ConnectorStatus> s) {
    return s.isPresent() && s.get().state().equals(ConnectorState.RUNNING) && !s.get().tasks().isEmpty()
        && s.get().tasks().stream().allMatch(t -> t.state().equals(TaskState.RUNNING));
  }

  private static boolean paused(Optional<ConnectorStatus> s) {
    return s.isPresent() && s.get().state().equals(ConnectorState.PAUSED)
        && s.get().tasks().stream().allMatch(t -> t.state().equals(TaskState.PAUSED));
  }

  private static boolean stopped(Optional<ConnectorStatus> s) {
    return s.isPresent() && s.get().state().equals(ConnectorState.STOPPED) && s.get().tasks().isEmpty();
  }

  /**
   * Calls {@code change}, awaits its transition on the client's defaults, and measures the lag: from the moment an
   * independent 20 ms poller saw the worker settle (its first read from which on every read showed the target) to the
   * moment the await returned.
   */
  private static Duration lag(String label, String name, Predicate<Optional<ConnectorStatus>> settled,
      Supplier<Transition> change) throws Exception {
    List<long[]> samples = Collections.synchronizedList(new ArrayList<>()); // {nanos, settled ? 1 : 0}
    AtomicBoolean polling = new AtomicBoolean(true);
    long start = System.nanoTime();
    CompletableFuture<Void> poller = CompletableFuture.runAsync(() -> {
      while (polling.get()) {
        try {
          Optional<ConnectorStatus> s;
          try {
            s = Optional.of(observer.status(name));
          } catch (ConnectorNotFoundException e) {
            s = Optional.empty();
          }
          samples.add(new long[] {System.nanoTime(), settled.test(s) ? 1 : 0});
          Thread.sleep(20);
        } catch (ConnectorException e) {
          // a failed read is no sample
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    WaitResult result = change.get().await(client.waitOptions());
    long returned = System.nanoTime();
    Thread.sleep(100);
    polling.set(false);
    poller.get(5, TimeUnit.SECONDS);
    long settledAt = -1;
    synchronized (samples) {
      for (long[] sample : samples) {
        if (sample[1] == 0) {
          settledAt = -1;
        } else if (settledAt < 0) {
          settledAt = sample[0];
        }
      }
    }
    assertThat(settledAt).as(label + ": the observer saw the worker settle").isPositive();
    Duration lag = Duration.ofNanos(returned - settledAt);
    RealKafkaConnect.report(String.format("await lag %-7s %s: worker settled at %4d ms, await returned at %4d ms "
            + "(%d polls): lag %4d ms; %s", label, name, (settledAt - start) / 1_000_000, (returned - start) / 1_000_000,
        result.attempts(), lag.toMillis(), observed(result.observed())));
    return lag;
  }

  private static String observed(List<Observation> observations) {
    return observations.stream().map(o -> o.state() + "@" + o.elapsed().toMillis() + "ms")
        .collect(Collectors.joining(" -> "));
  }

  @Test
  void everyLifecycleAwaitReturnsWithinOnePollIntervalOfTheWorkerSettling() throws Exception {
    String name = unique("lag");
    List<Duration> lags = new ArrayList<>();
    lags.add(lag("create", name, WaitsIT::running, () -> client.create(source(name, "10"))));
    lags.add(lag("pause", name, WaitsIT::paused, () -> client.pause(name)));
    lags.add(lag("resume", name, WaitsIT::running, () -> client.resume(name)));
    lags.add(lag("restart", name, WaitsIT::running, () -> client.restart(name)));
    lags.add(lag("update", name, WaitsIT::running, () -> client.update(source(name, "20"))));
    lags.add(lag("stop", name, WaitsIT::stopped, () -> client.stop(name)));
    lags.add(lag("resume", name, WaitsIT::running, () -> client.resume(name)));
    lags.add(lag("delete", name, s -> s.isEmpty(), () -> client.delete(name)));
    assertThat(lags).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(MAX_LAG));
  }

  @Test
  void aTaskThatFailsAtOnceFailsTheWaitWithinSecondsOnTheDefaults() {
    String name = unique("task-fails");
    long start = System.nanoTime();
    // VerifiableSourceConnector without throughput: the connector runs, its task fails as it starts.
    assertThatThrownBy(() -> client.create(source(name, "")).await(client.waitOptions()))
        .isInstanceOfSatisfying(ConnectorFailedException.class, e -> {
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          RealKafkaConnect.report("failing task " + name + ": " + e.getClass().getSimpleName() + " after "
              + took.toMillis() + " ms: " + e.getMessage().lines().findFirst().orElse(""));
          assertThat(took).isLessThan(Duration.ofSeconds(10));
          assertThat(e).hasMessageStartingWith("task 0 of " + name + " is FAILED: ");
          assertThat(e.status()).get().extracting(s -> s.failedTasks().size()).isEqualTo(1);
        });
    client.delete(name).await(client.waitOptions());
  }

  @Test
  void awaitsAndAWatchRideOutAWorkerRestart(KafkaConnectWorker worker) throws Exception {
    String a = unique("restart-a");
    String b = unique("restart-b");
    client.create(source(a, "10")).await(client.waitOptions());
    client.create(source(b, "10")).await(client.waitOptions());
    client.pause(b).await(client.waitOptions());

    List<String> deleted = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger appeared = new AtomicInteger();
    Watch watch = client.watch(WatchSelector.names(a, b), new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        appeared.incrementAndGet();
      }

      @Override
      public void onTransition(ConnectorChange change) {}

      @Override
      public void onDeleted(ConnectorStatus last) {
        deleted.add(last.name());
      }

      @Override
      public void onError(ConnectorException error, boolean willRetry) {
        errors.add(error.getClass().getSimpleName() + error.statusCode().stream().mapToObj(c -> " " + c)
            .collect(Collectors.joining()));
      }
    }, Duration.ofMillis(100));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (appeared.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(appeared).hasValue(2);

    // Pending across the restart: waits for states only the calls after it bring.
    CompletableFuture<WaitResult> aPaused =
        CompletableFuture.supplyAsync(() -> client.await(a, ConnectorState.PAUSED, client.waitOptions()));
    CompletableFuture<WaitResult> bRunning =
        CompletableFuture.supplyAsync(() -> client.await(b, ConnectorState.RUNNING, client.waitOptions()));
    Thread.sleep(300);
    Duration away = worker.restart();
    Thread.sleep(300);
    assertThat(aPaused).as("no false not-found while the worker was away").isNotDone();
    assertThat(bRunning).isNotDone();

    client.pause(a);
    client.resume(b);
    WaitResult aResult = aPaused.get(60, TimeUnit.SECONDS);
    WaitResult bResult = bRunning.get(60, TimeUnit.SECONDS);
    Thread.sleep(1500); // past the watch's deletion confirmation
    watch.close();
    RealKafkaConnect.report("worker restart: away " + away.toMillis() + " ms; await PAUSED " + a + ": "
        + observed(aResult.observed()) + "; await RUNNING " + b + ": " + observed(bResult.observed())
        + "; watch: " + appeared.get() + " appeared, " + deleted.size() + " deleted, errors " + errors);
    assertThat(aResult.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.PAUSED);
    assertThat(bResult.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(deleted).as("no phantom deletes").isEmpty();
    assertThat(appeared).as("nothing reported new either").hasValue(2);

    client.delete(a).await(client.waitOptions());
    client.delete(b).await(client.waitOptions());
  }
}
