package dev.connectkit.plan;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OutcomeUnknownException;
import dev.connectkit.ValidationResult;
import dev.connectkit.WaitOptions;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.Scrubber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Applies a plan in phases: validate, create, update and set state, delete; every write re-read before, verified after. */
final class Applier {
  /** The most of a server trace a step's message quotes. */
  private static final int MAX_TRACE = 300;

  private final Deployer deployer;
  private final Deployer.StageTarget target;
  private final ConnectorClient client;
  private final WaitOptions wait;
  private final boolean kafkaConnect;

  Applier(Deployer deployer, Deployer.StageTarget target) {
    this.deployer = deployer;
    this.target = target;
    this.client = target.client();
    WaitOptions w = deployer.waitOptions;
    this.wait = w != null ? w : client.waitOptions();
    this.kafkaConnect = Planner.isKafkaConnect(target);
  }

  ApplyResult apply(Plan plan) {
    List<Change> writes = plan.changes().stream().filter(c -> c.kind().isWrite()).toList();
    Map<String, StepResult> results = new ConcurrentHashMap<>();
    String invalid = validate(writes, results);
    if (invalid != null) {
      for (Change c : writes) {
        results.putIfAbsent(c.name(), result(c, StepResult.Outcome.SKIPPED, "not attempted: " + invalid, 0));
      }
      return ordered(plan, writes, results);
    }
    runPhase(plan, writes.stream().filter(c -> c.kind() == Change.Kind.CREATE).toList(), results);
    runPhase(plan, writes.stream()
        .filter(c -> c.kind() == Change.Kind.UPDATE || c.kind() == Change.Kind.SET_STATE).toList(), results);
    List<Change> deletes = writes.stream().filter(c -> c.kind() == Change.Kind.DELETE).toList();
    boolean clean = results.values().stream().allMatch(r -> r.outcome() == StepResult.Outcome.SUCCEEDED);
    for (Change c : deletes) {
      if (!clean) {
        results.put(c.name(), result(c, StepResult.Outcome.SKIPPED,
            "deletes are skipped because an earlier step did not succeed", 0));
      } else {
        // One at a time, continuing past a failed delete.
        results.put(c.name(), step(plan, c));
      }
    }
    return ordered(plan, writes, results);
  }

  private ApplyResult ordered(Plan plan, List<Change> writes, Map<String, StepResult> results) {
    List<StepResult> out = new ArrayList<>();
    for (Change c : writes) {
      out.add(results.get(c.name()));
    }
    return new ApplyResult(plan.id(), out);
  }

  /** Validates every create and update; the reason the plan is not applied, or null if every one is valid. */
  private @Nullable String validate(List<Change> writes, Map<String, StepResult> results) {
    List<String> failed = new ArrayList<>();
    for (Change c : writes) {
      if (c.kind() != Change.Kind.CREATE && c.kind() != Change.Kind.UPDATE) {
        continue;
      }
      DesiredConnector d = c.desired().orElseThrow();
      long start = System.nanoTime();
      try {
        ValidationResult v = client.validate(d.config());
        if (!v.isValid()) {
          String why = v.errors().stream().map(Object::toString).collect(Collectors.joining("; "));
          results.put(c.name(), result(c, StepResult.Outcome.FAILED, "validation failed: " + why, start));
          failed.add(c.name());
        }
      } catch (ConnectorException e) {
        results.put(c.name(), result(c, StepResult.Outcome.FAILED,
            "validation failed: " + scrubbed(c, e.getMessage()), start));
        failed.add(c.name());
      }
    }
    return failed.isEmpty() ? null : "validation failed for " + String.join(", ", failed);
  }

  private void runPhase(Plan plan, List<Change> phase, Map<String, StepResult> results) {
    if (phase.isEmpty()) {
      return;
    }
    int threads = Math.min(deployer.concurrency, phase.size());
    if (threads == 1) {
      phase.forEach(c -> results.put(c.name(), step(plan, c)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "connectkit-apply");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<StepResult>> futures = new ArrayList<>();
      for (Change c : phase) {
        futures.add(pool.submit(() -> step(plan, c)));
      }
      for (int i = 0; i < phase.size(); i++) {
        Change c = phase.get(i);
        try {
          results.put(c.name(), futures.get(i).get());
        } catch (ExecutionException e) {
          results.put(c.name(), result(c, StepResult.Outcome.FAILED,
              "unexpected " + String.valueOf(e.getCause()), 0));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          results.put(c.name(), result(c, StepResult.Outcome.OUTCOME_UNKNOWN, "interrupted", 0));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private StepResult step(Plan plan, Change c) {
    long start = System.nanoTime();
    try {
      String stale = staleness(c);
      if (stale != null) {
        return result(c, StepResult.Outcome.STALE, stale + "; plan again", start);
      }
      switch (c.kind()) {
        case CREATE:
          create(c);
          break;
        case UPDATE:
          update(c);
          break;
        case SET_STATE:
          reachState(c.name(), c.desired().orElseThrow().state());
          break;
        case DELETE:
          client.delete(c.name()).await(wait);
          return result(c, StepResult.Outcome.SUCCEEDED, ledgerUpdate(() -> target.ledger().forget(c.name())), start);
        default:
          throw new IllegalStateException("not a write: " + c.kind());
      }
      return result(c, StepResult.Outcome.SUCCEEDED, ledgerUpdate(() -> record(plan, c)), start);
    } catch (OutcomeUnknownException e) {
      return result(c, StepResult.Outcome.OUTCOME_UNKNOWN, scrubbed(c, e.getMessage()), start);
    } catch (ConnectorException e) {
      return result(c, StepResult.Outcome.FAILED, scrubbed(c, e.getMessage()), start);
    }
  }

  /** Why the connector is no longer as the plan saw it, or null if it is. */
  private @Nullable String staleness(Change c) {
    Connector now;
    try {
      now = client.get(c.name());
    } catch (ConnectorNotFoundException e) {
      return c.observed().equals(Planner.ABSENT) ? null : c.name() + " was deleted since the plan";
    }
    if (c.observed().equals(Planner.ABSENT)) {
      return c.name() + " was created by someone else since the plan";
    }
    java.util.Set<String> secretKeys = c.desired().map(d -> d.config().secrets().keySet()).orElse(java.util.Set.of());
    String observed = Planner.observed(now.config(), secretKeys);
    return observed.equals(c.observed()) ? null : c.name() + "'s config changed since the plan";
  }

  private void create(Change c) {
    DesiredConnector d = c.desired().orElseThrow();
    if (d.state() == DesiredState.RUNNING) {
      client.create(d.config()).await(wait);
    } else if (kafkaConnect) {
      // KIP-980: created in its state, never running first.
      client.create(d.config(), d.state().connectorState()).await(wait);
    } else {
      // The managed targets create connectors running: create, then pause (the plan says so in a note).
      client.create(d.config()).await(wait);
      reachState(c.name(), d.state());
    }
  }

  private void update(Change c) {
    DesiredConnector d = c.desired().orElseThrow();
    ConnectorState live = c.liveState().orElse(ConnectorState.RUNNING);
    if (d.state() != DesiredState.RUNNING) {
      // Pause (or stop) first, so that the new config never runs.
      if (!live.equals(d.state().connectorState())) {
        reachState(c.name(), d.state());
      }
      client.update(d.config());
      client.await(c.name(), d.state().connectorState(), wait);
      return;
    }
    if (live.equals(ConnectorState.PAUSED) || live.equals(ConnectorState.STOPPED)) {
      client.update(d.config());
      client.resume(c.name()).await(wait);
    } else {
      client.update(d.config()).await(wait);
    }
    settle(c.name(), d.config());
  }

  /** Watches an updated connector for the settle time: an update accepted and then FAILED fails the step. */
  private void settle(String name, ConnectorConfig config) {
    Duration settle = deployer.settleTime;
    if (settle.isZero()) {
      return;
    }
    long end = System.nanoTime() + settle.toNanos();
    long interval = Math.max(1, Math.min(wait.minInterval().toMillis(), Math.max(1, settle.toMillis() / 4)));
    while (true) {
      ConnectorStatus status = client.status(name);
      if (status.state().isFailed() || !status.failedTasks().isEmpty()) {
        throw new ConnectorException("accepted, then " + status.state().value() + " within the settle time"
            + (status.trace().isEmpty() ? "" : ": " + serverTrace(status.trace(), config))
            + "; the server may keep running the previous config");
      }
      if (System.nanoTime() >= end) {
        return;
      }
      try {
        Thread.sleep(interval);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectorException("interrupted while verifying " + name);
      }
    }
  }

  /** {@code message} without the desired config's secrets: a server's message (a status trace) may quote them. */
  private static String scrubbed(Change c, @Nullable String message) {
    String text = String.valueOf(message);
    return c.desired().map(d -> scrubber(d.config()).scrub(text)).orElse(text);
  }

  private static Scrubber scrubber(ConnectorConfig config) {
    return Scrubber.of(ConfigMaps.secretValues(config));
  }

  /** The trace's first line, the config's secrets scrubbed (a trace may quote a connection string), cut short. */
  private static String serverTrace(String trace, ConnectorConfig config) {
    int nl = trace.indexOf('\n');
    String first = nl < 0 ? trace : trace.substring(0, nl);
    return scrubber(config).scrub(first, MAX_TRACE);
  }

  private void reachState(String name, DesiredState state) {
    switch (state) {
      case PAUSED:
        client.pause(name).await(wait);
        break;
      case STOPPED:
        client.stop(name).await(wait);
        break;
      default:
        client.resume(name).await(wait);
    }
  }

  /**
   * Runs a ledger write that follows a successful server write: the step message, empty, or saying the ledger was not
   * updated. A failing ledger (a read-only directory, a full disk, a custom ledger) never turns the write into a
   * failure; the exception's type is named, never its message.
   */
  private static String ledgerUpdate(Runnable write) {
    try {
      write.run();
      return "";
    } catch (RuntimeException e) {
      return "applied, but the ledger was not updated (" + e.getClass().getName() + ")";
    }
  }

  private void record(Plan plan, Change c) {
    DesiredConnector d = c.desired().orElseThrow();
    Map<String, String> fingerprints = c.fingerprints();
    if (c.kind() == Change.Kind.SET_STATE) {
      // No secret was sent: keep what the ledger knew.
      fingerprints = target.ledger().get(c.name()).map(LedgerEntry::secretFingerprints).orElse(Map.of());
    }
    target.ledger().record(new LedgerEntry(c.name(), plan.setId(), d.config().properties().keySet(), fingerprints,
        c.specDigest(), deployer.clock.instant(), plan.id(), true, d.state().name(), d.isProtected()));
  }

  private static StepResult result(Change c, StepResult.Outcome outcome, String message, long startNanos) {
    Duration took = startNanos == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startNanos);
    return new StepResult(c.name(), c.kind(), outcome, message, took);
  }

}
