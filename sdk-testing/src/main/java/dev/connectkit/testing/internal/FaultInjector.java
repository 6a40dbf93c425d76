package dev.connectkit.testing.internal;

import dev.connectkit.testing.Fault;
import dev.connectkit.testing.RateLimit;
import dev.connectkit.testing.Route;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which fault, if any, strikes a request: the rate limit's 429 when its bucket is empty, else scripted per
 * route, then scripted for any route, then random.
 */
public final class FaultInjector {
  private final Map<Route, Deque<Fault>> perRoute = new EnumMap<>(Route.class);
  private final Deque<Fault> global = new ArrayDeque<>();
  private @Nullable Random random;
  private double probability;
  private Set<Route> randomRoutes = EnumSet.noneOf(Route.class);
  private List<Fault> randomFaults = List.of();
  private long injected;
  private @Nullable TokenBucket bucket;

  /** Queues {@code fault} for the next request on {@code route}. */
  public synchronized void next(Route route, Fault fault) {
    perRoute.computeIfAbsent(route, r -> new ArrayDeque<>()).addLast(fault);
  }

  /** Queues {@code fault} for the next request on any route. */
  public synchronized void next(Fault fault) {
    global.addLast(fault);
  }

  /** From now on, each request on {@code routes} meets one of {@code faults} with {@code probability}. */
  public synchronized void random(long seed, double probability, Set<Route> routes, List<Fault> faults) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be within [0, 1] (was " + probability + ")");
    }
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("no faults to choose from");
    }
    this.random = new Random(seed);
    this.probability = probability;
    this.randomRoutes = routes.isEmpty() ? EnumSet.noneOf(Route.class) : EnumSet.copyOf(routes);
    this.randomFaults = List.copyOf(faults);
  }

  /** From now on requests are limited by {@code limit}, on its clock or else on {@code fakeClock}; a full bucket. */
  public synchronized void rateLimit(RateLimit limit, java.time.Clock fakeClock) {
    this.bucket = new TokenBucket(limit, fakeClock);
  }

  /** The bucket limiting requests on {@code route}, or null if none does. */
  synchronized @Nullable TokenBucket bucket(Route route) {
    TokenBucket b = bucket;
    return b != null && b.limit.routes().contains(route) ? b : null;
  }

  /** Counts a fault that struck outside {@link #pick} (a request refused by the rate limit). */
  synchronized void struck() {
    injected++;
  }

  /** The fault for a request on {@code route}, or null. */
  public synchronized @Nullable Fault pick(Route route) {
    Fault fault = null;
    Deque<Fault> queue = perRoute.get(route);
    if (queue != null && !queue.isEmpty()) {
      fault = queue.removeFirst();
    } else if (!global.isEmpty()) {
      fault = global.removeFirst();
    } else {
      Random r = random;
      if (r != null && randomRoutes.contains(route) && r.nextDouble() < probability) {
        fault = randomFaults.get(r.nextInt(randomFaults.size()));
      }
    }
    if (fault != null) {
      injected++;
    }
    return fault;
  }

  /** How many faults struck so far. */
  public synchronized long injected() {
    return injected;
  }

  /** How many scripted faults are still waiting. */
  public synchronized int pending() {
    int n = global.size();
    for (Deque<Fault> q : perRoute.values()) {
      n += q.size();
    }
    return n;
  }

  /** Forgets scripted and random faults and the rate limit (the injected count stays). */
  public synchronized void clear() {
    perRoute.clear();
    global.clear();
    random = null;
    randomFaults = List.of();
    randomRoutes = EnumSet.noneOf(Route.class);
    bucket = null;
  }

  /** Forgets everything including the count. */
  public synchronized void reset() {
    clear();
    injected = 0;
  }
}
