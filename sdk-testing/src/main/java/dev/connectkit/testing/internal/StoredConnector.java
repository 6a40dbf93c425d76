package dev.connectkit.testing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.connectkit.testing.LateFailure;
import org.jspecify.annotations.Nullable;

/** One connector held by the fake, with the state changes it is waiting for. */
public final class StoredConnector {
  /** A state change due at a time. */
  static final class Pending {
    final Instant due;
    final long seq;
    final String kind;

    Pending(Instant due, long seq, String kind) {
      this.due = due;
      this.seq = seq;
      this.kind = kind;
    }
  }

  /** One task's state and message. */
  public static final class Task {
    public String state;
    public String msg;

    Task(String state, String msg) {
      this.state = state;
      this.msg = msg;
    }
  }

  static final String PROVISIONED = "PROVISIONED";
  static final String PAUSE = "PAUSE";
  static final String RESUME = "RESUME";
  static final String RESTART = "RESTART";
  static final String RECONFIGURE = "RECONFIGURE";
  /** Kafka Connect only: the connector's tasks shut down; {@link #RESUME} starts them again. */
  static final String STOP = "STOP";
  /** Kafka Connect only: restart the connector instance, not its tasks. */
  static final String RESTART_CONNECTOR = "RESTART_CONNECTOR";
  private static final String RESTART_TASK = "RESTART_TASK:";
  /** A late failure after an accepted update: {@code FAILED} with {@link #lateTrace}. */
  static final String FAIL = "FAIL";

  /** Kafka Connect only: restart task {@code task}. */
  static String restartTask(int task) {
    return RESTART_TASK + task;
  }

  public final String name;
  public final String id;
  public final String businessUnit;
  public final String stage;
  public final String type;
  public final Instant createdAt;
  public Map<String, String> config;
  public String state = "PROVISIONING";
  public String trace = "";
  public final List<Task> tasks = new ArrayList<>();
  final List<Pending> pending = new ArrayList<>();
  public List<Object> offsets = new ArrayList<>();
  public @Nullable OffsetsRequest offsetsRequest;
  /** The late failure the next config update sets off, if any. */
  @Nullable LateFailure armedFailure;
  /** Status reads left before a late failure shows; -1 if none is counting down. */
  private int readsUntilFailure = -1;
  private String lateTrace = "";
  private long seq;
  // How often connector and tasks were restarted (restart, new config): a restarted task shows a new worker id.
  private int generation;

  /** The last alter-offsets request and when it takes effect. */
  public static final class OffsetsRequest {
    public final Map<String, Object> info;
    public final Instant due;
    public final List<Object> previous;
    public @Nullable Instant appliedAt;

    OffsetsRequest(Map<String, Object> info, Instant due, List<Object> previous) {
      this.info = info;
      this.due = due;
      this.previous = previous;
    }
  }

  StoredConnector(
      String name, String id, Scope scope, String type, Map<String, String> config, Instant createdAt) {
    this.name = name;
    this.id = id;
    this.businessUnit = scope.businessUnit;
    this.stage = scope.stage;
    this.type = type;
    this.config = new LinkedHashMap<>(config);
    this.createdAt = createdAt;
  }

  /** The worker the connector and its tasks run on; another one after each restart or reconfiguration. */
  String workerId() {
    return generation == 0 ? name : name + "-" + generation;
  }

  /** When the next scheduled change is due; null if none is. */
  @Nullable Instant nextDue() {
    Instant next = null;
    for (Pending p : pending) {
      if (next == null || p.due.isBefore(next)) {
        next = p.due;
      }
    }
    OffsetsRequest request = offsetsRequest;
    if (request != null && request.appliedAt == null && (next == null || request.due.isBefore(next))) {
      next = request.due;
    }
    return next;
  }

  void schedule(Instant due, String kind) {
    pending.add(new Pending(due, seq++, kind));
  }

  /** Sets off {@code failure} for an update accepted at {@code now}. */
  void failLater(LateFailure failure, Instant now) {
    lateTrace = failure.trace();
    readsUntilFailure = -1;
    pending.removeIf(p -> p.kind.equals(FAIL));
    java.util.Optional<java.time.Duration> delay = failure.delay();
    if (delay.isPresent()) {
      schedule(now.plus(delay.get()), FAIL);
    } else if (failure.statusReads() == 0) {
      schedule(now, FAIL);
    } else {
      readsUntilFailure = failure.statusReads();
    }
  }

  /** A client read the status at {@code now}: the last read before a late failure schedules it. */
  void statusRead(Instant now) {
    if (readsUntilFailure > 0 && --readsUntilFailure == 0) {
      readsUntilFailure = -1;
      schedule(now, FAIL);
    }
  }

  int taskCount() {
    try {
      return Math.max(1, Math.min(Integer.parseInt(config.getOrDefault("tasks.max", "1").trim()), 10));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Applies every state change due by {@code now}, in order. */
  void settle(Instant now) {
    pending.sort(Comparator.comparing((Pending p) -> p.due).thenComparingLong(p -> p.seq));
    while (!pending.isEmpty() && !pending.get(0).due.isAfter(now)) {
      apply(pending.remove(0).kind);
    }
    OffsetsRequest request = offsetsRequest;
    if (request != null && request.appliedAt == null && !request.due.isAfter(now)) {
      applyOffsets(request);
      request.appliedAt = request.due;
    }
  }

  private void apply(String kind) {
    switch (kind) {
      case PROVISIONED:
        if (state.equals("PROVISIONING")) {
          setAll("RUNNING", "RUNNING", "");
        }
        break;
      case PAUSE:
        if (!state.equals("PAUSED")) {
          setAll("PAUSED", "STOPPED", "");
        }
        break;
      case RESUME:
        if (state.equals("PAUSED") || state.equals("STOPPED")) {
          setAll("RUNNING", "RUNNING", "");
        }
        break;
      case RESTART:
        if (!state.equals("PAUSED") && !state.equals("PROVISIONING") && !state.equals("STOPPED")) {
          generation++;
          setAll("RUNNING", "RUNNING", "");
        }
        break;
      case RECONFIGURE:
        if (state.equals("RUNNING") || state.equals("DEGRADED") || state.equals("FAILED")) {
          generation++;
          if (state.equals("RUNNING")) {
            setAll("RUNNING", "RUNNING", "");
          }
        }
        break;
      case STOP:
        setAll("STOPPED", "", "");
        break;
      case FAIL:
        setAll("FAILED", "USER_ACTIONABLE_ERROR", lateTrace);
        tasks.forEach(t -> t.msg = lateTrace);
        break;
      case RESTART_CONNECTOR:
        if (state.equals("FAILED") || state.equals("DEGRADED")) {
          generation++;
          trace = "";
          boolean allRunning = tasks.stream().allMatch(t -> t.state.equals("RUNNING"));
          state = allRunning ? "RUNNING" : "DEGRADED";
        }
        break;
      default:
        if (!kind.startsWith(RESTART_TASK)) {
          throw new IllegalStateException(kind);
        }
        restartTaskNow(Integer.parseInt(kind.substring(RESTART_TASK.length())));
    }
  }

  /** Sets the connector state and every task to {@code taskState} (no tasks while provisioning). */
  void setAll(String connectorState, String taskState, String newTrace) {
    state = connectorState;
    trace = newTrace;
    tasks.clear();
    if (!connectorState.equals("PROVISIONING") && !connectorState.equals("STOPPED")) {
      for (int i = 0; i < taskCount(); i++) {
        tasks.add(new Task(taskState, ""));
      }
    }
  }

  private void restartTaskNow(int task) {
    if (task < tasks.size() && !state.equals("PAUSED") && !state.equals("STOPPED")) {
      tasks.get(task).state = "RUNNING";
      tasks.get(task).msg = "";
      if (state.equals("DEGRADED") || state.equals("FAILED")) {
        boolean allRunning = tasks.stream().allMatch(t -> t.state.equals("RUNNING"));
        state = allRunning && trace.isEmpty() ? "RUNNING" : state;
      }
    }
  }

  /** The names of {@code connectors}, in order: a list without {@code expand}. */
  static List<String> names(List<StoredConnector> connectors) {
    List<String> out = new ArrayList<>();
    connectors.forEach(c -> out.add(c.name));
    return out;
  }

  /** The tasks as Connect names them in a connector's body: {@code [{connector, task}]}. */
  public List<Object> taskRefs() {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("connector", name);
      task.put("task", (long) i);
      out.add(task);
    }
    return out;
  }

  /** {@link #setAll} for the inspection API. */
  public void setAllPublic(String connectorState, String taskState, String newTrace) {
    setAll(connectorState, taskState, newTrace);
  }

  @SuppressWarnings("unchecked")
  private void applyOffsets(OffsetsRequest request) {
    Object requested = request.info.get("offsets");
    List<Object> changes = requested instanceof List ? (List<Object>) requested : List.of();
    if ("DELETE".equals(request.info.get("type"))) {
      if (changes.isEmpty()) {
        offsets = new ArrayList<>();
      } else {
        offsets.removeIf(o -> changes.stream().anyMatch(c -> samePartition(o, c)));
      }
      return;
    }
    for (Object change : changes) {
      offsets.removeIf(o -> samePartition(o, change));
      offsets.add(change);
    }
  }

  /** Whether both offsets are of the same partition (as maps: key order differs between senders). */
  private static boolean samePartition(Object a, Object b) {
    return a instanceof Map
        && b instanceof Map
        && java.util.Objects.equals(((Map<?, ?>) a).get("partition"), ((Map<?, ?>) b).get("partition"));
  }

  void clearPending() {
    pending.clear();
    readsUntilFailure = -1;
  }
}
