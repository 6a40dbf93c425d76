package dev.connectkit;

import dev.connectkit.internal.Responses;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A connector's status: its state, worker, error trace and every task.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * ConnectorStatus status = client.status("sales-dev-orders-connector");
 * System.out.println(status.state() + " on " + status.workerId());
 * if (status.state().isFailed()) {
 *   System.err.println(status.trace());
 *   status.failedTasks().forEach(t -> System.err.println("task " + t.id() + ": " + t.trace()));
 * }
 * }</pre>
 *
 * <p>Only the SDK creates statuses (from the server's answers).
 */
public final class ConnectorStatus {
  static {
    Responses.install(new ResponseFactory());
  }

  private final String name;
  private final ConnectorType type;
  private final ConnectorState state;
  private final String workerId;
  private final String trace;
  private final List<TaskStatus> tasks;

  ConnectorStatus(
      String name, ConnectorType type, ConnectorState state, String workerId, String trace, List<TaskStatus> tasks) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.state = Objects.requireNonNull(state, "state");
    this.workerId = Objects.requireNonNull(workerId, "workerId");
    this.trace = Objects.requireNonNull(trace, "trace");
    this.tasks = List.copyOf(tasks);
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** Source or sink. */
  public ConnectorType type() {
    return type;
  }

  /** The connector's state. */
  public ConnectorState state() {
    return state;
  }

  /** The worker running the connector, empty if none. */
  public String workerId() {
    return workerId;
  }

  /** The connector's error text, empty if none. */
  public String trace() {
    return trace;
  }

  /** Every task, ordered by id. */
  public List<TaskStatus> tasks() {
    return tasks;
  }

  /** The tasks whose state is a failure. */
  public List<TaskStatus> failedTasks() {
    return tasks.stream().filter(t -> t.state().isFailed()).collect(Collectors.toUnmodifiableList());
  }

  /** Whether the connector is {@code RUNNING} and so is every task. */
  public boolean isHealthy() {
    return state.isHealthy() && tasks.stream().allMatch(t -> t.state().isHealthy());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ConnectorStatus)) {
      return false;
    }
    ConnectorStatus that = (ConnectorStatus) o;
    return name.equals(that.name)
        && type == that.type
        && state.equals(that.state)
        && workerId.equals(that.workerId)
        && trace.equals(that.trace)
        && tasks.equals(that.tasks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, state, workerId, trace, tasks);
  }

  @Override
  public String toString() {
    return "ConnectorStatus[name=" + name + ", type=" + type + ", state=" + state + ", workerId=" + workerId
        + ", trace=" + trace + ", tasks=" + tasks + "]";
  }
}
