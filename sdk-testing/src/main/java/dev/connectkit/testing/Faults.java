package dev.connectkit.testing;

import dev.connectkit.testing.internal.FaultInjector;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fault plan of a {@link FakeConnectorApi}: scripted faults for the next requests (per route or any route),
 * seeded random faults, and a {@linkplain #rateLimit rate limit}. For each request the fake takes the next scripted fault of its route, else the next scripted
 * fault for any route, else draws a random one.
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * fake.faults().next(Route.CREATE, Fault.dropConnectionAfterApplying());
 * fake.faults().random(42L, 0.3, Fault.status(503), Fault.rateLimited(Duration.ofSeconds(1)));
 * // ...
 * assertThat(fake.faults().injected()).isPositive();
 * }</pre>
 */
public final class Faults {
  private final FaultInjector injector;

  private final java.time.Clock clock;

  Faults(FaultInjector injector, java.time.Clock clock) {
    this.injector = injector;
    this.clock = clock;
  }

  /** The next request on {@code route} meets {@code fault}. Calls queue up in order. */
  public Faults next(Route route, Fault fault) {
    injector.next(route, fault);
    return this;
  }

  /** The next request on any route (without its own scripted fault) meets {@code fault}. */
  public Faults next(Fault fault) {
    injector.next(fault);
    return this;
  }

  /**
   * From now on every request, on any route, meets one of {@code faults} with {@code probability}, drawn from a
   * random sequence seeded with {@code seed}: the same seed and the same requests give the same faults.
   */
  public Faults random(long seed, double probability, Fault... faults) {
    injector.random(seed, probability, EnumSet.allOf(Route.class), Arrays.asList(faults));
    return this;
  }

  /** Like {@link #random(long, double, Fault...)}, limited to {@code routes}. */
  public Faults random(long seed, double probability, Set<Route> routes, List<Fault> faults) {
    injector.random(seed, probability, routes, faults);
    return this;
  }

  /**
   * From now on requests are limited by {@code limit}, starting with a full bucket: a request that finds it empty gets
   * a 429 with {@code Retry-After} and is not applied (it counts in {@link #injected()} and shows in the journal as a
   * {@link Fault#rateLimited} fault). Scripted and random faults apply to the requests the limit lets through.
   * Replaces an earlier limit; {@link #clear()} removes it.
   *
   * <!-- example: FakeConnectorApi fake -->
   * <pre>{@code
   * fake.faults().rateLimit(RateLimit.of(10, Duration.ofSeconds(1)).clock(Clock.systemUTC()));
   * }</pre>
   */
  public Faults rateLimit(RateLimit limit) {
    injector.rateLimit(java.util.Objects.requireNonNull(limit, "limit"), clock);
    return this;
  }

  /** How many faults struck since the fake started or was last reset. */
  public long injected() {
    return injector.injected();
  }

  /** How many scripted faults have not struck yet. */
  public int pending() {
    return injector.pending();
  }

  /** Drops scripted and random faults and the rate limit; requests are answered normally again. */
  public void clear() {
    injector.clear();
  }
}
