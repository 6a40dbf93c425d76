package dev.connectkit.testing.internal;

import dev.connectkit.testing.Fault;
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

/** Decides which fault, if any, strikes a request: scripted per route, then scripted for any route, then random. */
public final class FaultInjector {
  private final Map<Route, Deque<Fault>> perRoute = new EnumMap<>(Route.class);
  private final Deque<Fault> global = new ArrayDeque<>();
  private @Nullable Random random;
  private double probability;
  private Set<Route> randomRoutes = EnumSet.noneOf(Route.class);
  private List<Fault> randomFaults = List.of();
  private long injected;

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

  /** Forgets scripted and random faults (the injected count stays). */
  public synchronized void clear() {
    perRoute.clear();
    global.clear();
    random = null;
    randomFaults = List.of();
    randomRoutes = EnumSet.noneOf(Route.class);
  }

  /** Forgets everything including the count. */
  public synchronized void reset() {
    clear();
    injected = 0;
  }
}
