package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartDecision.Action;
import dev.connectkit.AutoRestartPolicy;
import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The auto-restart policy against the fake speaking Kafka Connect: failed connectors and tasks are restarted, a
 * permanent failure gets at most N restarts per window, user-actionable failures are left alone, close stops it.
 * Backoff and window run on a FakeClock; the policy checks every 20 ms of real time.
 */
class AutoRestartPolicyAgainstFakeTest {
  private static final String NAME = "file-sink";
  private static final String PLUGIN = "org.apache.kafka.connect.file.FileStreamSinkConnector";
  private static final String TRANSIENT = "org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a "
      + "node assignment";

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake = FakeConnectorApi.builder()
      .target(FakeTarget.KAFKA_CONNECT)
      .clock(clock)
      .instantTransitions()
      .plugin(PLUGIN, ConnectorType.SINK)
      .start();
  private final ConnectorClient client =
      ConnectorClient.builder().kafkaConnect(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build();
  private final List<AutoRestartDecision> decisions = new CopyOnWriteArrayList<>();
  private @Nullable Watch restarts;

  @AfterEach
  void close() {
    Watch r = restarts;
    if (r != null) {
      r.close();
    }
    client.close();
    fake.close();
  }

  private AutoRestartPolicy.Builder policy() {
    return AutoRestartPolicy.builder()
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
        .jitter(false)
        .maxAttempts(3, Duration.ofHours(1))
        .checkInterval(Duration.ofMillis(20))
        .clock(clock)
        .listener(decisions::add);
  }

  private void createRunning() {
    client.create(GenericConnectorConfig.builder()
        .name(ConnectorName.raw(NAME))
        .connectorClass(PLUGIN)
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .property("file", "/tmp/orders.txt")
        .property("tasks.max", "2")
        .build());
  }

  private long restartRequests() {
    return fake.requests().stream().filter(c -> c.route().orElse(null) == Route.RESTART).count();
  }

  /** Waits (real time, at most 10 s) until a decision matches. */
  private AutoRestartDecision awaitDecision(Predicate<AutoRestartDecision> match) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      for (AutoRestartDecision d : decisions) {
        if (match.test(d)) {
          return d;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no matching decision in " + decisions);
  }

  private static Predicate<AutoRestartDecision> action(Action action) {
    return d -> d.action() == action;
  }

  @Test
  void aFailedConnectorIsRestartedAndRunsAgain() throws InterruptedException {
    createRunning();
    restarts = policy().build().start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, TRANSIENT);

    AutoRestartDecision restarted = awaitDecision(action(Action.RESTARTED));
    assertThat(restarted.connectorName()).isEqualTo(NAME);
    assertThat(restarted.connectorFailed()).isTrue();
    assertThat(restarted.attemptsInWindow()).isEqualTo(1);
    assertThat(restarted.reason()).isEqualTo("connector FAILED").doesNotContain("TimeoutException");
    assertThat(restartRequests()).isEqualTo(1);
    assertThat(fake.connector(NAME).orElseThrow().state()).isEqualTo("RUNNING");
  }

  @Test
  void aFailedTaskIsRestartedWithTheFailedOnlyRestart() throws InterruptedException {
    createRunning();
    restarts = policy().build().start(client, WatchSelector.all());
    fake.failTask(NAME, 1, TRANSIENT);

    AutoRestartDecision restarted = awaitDecision(action(Action.RESTARTED));
    assertThat(restarted.connectorFailed()).isFalse();
    assertThat(restarted.failedTasks()).containsExactly(1);
    assertThat(restarted.reason()).isEqualTo("task 1 FAILED");
    RecordedCall restart = fake.requests().stream()
        .filter(c -> c.route().orElse(null) == Route.RESTART).findFirst().orElseThrow();
    assertThat(restart.target()).contains("includeTasks=true").contains("onlyFailed=true");
  }

  @Test
  void aPermanentFailureBacksOffThenGivesUpAfterMaxAttemptsWithinTheWindow() throws InterruptedException {
    createRunning();
    // Every restart fails again at once: the fault a restart cannot fix but the rule does not know.
    restarts = policy()
        .listener(d -> {
          if (d.action() == Action.RESTARTED) {
            fake.failConnector(NAME, TRANSIENT);
          }
        })
        .build()
        .start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, TRANSIENT);

    awaitDecision(action(Action.RESTARTED));
    AutoRestartDecision backingOff = awaitDecision(action(Action.BACKING_OFF));
    assertThat(backingOff.delay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(restartRequests()).as("no restart before the backoff passed").isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    awaitDecision(d -> d.action() == Action.RESTARTED && d.attemptsInWindow() == 2);
    AutoRestartDecision doubled = awaitDecision(d -> d.action() == Action.BACKING_OFF && d.attemptsInWindow() == 2);
    assertThat(doubled.delay()).isEqualTo(Duration.ofSeconds(2));

    clock.advance(Duration.ofSeconds(2));
    awaitDecision(d -> d.action() == Action.RESTARTED && d.attemptsInWindow() == 3);
    clock.advance(Duration.ofSeconds(4));
    AutoRestartDecision gaveUp = awaitDecision(action(Action.GAVE_UP));
    assertThat(gaveUp.attemptsInWindow()).isEqualTo(3);
    clock.advance(Duration.ofMinutes(30));
    Thread.sleep(200); // ten checks
    assertThat(restartRequests()).as("no restart after giving up within the window").isEqualTo(3);
    assertThat(decisions).filteredOn(action(Action.GAVE_UP)).hasSize(1);

    // Once the first attempts leave the hour, restarts resume.
    clock.advance(Duration.ofMinutes(31));
    awaitDecision(d -> decisions.stream().filter(action(Action.RESTARTED)).count() == 4);
    assertThat(restartRequests()).isEqualTo(4);
  }

  @Test
  void aConnectorHealthyPastItsBackoffStartsAgainFromTheInitialBackoff() throws InterruptedException {
    createRunning();
    restarts = policy().build().start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, TRANSIENT);
    awaitDecision(action(Action.RESTARTED));
    assertThat(fake.connector(NAME).orElseThrow().state()).isEqualTo("RUNNING");
    clock.advance(Duration.ofSeconds(1));
    // RUNNING, seen past the 1 s backoff. The client's one list poll serves every watch of it: once a watch opened
    // now has seen RUNNING, the policy's watch has been handed that same read. Then give the policy's thread a
    // moment (real time) to take it in, however busy the CPU is.
    CountDownLatch sawRunning = new CountDownLatch(1);
    try (Watch probe = client.watch(WatchSelector.name(NAME), new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        running(status);
      }

      @Override
      public void onTransition(ConnectorChange change) {
        running(change.current());
      }

      private void running(ConnectorStatus status) {
        if (status.state().equals(ConnectorState.RUNNING)) {
          sawRunning.countDown();
        }
      }
    }, Duration.ofMillis(20))) {
      assertThat(sawRunning.await(10, TimeUnit.SECONDS)).as("a watch saw the restarted connector RUNNING").isTrue();
    }
    Thread.sleep(300);

    fake.failConnector(NAME, TRANSIENT);
    awaitDecision(d -> d.action() == Action.RESTARTED && d.attemptsInWindow() == 2);
    fake.failConnector(NAME, TRANSIENT);
    AutoRestartDecision backingOff =
        awaitDecision(d -> d.action() == Action.BACKING_OFF && d.attemptsInWindow() == 2);
    assertThat(backingOff.delay()).as("the initial backoff again, not doubled").isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRuleThatThrowsIsLoggedAndThePolicyGoesOnRestarting() throws InterruptedException {
    createRunning();
    AtomicInteger calls = new AtomicInteger();
    restarts = policy().userActionable(trace -> {
      if (calls.getAndIncrement() < 2) {
        // The first decision comes from the watch's change; the second from the periodic check, which must survive.
        throw new IllegalStateException("a rule of the user's that fails twice");
      }
      return false;
    }).build().start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, TRANSIENT);

    assertThat(awaitDecision(action(Action.RESTARTED)).connectorName()).isEqualTo(NAME);
    assertThat(calls.get()).isGreaterThanOrEqualTo(3);
    assertThat(restarts.isOpen()).isTrue();
  }

  @Test
  void aWatchThatCannotGoOnEndsThePolicy() throws InterruptedException {
    Placement dev = Placement.dedicated("sales", Stage.DEV);
    try (FakeConnectorApi portal = FakeConnectorApi.start();
        ConnectorClient authed = ConnectorClient.builder().selfService(portal.baseUrl(), dev)
            .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN)).retryPolicy(RetryPolicy.none()).build()) {
      String name = portal.seed(dev, "legacy", Configs.datagen()).name();
      Watch policy = policy().build().start(authed, WatchSelector.name(name));
      portal.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (policy.isOpen() && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertThat(policy.isOpen()).as("a 401 ends the watch, and the policy with it").isFalse();
    }
  }

  @Test
  void aUserActionableFailureIsLeftAlone() throws InterruptedException {
    createRunning();
    restarts = policy().build().start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, "org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed "
        + "during authentication due to invalid credentials with SASL mechanism PLAIN");

    AutoRestartDecision skipped = awaitDecision(action(Action.SKIPPED_USER_ACTIONABLE));
    assertThat(skipped.reason()).isEqualTo("authentication");
    Thread.sleep(200);
    assertThat(restartRequests()).isZero();
    assertThat(decisions).hasSize(1);
  }

  @Test
  void withSkippingOffAUserActionableFailureIsRestartedToo() throws InterruptedException {
    createRunning();
    restarts = policy().skipUserActionable(false).build().start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, "org.apache.kafka.common.config.ConfigException: Invalid value -1 for topics");

    awaitDecision(action(Action.RESTARTED));
    assertThat(restartRequests()).isEqualTo(1);
  }

  @Test
  void closingStopsRestarting() throws InterruptedException {
    createRunning();
    Watch r = policy().build().start(client, WatchSelector.name(NAME));
    restarts = r;
    assertThat(r.isOpen()).isTrue();
    r.close();
    assertThat(r.isOpen()).isFalse();

    fake.failConnector(NAME, TRANSIENT);
    Thread.sleep(300); // fifteen check intervals
    assertThat(restartRequests()).isZero();
    assertThat(decisions).isEmpty();
  }

  @Test
  void startingOnAClosedClientFailsAndLeavesNoThread() {
    client.close();
    long before = autoRestartThreads();
    assertThatThrownBy(() -> policy().build().start(client, WatchSelector.all()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(autoRestartThreads()).isEqualTo(before);
  }

  private static long autoRestartThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("connectkit-auto-restart") && t.isAlive()).count();
  }

  @Test
  void aListenerThatThrowsDoesNotStopThePolicy() throws InterruptedException {
    createRunning();
    restarts = policy()
        .listener(d -> {
          throw new IllegalStateException("listener bug");
        })
        .build()
        .start(client, WatchSelector.name(NAME));
    fake.failConnector(NAME, TRANSIENT);
    awaitDecision(action(Action.RESTARTED));
    fake.failConnector(NAME, TRANSIENT);
    clock.advance(Duration.ofSeconds(1));
    awaitDecision(d -> d.action() == Action.RESTARTED && d.attemptsInWindow() == 2);
  }
}
