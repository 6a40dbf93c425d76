package dev.connectkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.RestartOptions;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestType;
import dev.connectkit.RetryPolicy;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition;
import dev.connectkit.ValidationResult;
import dev.connectkit.WaitOptions;
import dev.connectkit.WaitResult;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK against a real Kafka Connect worker (distributed mode) and KRaft broker in this JVM: every lifecycle call,
 * its transition as the waiter observed it, and a watch seeing the same transitions in order. Each test uses its own
 * connector names; every wait is bounded.
 */
@ExtendWith(RealKafkaConnect.class)
@Timeout(60)
class KafkaConnectIT {
  private static final String MOCK_SOURCE = "org.apache.kafka.connect.tools.MockSourceConnector";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** The real engine settles in about 100-300 ms: poll fast, wait at most 30 s. */
  private static final WaitOptions FAST =
      WaitOptions.builder()
          .timeout(Duration.ofSeconds(30))
          .minInterval(Duration.ofMillis(100))
          .maxInterval(Duration.ofMillis(200))
          .failureGrace(Duration.ofSeconds(2))
          // Tasks are assigned ~100 ms after the connector shows RUNNING, later on a busy 2-core machine.
          .staleReadWindow(Duration.ofSeconds(3))
          .build();

  private static ConnectorClient client;

  @BeforeAll
  static void connect(KafkaConnectWorker worker) {
    client = ConnectorClient.builder()
        .kafkaConnect(worker.url())
        .waitOptions(FAST)
        .retryPolicy(RetryPolicy.builder()
            .maxAttempts(5)
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofSeconds(1))
            .totalTimeout(Duration.ofSeconds(30))
            .build())
        .build();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static String unique(TestInfo test, String what) {
    return "it-" + SEQUENCE.incrementAndGet() + "-" + what;
  }

  private static GenericConnectorConfig verifiableSource(String name, String throughput) {
    return Sources.verifiable(name, throughput);
  }

  private static GenericConnectorConfig mockSource(String name, String mode) {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw(name))
        .connectorClass(MOCK_SOURCE)
        .type(ConnectorType.SOURCE)
        .property("tasks.max", "1")
        .property("mock_mode", mode)
        .property("delay_ms", "1000")
        .build();
  }

  /** Awaits {@code transition}, reports what the waiter observed and returns the result. */
  private static WaitResult await(String label, Transition transition) {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    WaitResult result = transition.await(FAST.toBuilder().onProgress(s -> {
      String state = s.state().value() + tasks(s);
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
        seen.add(state);
      }
    }).build());
    RealKafkaConnect.report(label + " " + transition.name() + " -> " + transition.expectedState().map(ConnectorState::value).orElse("gone") + ": "
        + observed(result.observed()) + " in " + result.elapsed().toMillis() + " ms; connector[tasks] "
        + String.join(" -> ", seen));
    return result;
  }

  private static String observed(List<Observation> observations) {
    return observations.stream()
        .map(o -> o.state() + "@" + o.elapsed().toMillis() + "ms")
        .collect(Collectors.joining(" -> "));
  }

  private static String tasks(ConnectorStatus status) {
    return status.tasks().stream().map(t -> t.state().value()).collect(Collectors.toList()).toString();
  }

  /** Polls {@code condition} every 50 ms for at most {@code timeout}. */
  private static void eventually(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.sleep(50);
    }
  }

  /** Collects a watch's view: the connector state (with task states) after each change. */
  private static final class Recorder implements WatchListener {
    final List<String> states = Collections.synchronizedList(new ArrayList<>());
    final List<ConnectorStatus> statuses = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onAppeared(ConnectorStatus status) {
      record(status);
    }

    @Override
    public void onTransition(ConnectorChange change) {
      record(change.current());
    }

    @Override
    public void onDeleted(ConnectorStatus last) {
      states.add("DELETED");
    }

    private void record(ConnectorStatus status) {
      statuses.add(status);
      String state = status.state().value();
      synchronized (states) {
        if (states.isEmpty() || !states.get(states.size() - 1).equals(state)) {
          states.add(state);
        }
      }
    }

    boolean saw(String state) {
      synchronized (states) {
        return !states.isEmpty() && states.get(states.size() - 1).equals(state);
      }
    }

    List<String> snapshot() {
      synchronized (states) {
        return new ArrayList<>(states);
      }
    }
  }

  private static boolean containsSubsequence(List<String> seen, String... wanted) {
    int i = 0;
    for (String s : seen) {
      if (i < wanted.length && s.startsWith(wanted[i])) {
        i++;
      }
    }
    return i == wanted.length;
  }

  private static void watchSees(Recorder watch, String state) throws InterruptedException {
    eventually("the watch sees " + state + " (saw " + watch.snapshot() + ")", Duration.ofSeconds(10),
        () -> watch.saw(state));
  }

  @Test
  void lifecycleOnARealWorkerReachesEveryStateAndAWatchSeesThemInOrder(TestInfo test) throws Exception {
    String name = unique(test, "lifecycle");
    Recorder recorder = new Recorder();
    try (Watch watch = client.watch(WatchSelector.name(name), recorder, Duration.ofMillis(100))) {
      WaitResult created = await("create", client.create(mockSource(name, "none")));
      assertThat(created.finalStatus()).get().satisfies(s -> {
        assertThat(s.state()).isEqualTo(ConnectorState.RUNNING);
        assertThat(s.tasks()).extracting(TaskStatus::state).containsExactly(TaskState.RUNNING);
      });
      watchSees(recorder, "RUNNING");

      assertThat(await("pause", client.pause(name)).finalStatus().orElseThrow().state())
          .isEqualTo(ConnectorState.PAUSED);
      watchSees(recorder, "PAUSED");

      await("resume", client.resume(name));
      watchSees(recorder, "RUNNING");

      WaitResult stopped = await("stop", client.stop(name));
      assertThat(stopped.finalStatus().orElseThrow().state()).isEqualTo(ConnectorState.STOPPED);
      assertThat(stopped.finalStatus().orElseThrow().tasks()).isEmpty();
      watchSees(recorder, "STOPPED");

      assertThatThrownBy(() -> client.restart(name))
          .isInstanceOf(IllegalConnectorStateException.class)
          .hasMessageContaining("resume it instead");

      await("resume from STOPPED", client.resume(name));
      watchSees(recorder, "RUNNING");

      await("restart (connector and tasks)", client.restart(name));
      await("restart (connector only)", client.restart(name, RestartOptions.connectorOnly()));
      await("restart task 0", client.restartTask(name, 0));

      await("update", client.update(mockSource(name, "none").toBuilder().property("delay_ms", "2000").build()));
      assertThat(client.get(name).config()).containsEntry("delay_ms", "2000").containsEntry("name", name);

      await("delete", client.delete(name));
      assertThatThrownBy(() -> client.get(name)).isInstanceOf(ConnectorNotFoundException.class);
      eventually("the watch sees the delete", Duration.ofSeconds(10), () -> recorder.saw("DELETED"));
    }
    RealKafkaConnect.report("watch on " + name + ": " + String.join(" -> ", recorder.snapshot()));
    assertThat(recorder.snapshot())
        .containsSubsequence("RUNNING", "PAUSED", "RUNNING", "STOPPED", "RUNNING", "DELETED");
  }

  @Test
  void createOfAnExistingNameIsAlreadyExists(TestInfo test) {
    String name = unique(test, "duplicate");
    await("create", client.create(mockSource(name, "none")));
    try {
      assertThatThrownBy(() -> client.create(mockSource(name, "none")))
          .isInstanceOf(ConnectorAlreadyExistsException.class)
          .hasMessageContaining("already exists");
    } finally {
      client.delete(name);
    }
  }

  @Test
  void listShowsEveryConnectorWithItsStatus(TestInfo test) {
    String running = unique(test, "listed-running");
    String paused = unique(test, "listed-paused");
    await("create", client.create(mockSource(running, "none")));
    await("create", client.create(mockSource(paused, "none")));
    await("pause", client.pause(paused));
    try {
      List<ConnectorInfo> list = client.list();
      assertThat(list).filteredOn(c -> c.name().equals(running)).singleElement().satisfies(c -> {
        assertThat(c.status().state()).isEqualTo(ConnectorState.RUNNING);
        assertThat(c.type()).isEqualTo(ConnectorType.SOURCE);
        assertThat(c.config()).containsEntry("connector.class", MOCK_SOURCE);
      });
      assertThat(list).filteredOn(c -> c.name().equals(paused)).singleElement()
          .satisfies(c -> assertThat(c.status().state()).isEqualTo(ConnectorState.PAUSED));
    } finally {
      client.delete(running);
      client.delete(paused);
    }
  }

  @Test
  void validateReportsErrorsPerProperty() {
    GenericConnectorConfig invalid = verifiableSource("it-validate", "10").toBuilder()
        .property("tasks.max", "many")
        .build();
    ValidationResult result = client.validate(invalid);
    RealKafkaConnect.report("validate " + Sources.VERIFIABLE_SOURCE + " with tasks.max=many: " + result.errorCount()
        + " error(s) " + result.errors().stream().map(ConfigViolation::property).collect(Collectors.toList()));
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).extracting(ConfigViolation::property).contains("tasks.max");
    assertThat(result.errors()).filteredOn(v -> v.property().equals("tasks.max"))
        .allSatisfy(v -> assertThat(v.rule()).contains("tasks.max"));

    assertThat(client.validate(verifiableSource("it-validate", "10")).isValid()).isTrue();
  }

  @Test
  void offsetsOfAStoppedConnectorAreReadAlteredAndReset(TestInfo test) throws Exception {
    String name = unique(test, "offsets");
    // VerifiableSource prints every record to stdout: keep it slow.
    await("create", client.create(verifiableSource(name, "2")));
    try {
      eventually("source offsets are committed", Duration.ofSeconds(15),
          () -> !client.offsets(name).offsets().isEmpty());
      assertThatThrownBy(() -> client.alterOffsets(name, List.of(offset(5))))
          .isInstanceOfSatisfying(IllegalConnectorStateException.class,
              e -> assertThat(e.state()).isEqualTo(ConnectorState.RUNNING))
          .hasMessageContaining("STOPPED");

      await("stop", client.stop(name));
      List<ConnectorOffset> read = client.offsets(name).offsets();
      RealKafkaConnect.report("offsets of stopped " + name + ": " + read);
      assertThat(read).singleElement().satisfies(o -> {
        assertThat(o.partition()).isEqualTo(Map.of("id", 0L));
        assertThat(o.offset()).containsKey("seqno");
      });

      WaitResult altered = await("alter offsets", client.alterOffsets(name, List.of(offset(5))));
      assertThat(altered.offsetsStatus()).get().satisfies(s -> {
        assertThat(s.isApplied()).isTrue();
        assertThat(s.type()).isEqualTo(OffsetsRequestType.ALTER);
      });
      assertThat(client.offsets(name).offsets()).containsExactly(offset(5));
      assertThat(client.offsetsRequestStatus(name).isApplied()).isTrue();

      WaitResult reset = await("reset offsets", client.resetOffsets(name));
      assertThat(reset.offsetsStatus()).get().satisfies(s -> assertThat(s.type()).isEqualTo(OffsetsRequestType.RESET));
      assertThat(client.offsets(name).offsets()).isEmpty();

      await("resume after offsets", client.resume(name));
    } finally {
      client.delete(name);
    }
  }

  private static ConnectorOffset offset(long seqno) {
    return ConnectorOffset.of(Map.of("id", 0L), Map.of("seqno", seqno));
  }

  @Test
  void connectorThatFailsShowsItsTraceAndRestartsToRunning(TestInfo test) throws Exception {
    String name = unique(test, "connector-failure");
    Recorder recorder = new Recorder();
    try (Watch watch = client.watch(WatchSelector.name(name), recorder, Duration.ofMillis(100))) {
      await("create", client.create(mockSource(name, "connector-failure")));
      watchSees(recorder, "FAILED");
      ConnectorStatus failed = client.status(name);
      RealKafkaConnect.report("status of " + name + ": " + failed.state() + ", trace "
          + failed.trace().lines().findFirst().orElse(""));
      assertThat(failed.state()).isEqualTo(ConnectorState.FAILED);
      assertThat(failed.trace()).contains("RuntimeException").contains("MockConnector");

      WaitResult restarted = await("restart of FAILED", client.restart(name));
      assertThat(restarted.observed()).extracting(Observation::state).last().isEqualTo("RUNNING");
      // The mock fails again 500 ms after it starts: wait until the watch has seen the whole cycle.
      eventually("the watch sees RUNNING, FAILED, RUNNING, FAILED (saw " + recorder.snapshot() + ")",
          Duration.ofSeconds(10), () -> containsSubsequence(recorder.snapshot(), "RUNNING", "FAILED", "RUNNING", "FAILED"));
    } finally {
      client.delete(name);
    }
    RealKafkaConnect.report("watch on " + name + ": " + String.join(" -> ", recorder.snapshot()));
    assertThat(recorder.snapshot()).containsSubsequence("RUNNING", "FAILED", "RUNNING", "FAILED");
  }

  @Test
  void taskThatFailsShowsItsTraceAndOnlyTheFailedTaskIsRestarted(TestInfo test) throws Exception {
    String name = unique(test, "task-failure");
    Recorder recorder = new Recorder();
    try (Watch watch = client.watch(WatchSelector.name(name), recorder, Duration.ofMillis(100))) {
      await("create", client.create(mockSource(name, "task-failure")));
      eventually("the watch sees the task fail", Duration.ofSeconds(10),
          () -> recorder.statuses.stream().anyMatch(s -> !s.failedTasks().isEmpty()));
      ConnectorStatus status = client.status(name);
      assertThat(status.state()).isEqualTo(ConnectorState.RUNNING);
      TaskStatus task = status.failedTasks().get(0);
      RealKafkaConnect.report("status of " + name + ": connector " + status.state() + ", task " + task.id() + " "
          + task.state() + ", trace " + task.trace().lines().findFirst().orElse(""));
      assertThat(task.trace()).contains("RuntimeException").contains("MockSourceTask");

      WaitResult restarted = await("restart only failed", client.restart(name, RestartOptions.failedOnly()));
      assertThat(restarted.finalStatus().orElseThrow().failedTasks()).isEmpty();
    } finally {
      client.delete(name);
    }
  }

  @Test
  void taskThatCannotStartEndsTheRestartWaitWithItsTrace(TestInfo test) throws Exception {
    String name = unique(test, "task-bad-config");
    GenericConnectorConfig noThroughput = GenericConnectorConfig.builder()
        .name(ConnectorName.raw(name))
        .connectorClass(Sources.VERIFIABLE_SOURCE)
        .type(ConnectorType.SOURCE)
        .property("tasks.max", "1")
        .property("topic", name + "-topic")
        .build();
    client.create(noThroughput);
    try {
      eventually("the task fails", Duration.ofSeconds(10), () -> {
        try {
          return !client.status(name).failedTasks().isEmpty();
        } catch (ConnectorNotFoundException e) {
          return false;
        }
      });
      Transition restart = client.restartTask(name, 0);
      assertThatThrownBy(() -> restart.await(FAST.toBuilder().failureGrace(Duration.ofMillis(500)).build()))
          .isInstanceOfSatisfying(ConnectorFailedException.class, e -> {
            RealKafkaConnect.report("restart task 0 " + name + " -> RUNNING: ConnectorFailedException after "
                + observed(e.observed()) + "; tasks " + e.status().map(KafkaConnectIT::tasks).orElse("?"));
            assertThat(e.status()).get().satisfies(s -> assertThat(s.failedTasks()).singleElement()
                .satisfies(t -> assertThat(t.trace()).contains("Invalid VerifiableSourceTask configuration")));
          });
    } finally {
      client.delete(name);
    }
  }
}
