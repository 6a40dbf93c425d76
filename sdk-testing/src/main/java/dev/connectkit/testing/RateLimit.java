package dev.connectkit.testing;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A server-side rate limit for a {@link FakeConnectorApi}: a token bucket of {@code requests} tokens that refills at
 * {@code requests} per {@code period}. Each request takes a token; a request that finds the bucket empty is answered
 * 429 with {@code Retry-After} (whole seconds, rounded up, at least 1) and is not applied. Every answer carries {@code
 * X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds until the bucket is full),
 * as Confluent Cloud's Connect API sends them.
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * RateLimit limit = RateLimit.of(10, Duration.ofSeconds(1));
 * fake.faults().rateLimit(limit);
 * // ... 100 writes
 * limit.minimumTime(100);   // 9 s: no client can be faster; compare the client's time with it
 * }</pre>
 *
 * <p>The bucket runs on the fake's clock, so with a {@link FakeClock} it refills only as the test advances the clock
 * (deterministic). A client that sleeps for real on {@code Retry-After} needs real time: give the limit {@link
 * #clock(Clock) Clock.systemUTC()} and leave the connectors on the fake's clock.
 */
public final class RateLimit {
  private final int requests;
  private final Duration period;
  private final Set<Route> routes;
  private final @Nullable Clock clock;

  private RateLimit(int requests, Duration period, Set<Route> routes, @Nullable Clock clock) {
    this.requests = requests;
    this.period = period;
    this.routes = routes;
    this.clock = clock;
  }

  /**
   * At most {@code requests} requests per {@code period} on every route, with bursts of up to {@code requests}.
   *
   * @throws IllegalArgumentException if {@code requests} is not positive or {@code period} is not positive
   */
  public static RateLimit of(int requests, Duration period) {
    if (requests <= 0) {
      throw new IllegalArgumentException("requests must be positive (was " + requests + ")");
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive (was " + period + ")");
    }
    return new RateLimit(requests, period, EnumSet.allOf(Route.class), null);
  }

  /**
   * This limit on {@code routes} only; requests on other routes pass and take no token.
   *
   * @throws IllegalArgumentException if {@code routes} is empty
   */
  public RateLimit routes(Set<Route> routes) {
    if (routes.isEmpty()) {
      throw new IllegalArgumentException("routes is empty; a limit needs at least one route");
    }
    return new RateLimit(requests, period, EnumSet.copyOf(routes), clock);
  }

  /** This limit on {@code clock} instead of the fake's clock. */
  public RateLimit clock(Clock clock) {
    return new RateLimit(requests, period, routes, Objects.requireNonNull(clock, "clock"));
  }

  /** The size of the bucket, and how many requests it lets through per {@link #period()}. */
  public int requests() {
    return requests;
  }

  public Duration period() {
    return period;
  }

  public Set<Route> routes() {
    return routes;
  }

  /** The clock the bucket runs on, if not the fake's. */
  public java.util.Optional<Clock> clock() {
    return java.util.Optional.ofNullable(clock);
  }

  /**
   * The least time any client needs for {@code count} requests on the limited routes, starting with a full bucket:
   * the limit's own bound, e.g. 9 s for 100 requests at 10 per second.
   */
  public Duration minimumTime(int count) {
    long waiting = Math.max(0, (long) count - requests);
    return period.multipliedBy(waiting).dividedBy(requests);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RateLimit
        && requests == ((RateLimit) o).requests
        && period.equals(((RateLimit) o).period)
        && routes.equals(((RateLimit) o).routes)
        && Objects.equals(clock, ((RateLimit) o).clock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requests, period, routes, clock);
  }

  /** For example {@code RateLimit{10 per PT1S}}. */
  @Override
  public String toString() {
    return "RateLimit{" + requests + " per " + period + (routes.size() < Route.values().length ? " on " + routes : "")
        + "}";
  }
}
