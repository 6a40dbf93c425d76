package dev.connectkit.micrometer;

import static dev.connectkit.micrometer.ConnectorStateMeters.CONNECTORS;
import static dev.connectkit.micrometer.ConnectorStateMeters.CONNECTOR_FAILED_TASKS;
import static dev.connectkit.micrometer.ConnectorStateMeters.CONNECTOR_UP;
import static dev.connectkit.micrometer.ConnectorStateMeters.TASKS;
import static dev.connectkit.micrometer.ConnectorStateMeters.UNTRACKED;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.WatchListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The gauges of {@link ConnectorStateMeters}, kept by the watch's events. */
final class StateGauges implements WatchListener {
  private static final List<String> CONNECTOR_STATES = List.of("PROVISIONING", "RUNNING", "DEGRADED", "PAUSED",
      "STOPPED", "FAILED", "RESTARTING", "UNASSIGNED", "OTHER");
  private static final List<String> TASK_STATES = List.of("RUNNING", "PAUSED", "FAILED", "RESTARTING", "UNASSIGNED",
      "OTHER");

  private final MeterRegistry registry;
  private final Tags tags;
  private final int maxTracked;
  private final Map<String, ConnectorStatus> latest = new LinkedHashMap<>();
  private final Map<String, List<Meter>> tracked = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> connectorCounts = new LinkedHashMap<>();
  private final Map<String, AtomicInteger> taskCounts = new LinkedHashMap<>();
  private final AtomicInteger untracked = new AtomicInteger();
  private final List<Meter> aggregates = new ArrayList<>();

  StateGauges(MeterRegistry registry, Tags tags, int maxTracked) {
    this.registry = registry;
    this.tags = tags;
    this.maxTracked = maxTracked;
    refuseASecondWithTheSameTags(registry, tags);
    for (String state : CONNECTOR_STATES) {
      AtomicInteger count = new AtomicInteger();
      connectorCounts.put(state, count);
      aggregates.add(Gauge.builder(CONNECTORS, count, AtomicInteger::get)
          .description("ConnectKit: watched connectors in each state").tags(tags).tag("state", state)
          .register(registry));
    }
    for (String state : TASK_STATES) {
      AtomicInteger count = new AtomicInteger();
      taskCounts.put(state, count);
      aggregates.add(Gauge.builder(TASKS, count, AtomicInteger::get)
          .description("ConnectKit: tasks of watched connectors in each state").tags(tags).tag("state", state)
          .register(registry));
    }
    aggregates.add(Gauge.builder(UNTRACKED, untracked, AtomicInteger::get)
        .description("ConnectKit: watched connectors without gauges of their own").tags(tags).register(registry));
  }

  /**
   * A registry keeps one gauge per name and tags: a second set of state gauges with the same tags would export
   * nothing of its own, and closing either would remove both.
   */
  private static void refuseASecondWithTheSameTags(MeterRegistry registry, Tags tags) {
    Tags mine = tags.and("state", CONNECTOR_STATES.get(0));
    for (Gauge gauge : registry.find(CONNECTORS).gauges()) {
      if (Tags.of(gauge.getId().getTags()).equals(mine)) {
        throw new IllegalStateException("state gauges " + CONNECTORS + " with tags " + tags + " are registered "
            + "already (another ConnectorStateMeters watch on this registry); give each watch its own tag, e.g. "
            + ".tag(\"cluster\", \"lkc-1\"), or close the other first");
      }
    }
  }

  @Override
  public synchronized void onAppeared(ConnectorStatus status) {
    latest.put(status.name(), status);
    if (tracked.size() < maxTracked) {
      track(status.name());
    }
    recount();
  }

  @Override
  public synchronized void onTransition(ConnectorChange change) {
    latest.put(change.name(), change.current());
    recount();
  }

  @Override
  public synchronized void onDeleted(ConnectorStatus last) {
    latest.remove(last.name());
    List<Meter> meters = tracked.remove(last.name());
    if (meters != null) {
      meters.forEach(registry::remove);
      // The freed slot goes to the first connector still without gauges.
      for (String name : latest.keySet()) {
        if (!tracked.containsKey(name)) {
          track(name);
          break;
        }
      }
    }
    recount();
  }

  @Override
  public synchronized void onClosed() {
    tracked.values().forEach(meters -> meters.forEach(registry::remove));
    tracked.clear();
    aggregates.forEach(registry::remove);
    latest.clear();
  }

  private void track(String name) {
    List<Meter> meters = List.of(
        Gauge.builder(CONNECTOR_UP, () -> up(name)).description("ConnectKit: 1 when the connector runs, no task failed")
            .tags(tags).tag("connector", name).register(registry),
        Gauge.builder(CONNECTOR_FAILED_TASKS, () -> failedTasks(name))
            .description("ConnectKit: the connector's failed tasks").tags(tags).tag("connector", name)
            .register(registry));
    tracked.put(name, meters);
  }

  private synchronized int up(String name) {
    ConnectorStatus s = latest.get(name);
    return s != null && s.state().equals(ConnectorState.RUNNING) && s.failedTasks().isEmpty() ? 1 : 0;
  }

  private synchronized int failedTasks(String name) {
    ConnectorStatus s = latest.get(name);
    return s == null ? 0 : s.failedTasks().size();
  }

  /**
   * Counts into fresh maps, then sets each gauge once: a scrape (which reads the gauges without this lock) never sees
   * a count half rebuilt, such as {@code FAILED} at 0 for a moment.
   */
  private void recount() {
    Map<String, Integer> connectors = new HashMap<>();
    Map<String, Integer> tasks = new HashMap<>();
    for (ConnectorStatus status : latest.values()) {
      count(connectorCounts, connectors, status.state().isFailed() ? "FAILED" : status.state().value());
      for (TaskStatus task : status.tasks()) {
        TaskState state = task.state();
        count(taskCounts, tasks, state.isFailed() ? "FAILED" : state.value());
      }
    }
    connectorCounts.forEach((state, gauge) -> gauge.set(connectors.getOrDefault(state, 0)));
    taskCounts.forEach((state, gauge) -> gauge.set(tasks.getOrDefault(state, 0)));
    untracked.set(latest.size() - tracked.size());
  }

  /** Counts {@code state} in {@code into}, under {@code OTHER} if it has no gauge of its own. */
  private static void count(Map<String, AtomicInteger> gauges, Map<String, Integer> into, String state) {
    into.merge(gauges.containsKey(state) ? state : "OTHER", 1, Integer::sum);
  }
}
