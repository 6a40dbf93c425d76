package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.SCOPE;
import static dev.connectkit.TestServers.FAST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.internal.watch.WatchHub;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watches on manual time against a server whose connectors the test sets. */
class WatchTest {
  MockWebServer server;
  ManualScheduler time;
  ConnectorClient client;
  final Map<String, String> states = new ConcurrentHashMap<>();
  final Map<String, String> taskStates = new ConcurrentHashMap<>();
  final AtomicInteger lists = new AtomicInteger();
  volatile int failNextLists;
  volatile int failStatus = 503;
  volatile String failBody = "{\"message\":\"down\"}";
  /** How many lists answer {@code 200 {}}, as a Kafka Connect worker does for a moment while it starts. */
  volatile int emptyNextLists;
  /** Runs inside the next list request, while the poll waits for its answer. */
  volatile @Nullable Runnable duringNextList;

  @BeforeEach
  void start() {
    server = TestServers.start();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!request.getMethod().equals("GET") || !request.getUrl().encodedPath().endsWith("/connectors")) {
          return TestServers.json(599, "{\"message\":\"unexpected\"}");
        }
        lists.incrementAndGet();
        Runnable during = duringNextList;
        if (during != null) {
          duringNextList = null;
          during.run();
        }
        if (failNextLists > 0) {
          failNextLists--;
          return TestServers.json(failStatus, failBody);
        }
        if (emptyNextLists > 0) {
          emptyNextLists--;
          return TestServers.json(200, "{}");
        }
        StringBuilder body = new StringBuilder("{");
        states.forEach((name, state) -> {
          if (body.length() > 1) {
            body.append(',');
          }
          String task = taskStates.getOrDefault(name, "RUNNING");
          body.append('"').append(name).append("\":{\"status\":{\"name\":\"").append(name)
              .append("\",\"type\":\"sink\",\"connector\":{\"state\":\"").append(state)
              .append("\",\"worker_id\":\"w\",\"trace\":\"\"},\"tasks\":[{\"id\":0,\"state\":\"").append(task)
              .append("\",\"worker_id\":\"w\",\"msg\":\"").append(task.equals("RUNNING") ? "" : "broken")
              .append("\"}]}}");
        });
        return TestServers.json(200, body.append('}').toString());
      }
    });
    time = new ManualScheduler();
    client = ConnectorClient.builder()
        .selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST)
        .scheduler(time)
        .build();
  }

  @AfterEach
  void stop() throws IOException {
    client.close();
    server.close();
  }

  /** Records events as text. */
  static class Recorder implements WatchListener {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void onAppeared(ConnectorStatus status) {
      events.add("appeared " + status.name() + " " + status.state());
    }

    @Override
    public void onTransition(ConnectorChange change) {
      StringBuilder s = new StringBuilder("transition " + change.name() + " " + change.previous().state() + "->"
          + change.current().state());
      change.taskChanges().forEach(t -> s.append(" [").append(t).append(']'));
      events.add(s.toString());
    }

    @Override
    public void onDeleted(ConnectorStatus last) {
      events.add("deleted " + last.name());
    }

    @Override
    public void onError(ConnectorException error, boolean willRetry) {
      events.add("error " + error.statusCode().orElse(0) + " retry=" + willRetry);
    }

    @Override
    public void onClosed() {
      events.add("closed");
    }

    List<String> take(int n) throws InterruptedException {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String e = events.poll(5, TimeUnit.SECONDS);
        if (e == null) {
          throw new AssertionError("expected " + n + " events, got " + out);
        }
        out.add(e);
      }
      return out;
    }

    void assertQuiet() throws InterruptedException {
      assertThat(events.poll(100, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void anEmptyListFromARestartingWorkerIsNoDeletion() throws Exception {
    Recorder recorder = watchingRunning("a-connector", "b-connector");
    emptyNextLists = 1;
    time.advance(Duration.ofSeconds(10));
    time.advance(WatchHub.DELETION_CONFIRMATION);
    assertThat(lists).as("the empty list, then its confirmation a second later").hasValue(3);
    time.advance(Duration.ofSeconds(10));
    recorder.assertQuiet();
  }

  @Test
  void anHtml404PageIsAnErrorNotADeletion() throws Exception {
    Recorder recorder = watchingRunning("a-connector");
    failStatus = 404;
    failBody = "<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>";
    failNextLists = 1;
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(1)).as("the server unavailable, reported as such").containsExactly("error 404 retry=true");
    time.advance(Duration.ofSeconds(10));
    recorder.assertQuiet();
  }

  /** A watch of every connector, past its first poll, which found {@code names} RUNNING. */
  Recorder watchingRunning(String... names) throws InterruptedException {
    for (String name : names) {
      states.put(name, "RUNNING");
    }
    Recorder recorder = new Recorder();
    client.watch(WatchSelector.all(), recorder);
    time.runDue();
    assertThat(recorder.take(names.length)).hasSize(names.length);
    return recorder;
  }

  @Test
  void reportsAppearedTransitionAndDeletedInOrder() throws Exception {
    states.put("a-connector", "PROVISIONING");
    Recorder recorder = new Recorder();
    client.watch(WatchSelector.all(), recorder);
    time.runDue();
    assertThat(recorder.take(1)).containsExactly("appeared a-connector PROVISIONING");

    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(2)).containsExactlyInAnyOrder(
        "transition a-connector PROVISIONING->RUNNING", "appeared b-connector RUNNING");

    taskStates.put("a-connector", "USER_ACTIONABLE_ERROR");
    states.put("a-connector", "FAILED");
    states.remove("b-connector");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(1)).containsExactly(
        "transition a-connector RUNNING->FAILED [task 0: RUNNING -> USER_ACTIONABLE_ERROR (broken)]");
    recorder.assertQuiet();
    time.advance(WatchHub.DELETION_CONFIRMATION);
    assertThat(recorder.take(1)).as("missing from a second list, a second later").containsExactly("deleted b-connector");
    recorder.assertQuiet();
  }

  @Test
  void eachPollIsOneListRequestHoweverManyWatches() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    client.watch(WatchSelector.name("a-connector"), first);
    client.watch(WatchSelector.all(), second);
    client.watch(WatchSelector.matching(n -> n.startsWith("z")), new Recorder());
    time.runDue();
    time.advance(Duration.ofSeconds(30));
    assertThat(lists).hasValue(4);
    assertThat(first.take(1)).containsExactly("appeared a-connector RUNNING");
    assertThat(second.take(1)).containsExactly("appeared a-connector RUNNING");
  }

  @Test
  void selectorFiltersEvents() throws Exception {
    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    Recorder recorder = new Recorder();
    client.watch(WatchSelector.names("b-connector"), recorder);
    time.runDue();
    states.put("a-connector", "PAUSED");
    states.put("b-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(2)).containsExactly("appeared b-connector RUNNING", "transition b-connector RUNNING->PAUSED");
    recorder.assertQuiet();
  }

  @Test
  void failedPollIsReportedAndRetried() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder recorder = new Recorder();
    client.watch(WatchSelector.all(), recorder);
    failNextLists = 1;
    time.runDue();
    assertThat(recorder.take(1)).containsExactly("error 503 retry=true");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(1)).containsExactly("appeared a-connector RUNNING");
  }

  @Test
  void listenerThatThrowsKeepsItsWatch() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder recorder = new Recorder();
    client.watch(WatchSelector.all(), new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        recorder.onAppeared(status);
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void onTransition(ConnectorChange change) {
        recorder.onTransition(change);
      }
    });
    time.runDue();
    assertThat(recorder.take(1)).containsExactly("appeared a-connector RUNNING");
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorder.take(1)).containsExactly("transition a-connector RUNNING->PAUSED");
  }

  @Test
  void slowListenerDelaysNoPollAndOtherWatchesCatchUpWhenItReturns() throws Exception {
    states.put("a-connector", "RUNNING");
    CountDownLatch release = new CountDownLatch(1);
    Recorder slow = new Recorder();
    Recorder fast = new Recorder();
    client.watch(WatchSelector.all(), blockingOnAppeared(slow, release));
    client.watch(WatchSelector.all(), fast);
    time.runDue();
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    states.put("a-connector", "RUNNING");
    time.advance(Duration.ofSeconds(10));
    assertThat(lists).hasValue(3);
    assertThat(slow.take(1)).containsExactly("appeared a-connector RUNNING");
    // The client's one event thread is busy with the slow listener: the fast one waits, nothing is lost.
    fast.assertQuiet();
    release.countDown();
    assertThat(fast.take(3)).containsExactly("appeared a-connector RUNNING",
        "transition a-connector RUNNING->PAUSED", "transition a-connector PAUSED->RUNNING");
    assertThat(slow.take(2)).containsExactly("transition a-connector RUNNING->PAUSED",
        "transition a-connector PAUSED->RUNNING");
  }

  @Test
  void withAnEventExecutorOfItsOwnASlowListenerDelaysOnlyItself() throws Exception {
    ExecutorService events = Executors.newCachedThreadPool();
    try (ConnectorClient own = ConnectorClient.builder()
        .selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST)
        .scheduler(time)
        .eventExecutor(events)
        .build()) {
      states.put("a-connector", "RUNNING");
      CountDownLatch release = new CountDownLatch(1);
      Recorder slow = new Recorder();
      Recorder fast = new Recorder();
      own.watch(WatchSelector.all(), blockingOnAppeared(slow, release));
      own.watch(WatchSelector.all(), fast);
      time.runDue();
      states.put("a-connector", "PAUSED");
      time.advance(Duration.ofSeconds(10));
      states.put("a-connector", "RUNNING");
      time.advance(Duration.ofSeconds(10));
      assertThat(fast.take(3)).containsExactly("appeared a-connector RUNNING",
          "transition a-connector RUNNING->PAUSED", "transition a-connector PAUSED->RUNNING");
      assertThat(lists).hasValue(3);
      assertThat(slow.take(1)).containsExactly("appeared a-connector RUNNING");
      release.countDown();
      assertThat(slow.take(2)).containsExactly("transition a-connector RUNNING->PAUSED",
          "transition a-connector PAUSED->RUNNING");
    } finally {
      events.shutdownNow();
    }
  }

  /** A listener recording into {@code recorder} whose onAppeared blocks until {@code release}. */
  private static WatchListener blockingOnAppeared(Recorder recorder, CountDownLatch release) {
    return new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        recorder.onAppeared(status);
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void onTransition(ConnectorChange change) {
        recorder.onTransition(change);
      }
    };
  }

  @Test
  void closingTheLastWatchStopsPolling() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder recorder = new Recorder();
    Watch watch = client.watch(WatchSelector.all(), recorder);
    time.runDue();
    watch.close();
    watch.close();
    assertThat(watch.isOpen()).isFalse();
    assertThat(recorder.take(2)).containsExactly("appeared a-connector RUNNING", "closed");
    time.advance(Duration.ofMinutes(10));
    assertThat(lists).hasValue(1);
    assertThat(time.pending()).isZero();
  }

  @Test
  void closingTheClientClosesItsWatches() throws Exception {
    Recorder recorder = new Recorder();
    Watch watch = client.watch(WatchSelector.all(), recorder);
    client.close();
    assertThat(watch.isOpen()).isFalse();
    assertThat(recorder.take(1)).containsExactly("closed");
  }

  @Test
  void closingTheLastWatchDuringAPollThenWatchingAgainKeepsOnePollChain() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    Watch firstWatch = client.watch(WatchSelector.all(), first);
    duringNextList = () -> {
      firstWatch.close();
      client.watch(WatchSelector.all(), second);
    };
    time.runDue(); // the first poll is in flight when its only watch closes and a new one opens
    assertThat(first.take(1)).containsExactly("closed");
    assertThat(second.take(1)).containsExactly("appeared a-connector RUNNING");
    assertThat(lists).as("the stale poll and the new chain's first").hasValue(2);
    time.advance(Duration.ofSeconds(60));
    assertThat(lists).as("one poll every 10 s, not two").hasValue(8);
    assertThat(time.pending()).isEqualTo(1);
    first.assertQuiet();
  }

  @Test
  void watchWithAShorterIntervalThanThePendingPollPollsAtOnce() throws Exception {
    states.put("a-connector", "RUNNING");
    client.watch(WatchSelector.all(), new Recorder(), Duration.ofMinutes(1));
    time.runDue();
    time.advance(Duration.ofSeconds(10));
    assertThat(lists).hasValue(1);

    Recorder fast = new Recorder();
    client.watch(WatchSelector.all(), fast, Duration.ofSeconds(5));
    time.runDue();
    assertThat(lists).as("polled at once").hasValue(2);
    assertThat(fast.take(1)).containsExactly("appeared a-connector RUNNING");
    time.advance(Duration.ofSeconds(5));
    assertThat(lists).as("then every 5 s").hasValue(3);
    assertThat(time.pending()).isEqualTo(1);

    client.watch(WatchSelector.all(), new Recorder(), Duration.ofMinutes(5));
    time.runDue();
    assertThat(lists).as("a longer interval waits for the pending poll").hasValue(3);
  }

  @Test
  void closingAWatchDeliversWhatIsQueuedThenOnClosedAndNothingAfter() throws Exception {
    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    CountDownLatch inFirstEvent = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Recorder recorder = new Recorder();
    Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        recorder.onAppeared(status);
        inFirstEvent.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public void onTransition(ConnectorChange change) {
        recorder.onTransition(change);
      }

      @Override
      public void onClosed() {
        recorder.onClosed();
      }
    });
    Recorder other = new Recorder();
    client.watch(WatchSelector.all(), other); // keeps polling after the first watch closes
    time.runDue();
    assertThat(inFirstEvent.await(5, TimeUnit.SECONDS)).isTrue();
    watch.close(); // one appeared is running, one queued
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    release.countDown(); // the other watch's events queue behind the first listener on the client's event thread
    assertThat(other.take(3)).contains("transition a-connector RUNNING->PAUSED");
    List<String> events = recorder.take(3);
    assertThat(events.get(2)).isEqualTo("closed");
    assertThat(events.subList(0, 2)).allMatch(e -> e.startsWith("appeared"));
    recorder.assertQuiet();
  }

  @Test
  void forbiddenEndsTheWatchWithTheCause() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder recorder = new Recorder();
    Watch watch = client.watch(WatchSelector.all(), recorder);
    failStatus = 403;
    failNextLists = 1;
    time.runDue();
    assertThat(recorder.take(2)).containsExactly("error 403 retry=false", "closed");
    assertThat(watch.isOpen()).isFalse();
    time.advance(Duration.ofMinutes(1));
    assertThat(lists).hasValue(1);
    assertThat(time.pending()).isZero();
    recorder.assertQuiet();
  }

  @Test
  void watchKeepsPollingWhileTheTokenEndpointIsDown() throws Exception {
    states.put("a-connector", "RUNNING");
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
    try (ConnectorClient authed = ConnectorClient.builder().selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST).scheduler(time).bearerToken(() -> {
          if (down.get()) {
            throw new dev.connectkit.auth.TokenAcquisitionException("the token endpoint is unreachable");
          }
          return AccessToken.of(Secret.of("token-1"));
        }).build()) {
      Recorder recorder = new Recorder();
      Watch watch = authed.watch(WatchSelector.all(), recorder);
      time.runDue();
      assertThat(recorder.take(1)).containsExactly("error 0 retry=true");
      assertThat(watch.isOpen()).isTrue();
      down.set(false);
      time.advance(Duration.ofSeconds(10));
      assertThat(recorder.take(1)).containsExactly("appeared a-connector RUNNING");
    }
  }

  @Test
  void tenThousandConnectorsArePolledWithOneRequestAndOnlyRealChangesAreReported() throws Exception {
    long threadsBefore = connectkitThreads(); // other tests' event threads may still be idling out
    for (int i = 0; i < 10_000; i++) {
      states.put(String.format("edh-shared-scada-dev-c%05d-connector", i), "RUNNING");
    }
    AtomicInteger appeared = new AtomicInteger();
    BlockingQueue<String> transitions = new LinkedBlockingQueue<>();
    client.watch(WatchSelector.all(), new WatchListener() {
      @Override
      public void onAppeared(ConnectorStatus status) {
        appeared.incrementAndGet();
      }

      @Override
      public void onTransition(ConnectorChange change) {
        transitions.add(change.name() + " " + change.current().state());
      }
    });
    time.runDue();
    List<String> expected = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      for (int i = round; i < 10_000; i += 97) {
        String name = String.format("edh-shared-scada-dev-c%05d-connector", i);
        String state = round % 2 == 0 ? "PAUSED" : "RUNNING";
        if (!state.equals(states.get(name))) {
          states.put(name, state);
          expected.add(name + " " + state);
        }
      }
      time.advance(Duration.ofSeconds(10));
    }
    List<String> seen = new ArrayList<>();
    while (seen.size() < expected.size()) {
      String e = transitions.poll(10, TimeUnit.SECONDS);
      if (e == null) {
        break;
      }
      seen.add(e);
    }
    assertThat(lists).as("one list request per poll").hasValue(6);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(transitions.poll(100, TimeUnit.MILLISECONDS)).isNull();
    assertThat(appeared).hasValue(10_000);
    assertThat(connectkitThreads()).as("SDK threads stay flat").isLessThanOrEqualTo(threadsBefore + 2);
  }

  @Test
  void manySingleNameWatchesEachHearOnlyTheirOwnConnector() throws Exception {
    int n = 300;
    List<Recorder> recorders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.put(name(i), "RUNNING");
    }
    for (int i = 0; i < n; i++) {
      Recorder r = new Recorder();
      recorders.add(r);
      client.watch(WatchSelector.name(name(i)), r);
    }
    time.runDue();
    states.put(name(7), "PAUSED");
    states.remove(name(8));
    time.advance(Duration.ofSeconds(10));
    assertThat(lists).as("one list request per poll for all " + n + " watches").hasValue(2);
    time.advance(WatchHub.DELETION_CONFIRMATION);
    assertThat(recorders.get(7).take(2)).containsExactly("appeared " + name(7) + " RUNNING",
        "transition " + name(7) + " RUNNING->PAUSED");
    assertThat(recorders.get(8).take(2)).containsExactly("appeared " + name(8) + " RUNNING", "deleted " + name(8));
    for (int i = 0; i < n; i++) {
      if (i != 7 && i != 8) {
        assertThat(recorders.get(i).take(1)).containsExactly("appeared " + name(i) + " RUNNING");
      }
    }
    for (Recorder r : recorders) {
      assertThat(r.events).isEmpty();
    }
    // A connector created later reaches the watch of its name.
    states.put(name(8), "PROVISIONING");
    time.advance(Duration.ofSeconds(10));
    assertThat(recorders.get(8).take(1)).containsExactly("appeared " + name(8) + " PROVISIONING");
    recorders.get(9).assertQuiet();
  }

  @Test
  void nameSetPredicateAndAllWatchesEachGetWhatTheySelect() throws Exception {
    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    states.put("c-connector", "RUNNING");
    Recorder names = new Recorder();
    Recorder matching = new Recorder();
    Recorder all = new Recorder();
    Recorder missing = new Recorder();
    client.watch(WatchSelector.names("a-connector", "b-connector"), names);
    client.watch(WatchSelector.matching(n -> n.startsWith("c")), matching);
    client.watch(WatchSelector.all(), all);
    client.watch(WatchSelector.name("nobody-connector"), missing);
    time.runDue();
    assertThat(names.take(2)).containsExactlyInAnyOrder("appeared a-connector RUNNING", "appeared b-connector RUNNING");
    assertThat(matching.take(1)).containsExactly("appeared c-connector RUNNING");
    assertThat(all.take(3)).hasSize(3);
    states.put("b-connector", "FAILED");
    states.put("c-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(names.take(1)).containsExactly("transition b-connector RUNNING->FAILED");
    assertThat(matching.take(1)).containsExactly("transition c-connector RUNNING->PAUSED");
    assertThat(all.take(2)).containsExactlyInAnyOrder("transition b-connector RUNNING->FAILED",
        "transition c-connector RUNNING->PAUSED");
    names.assertQuiet();
    matching.assertQuiet();
    all.assertQuiet();
    missing.assertQuiet();
  }

  @Test
  void watchOpenedLaterGetsEveryConnectorAsAppearedWhileOthersGetOnlyChanges() throws Exception {
    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    Recorder early = new Recorder();
    client.watch(WatchSelector.all(), early);
    time.runDue();
    assertThat(early.take(2)).hasSize(2);
    Recorder lateAll = new Recorder();
    Recorder lateName = new Recorder();
    client.watch(WatchSelector.all(), lateAll);
    client.watch(WatchSelector.name("b-connector"), lateName);
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(early.take(1)).containsExactly("transition a-connector RUNNING->PAUSED");
    assertThat(lateAll.take(2)).containsExactlyInAnyOrder("appeared a-connector PAUSED",
        "appeared b-connector RUNNING");
    assertThat(lateName.take(1)).containsExactly("appeared b-connector RUNNING");
    early.assertQuiet();
    lateAll.assertQuiet();
    lateName.assertQuiet();
  }

  @Test
  void closedNameWatchHearsNothingMoreAndOthersOfTheSameNameGoOn() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    Watch closing = client.watch(WatchSelector.name("a-connector"), first);
    client.watch(WatchSelector.name("a-connector"), second);
    time.runDue();
    assertThat(first.take(1)).containsExactly("appeared a-connector RUNNING");
    assertThat(second.take(1)).containsExactly("appeared a-connector RUNNING");
    closing.close();
    assertThat(first.take(1)).containsExactly("closed");
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(second.take(1)).containsExactly("transition a-connector RUNNING->PAUSED");
    first.assertQuiet();
  }

  @Test
  void watchOpenedBeforeAFailedPollGetsItsAppearedSetFromTheNextGoodPoll() throws Exception {
    states.put("a-connector", "RUNNING");
    states.put("b-connector", "RUNNING");
    Recorder early = new Recorder();
    client.watch(WatchSelector.all(), early);
    time.runDue();
    assertThat(early.take(2)).hasSize(2);
    Recorder late = new Recorder();
    client.watch(WatchSelector.name("b-connector"), late);
    failNextLists = 1;
    time.advance(Duration.ofSeconds(10));
    assertThat(early.take(1)).containsExactly("error 503 retry=true");
    assertThat(late.take(1)).containsExactly("error 503 retry=true");
    states.put("b-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(early.take(1)).as("the diff is against the last good poll")
        .containsExactly("transition b-connector RUNNING->PAUSED");
    assertThat(late.take(1)).as("its first good poll: what exists, as appeared")
        .containsExactly("appeared b-connector PAUSED");
    states.remove("b-connector");
    time.advance(Duration.ofSeconds(10));
    early.assertQuiet();
    time.advance(WatchHub.DELETION_CONFIRMATION);
    assertThat(early.take(1)).containsExactly("deleted b-connector");
    assertThat(late.take(1)).containsExactly("deleted b-connector");
    early.assertQuiet();
    late.assertQuiet();
  }

  @Test
  void watchesClosedBeforeTheirFirstPollHearOnlyClosed() throws Exception {
    states.put("a-connector", "RUNNING");
    Recorder byName = new Recorder();
    Recorder matching = new Recorder();
    Recorder kept = new Recorder();
    client.watch(WatchSelector.name("a-connector"), byName).close();
    client.watch(WatchSelector.matching(n -> n.startsWith("a")), matching).close();
    client.watch(WatchSelector.name("a-connector"), kept);
    time.runDue();
    assertThat(kept.take(1)).containsExactly("appeared a-connector RUNNING");
    states.put("a-connector", "PAUSED");
    time.advance(Duration.ofSeconds(10));
    assertThat(kept.take(1)).containsExactly("transition a-connector RUNNING->PAUSED");
    assertThat(byName.take(1)).containsExactly("closed");
    assertThat(matching.take(1)).containsExactly("closed");
    byName.assertQuiet();
    matching.assertQuiet();
  }

  @Test
  void closingTheWatchWithTheShortestIntervalSlowsPollingBackDown() throws Exception {
    states.put("a-connector", "RUNNING");
    client.watch(WatchSelector.all(), new Recorder(), Duration.ofMinutes(1));
    time.runDue();
    Watch fast = client.watch(WatchSelector.name("a-connector"), new Recorder(), Duration.ofSeconds(5));
    time.runDue();
    time.advance(Duration.ofSeconds(5));
    assertThat(lists).as("every 5 s while the fast watch is open").hasValue(3);
    fast.close();
    time.advance(Duration.ofSeconds(5));
    assertThat(lists).as("the poll already pending").hasValue(4);
    time.advance(Duration.ofSeconds(55));
    assertThat(lists).as("then every minute").hasValue(4);
    time.advance(Duration.ofSeconds(5));
    assertThat(lists).hasValue(5);
  }

  @Test
  void onRealThreadsAWatchUsesTheClientsTwoThreadsAndOkHttpForItsReads() throws Exception {
    states.put("a-connector", "RUNNING");
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    BlockingQueue<String> readThreads = new LinkedBlockingQueue<>();
    okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
      readThreads.add(Thread.currentThread().getName());
      return chain.proceed(chain.request());
    }).build();
    try (ConnectorClient real = ConnectorClient.builder()
        .selfService(server.url("/").toString(), SCOPE)
        .retryPolicy(FAST)
        .okHttpClient(ok)
        .build()) {
      BlockingQueue<String> threads = new LinkedBlockingQueue<>();
      Recorder recorder = new Recorder() {
        @Override
        public void onAppeared(ConnectorStatus status) {
          threads.add(Thread.currentThread().getName());
          super.onAppeared(status);
        }

        @Override
        public void onTransition(ConnectorChange change) {
          threads.add(Thread.currentThread().getName());
          super.onTransition(change);
        }
      };
      real.watch(WatchSelector.all(), recorder, Duration.ofMillis(50));
      assertThat(recorder.take(1)).containsExactly("appeared a-connector RUNNING");
      states.put("a-connector", "PAUSED");
      assertThat(recorder.take(1)).containsExactly("transition a-connector RUNNING->PAUSED");
      assertThat(threads).containsOnly("connectkit-events");
      List<String> started = new ArrayList<>();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(t) && t.getName().startsWith("connectkit-")) {
          started.add(t.getName());
        }
      }
      assertThat(started).as("SDK threads started by this client").containsExactlyInAnyOrder(
          "connectkit-poller", "connectkit-events");
      assertThat(readThreads).isNotEmpty().as("list reads run on OkHttp's dispatcher threads, not the SDK's")
          .allMatch(name -> name.startsWith("OkHttp"));
    }
  }

  private static String name(int i) {
    return String.format("edh-shared-scada-dev-w%04d-connector", i);
  }

  static long connectkitThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("connectkit-")).count();
  }
}
