package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import dev.connectkit.testing.RateLimit;
import dev.connectkit.testing.RecordedCall;
import dev.connectkit.testing.Route;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An apply of 100 creates against the fake's own token-bucket rate limit (a full bucket to start with, refilled
 * continuously, 429 with Retry-After and X-RateLimit-* headers, real time) finishes within 1.1x the limit's own bound
 * and wastes at most one 429. The bounds are several seconds, so scheduling noise of tens of milliseconds on a loaded
 * machine does not decide the outcome; an apply without a limit warms the JVM first, as the limit's bound has no room
 * for the JIT compiling the client, the planner and the fake.
 */
class ApplyAgainstTheFakesRateLimitTest {
  @BeforeAll
  static void warmUp() {
    for (int i = 0; i < 3; i++) {
      applyOfCreates(null, 50);
    }
  }

  /**
   * Writes limited to 5 per second with bursts of 10: 100 writes need 18 s at least, so that the reads and validations
   * before the first write (not limited, but part of the apply) stay well within the tenth on a loaded machine.
   */
  @Test
  void anApplyOf100WritesFinishesWithinATenthOfTheLimitsOwnBound() {
    Set<Route> writes = EnumSet.noneOf(Route.class);
    for (Route route : Route.values()) {
      if (route.isMutating()) {
        writes.add(route);
      }
    }
    RateLimit limit = RateLimit.of(10, Duration.ofSeconds(2)).routes(writes).clock(Clock.systemUTC());

    Measured m = applyOfCreates(limit, 100);

    List<RecordedCall> limited = m.calls.stream()
        .filter(c -> c.route().map(writes::contains).orElse(false)).collect(Collectors.toList());
    long rejected = limited.stream().filter(c -> c.status() == 429).count();
    assertThat(limited.size() - rejected).as("the writes the limit let through").isEqualTo(100);
    Duration bound = limit.minimumTime(100);
    m.print(limit, rejected, bound);
    assertThat(rejected).isLessThanOrEqualTo(1);
    assertThat(m.elapsed).as("no client beats the limit's bound: the fake enforced it").isGreaterThanOrEqualTo(bound);
    assertThat(m.elapsed).isLessThanOrEqualTo(bound.multipliedBy(11).dividedBy(10));
  }

  /** Every request limited, 50 per second with bursts of 50: the reads that verify each write count too. */
  @Test
  void anApplyWhoseReadsAreLimitedTooFinishesWithinATenthOfTheBoundForItsRequests() {
    RateLimit limit = RateLimit.of(50, Duration.ofSeconds(1)).clock(Clock.systemUTC());

    Measured m = applyOfCreates(limit, 100);

    long rejected = m.calls.stream().filter(c -> c.status() == 429).count();
    Duration bound = limit.minimumTime((int) (m.calls.size() - rejected));
    m.print(limit, rejected, bound);
    assertThat(bound).as("several seconds, so that noise does not decide").isGreaterThan(Duration.ofSeconds(5));
    assertThat(rejected).isLessThanOrEqualTo(1);
    assertThat(m.elapsed).isGreaterThanOrEqualTo(bound);
    assertThat(m.elapsed).isLessThanOrEqualTo(bound.multipliedBy(11).dividedBy(10));
  }

  private static final class Measured {
    final Duration elapsed;
    final List<RecordedCall> calls;
    final RatePacer pacer;

    Measured(Duration elapsed, List<RecordedCall> calls, RatePacer pacer) {
      this.elapsed = elapsed;
      this.calls = calls;
      this.pacer = pacer;
    }

    void print(RateLimit limit, long rejected, Duration bound) {
      System.out.printf(Locale.ROOT, "apply against the fake's %s: %d requests, %d x 429, %.2f s, bound %.2f s, "
              + "ratio %.3f, %s%n", limit, calls.size(), rejected, elapsed.toNanos() / 1e9, bound.toNanos() / 1e9,
          (double) elapsed.toNanos() / bound.toNanos(), pacer);
    }
  }

  private static Measured applyOfCreates(@Nullable RateLimit limit, int count) {
    try (FakeConnectorApi fake = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT)
            .clock(FakeClock.autoAdvancing()).journalCapacity(10_000).start()) {
      if (limit != null) {
        fake.faults().rateLimit(limit);
      }
      RatePacer pacer = RatePacer.create();
      try (ConnectorClient client = ConnectorClient.builder()
          .kafkaConnect(fake.baseUrl())
          .okHttpClient(new OkHttpClient.Builder().addInterceptor(pacer).build())
          .retryPolicy(RetryPolicy.builder().maxAttempts(4).totalTimeout(Duration.ofSeconds(30)).build())
          .waitOptions(Fakes.WAIT)
          .build()) {
        ConnectorSet.Builder set = ConnectorSet.builder("sales-connectors", Stage.DEV);
        for (int i = 0; i < count; i++) {
          set.add(Fakes.datagen(Stage.DEV, "c" + i, "s3cr3t"));
        }
        Deployer deployer = Deployer.builder().stage(Stage.DEV, client).waitOptions(Fakes.WAIT)
            .settleTime(Duration.ZERO).concurrency(4).build();
        long start = System.nanoTime();
        Plan plan = deployer.plan(set.build());
        ApplyResult result = deployer.apply(plan, plan.id());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.succeeded()).as(result.toString()).isTrue();
        assertThat(result.steps()).hasSize(count);
        assertThat(fake.connectors()).hasSize(count);
        return new Measured(elapsed, fake.requests(), pacer);
      }
    }
  }
}
