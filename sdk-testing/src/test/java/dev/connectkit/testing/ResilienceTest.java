package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link ConnectorClient} against the fake under 1,000 seeded random fault schedules. Each schedule runs a
 * connector's life (create, read, update, pause, resume, restart, list, validate, delete) while a quarter of the
 * requests meet a fault. Checked: no duplicate create reaches the server, no operation reported as done is missing
 * from the server, every failure is a {@link ConnectorException} and arrives within the policy's deadline, nothing
 * hangs.
 */
class ResilienceTest {
  private static final int SCHEDULES = 1000;
  private static final double FAULT_PROBABILITY = 0.25;
  private static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration READ_TIMEOUT = Duration.ofMillis(40);
  /** Deadline plus one read timeout (an attempt started just before the deadline) plus scheduling slack. */
  private static final Duration OP_LIMIT = TOTAL_TIMEOUT.plus(READ_TIMEOUT).plusMillis(500);

  private static final Placement PLACEMENT = Placement.dedicated("sales", Stage.DEV);
  private static final List<Fault> FAULTS =
      List.of(
          Fault.rateLimited(Duration.ZERO),
          Fault.status(500),
          Fault.status(502),
          Fault.status(503),
          Fault.status(504),
          Fault.statusAfterApplying(502),
          Fault.statusAfterApplying(504),
          Fault.dropConnection(),
          Fault.dropConnectionAfterApplying(),
          Fault.slowHeaders(Duration.ofMillis(60)),
          Fault.slowBody(Duration.ofMillis(5)),
          Fault.malformedJson(),
          Fault.unknownEnumValues());

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake =
      FakeConnectorApi.builder().clock(clock).journalCapacity(64).start();
  private final ConnectorClient client =
      ConnectorClient.builder()
          .selfService(fake.baseUrl(), PLACEMENT)
          .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
          .retryPolicy(
              RetryPolicy.builder()
                  .maxAttempts(4)
                  .initialBackoff(Duration.ofMillis(1))
                  .maxBackoff(Duration.ofMillis(4))
                  .totalTimeout(TOTAL_TIMEOUT)
                  .build())
          .readTimeout(READ_TIMEOUT)
          .connectTimeout(Duration.ofMillis(500))
          .build();
  private final ExecutorService runner = Executors.newSingleThreadExecutor();

  private long operations;
  private long succeeded;
  private long faultsInjected;
  private long requests;
  private long duplicates;
  private long lost;
  private long hangs;
  private long overDeadline;
  private long spuriousFailures;
  private long maxMillis;
  private final Map<String, Long> failures = new TreeMap<>();
  private final List<String> violations = new ArrayList<>();

  @AfterEach
  void stop() {
    runner.shutdownNow();
    client.close();
    fake.close();
  }

  @Test
  void clientSurvivesSeededRandomFaultSchedules() {
    long start = System.nanoTime();
    for (int seed = 1; seed <= SCHEDULES; seed++) {
      runSchedule(seed);
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    System.out.printf(
        "resilience: schedules=%d operations=%d succeeded=%d failed=%d faults=%d requests=%d retries+lookups=%d"
            + " duplicates=%d lost=%d hangs=%d overDeadline=%d spuriousFailures=%d slowestOp=%dms total=%dms%n"
            + "resilience: failures by type %s%n",
        SCHEDULES, operations, succeeded, operations - succeeded, faultsInjected, requests, requests - operations,
        duplicates, lost, hangs, overDeadline, spuriousFailures, maxMillis, millis, failures);
    violations.stream().limit(20).forEach(v -> System.out.println("resilience: violation " + v));

    assertThat(faultsInjected).isGreaterThan(SCHEDULES);
    assertThat(duplicates).as("duplicate creates").isZero();
    assertThat(spuriousFailures).as("deletes reported not found after the server deleted").isZero();
    assertThat(lost).as("operations reported done but not applied").isZero();
    assertThat(hangs).as("operations that hung").isZero();
    assertThat(overDeadline).as("operations that outlived their deadline").isZero();
    assertThat(violations).isEmpty();
  }

  private void runSchedule(int seed) {
    fake.reset();
    fake.faults().random(seed, FAULT_PROBABILITY, FAULTS.toArray(new Fault[0]));
    String id = "orders-" + seed;
    String name = PLACEMENT.prefix() + "-" + id + "-connector";
    GenericConnectorConfig config = Datagen.config(PLACEMENT, id);

    Optional<Connector> created = run(seed, "create", () -> client.create(config).connector().orElseThrow());
    if (created.isPresent()) {
      check(seed, "create", fake.connector(name).isPresent(), "reported created, fake has no " + name);
      check(seed, "create", created.get().name().equals(name), "created " + created.get().name());
    }
    clock.advance(Duration.ofMinutes(1));
    if (fake.connector(name).isEmpty()) {
      finish();
      return;
    }

    Optional<ConnectorStatus> status = run(seed, "status", () -> client.status(name));
    status.ifPresent(
        s -> check(seed, "status", s.state().value().equals("RUNNING") || !s.state().isKnown(), "state " + s.state()));

    GenericConnectorConfig changed = config.toBuilder().property("quickstart", "USERS").build();
    if (run(seed, "update", () -> client.update(changed)).isPresent()) {
      check(seed, "update",
          "USERS".equals(fake.connector(name).map(c -> c.config().get("quickstart")).orElse(null)),
          "reported updated, fake config unchanged");
    }

    if (run(seed, "pause", () -> call(() -> client.pause(name))).isPresent()) {
      clock.advance(Duration.ofSeconds(5));
      check(seed, "pause", state(name).equals("PAUSED"), "reported paused, fake is " + state(name));
    }
    clock.advance(Duration.ofSeconds(5));
    if (run(seed, "resume", () -> call(() -> client.resume(name))).isPresent()) {
      clock.advance(Duration.ofSeconds(5));
      check(seed, "resume", state(name).equals("RUNNING"), "reported resumed, fake is " + state(name));
    }
    clock.advance(Duration.ofSeconds(5));
    run(seed, "restart", () -> call(() -> client.restart(name)));
    clock.advance(Duration.ofSeconds(5));

    Optional<List<ConnectorInfo>> listed = run(seed, "list", client::list);
    listed.ifPresent(
        l -> check(seed, "list", l.stream().anyMatch(i -> i.name().equals(name)), "list misses " + name));
    run(seed, "get", () -> client.get(name));
    run(seed, "validate", () -> client.validate(changed));

    try {
      Optional<Boolean> deleted = run(seed, "delete", () -> call(() -> client.delete(name)));
      if (deleted.isPresent()) {
        check(seed, "delete", fake.connector(name).isEmpty(), "reported deleted, fake still has it");
      }
    } catch (SpuriousNotFound e) {
      spuriousFailures++;
    }
    finish();
  }

  private void finish() {
    faultsInjected += fake.faults().injected();
    requests += fake.requestCount();
    duplicates += fake.duplicateCreates();
  }

  private String state(String name) {
    return fake.connector(name).map(FakeConnector::state).orElse("<absent>");
  }

  private static Boolean call(Runnable action) {
    action.run();
    return Boolean.TRUE;
  }

  /** A delete that the server applied on an earlier attempt, reported as not found on the retry. */
  private static final class SpuriousNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private <T> Optional<T> run(int seed, String operation, Callable<T> action) {
    operations++;
    long start = System.nanoTime();
    Future<T> future = runner.submit(action);
    try {
      T result = future.get(OP_LIMIT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
      succeeded++;
      return Optional.of(result);
    } catch (TimeoutException e) {
      hangs++;
      future.cancel(true);
      violations.add("seed " + seed + " " + operation + " hung");
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      failures.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
      if (!(cause instanceof ConnectorException)) {
        violations.add("seed " + seed + " " + operation + " threw untyped " + cause);
      }
      if (operation.equals("delete")
          && cause instanceof ConnectorNotFoundException
          && fake.requests().stream().anyMatch(r -> r.route().equals(Optional.of(Route.DELETE)) && r.status() != 404)) {
        throw new SpuriousNotFound();
      }
      return Optional.empty();
    } finally {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      maxMillis = Math.max(maxMillis, millis);
      if (millis > OP_LIMIT.toMillis()) {
        overDeadline++;
        violations.add("seed " + seed + " " + operation + " took " + millis + " ms");
      }
    }
  }

  private void check(int seed, String operation, boolean ok, String message) {
    if (!ok) {
      lost++;
      violations.add("seed " + seed + " " + operation + ": " + message);
    }
  }
}
