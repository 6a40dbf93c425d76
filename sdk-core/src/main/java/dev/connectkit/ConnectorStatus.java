package dev.connectkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
 * @param name the connector's full name
 * @param type source or sink
 * @param state the connector's state
 * @param workerId the worker running the connector, empty if none
 * @param trace the connector's error text, empty if none
 * @param tasks every task, ordered by id
 */
public record ConnectorStatus(
    String name, ConnectorType type, ConnectorState state, String workerId, String trace, List<TaskStatus> tasks) {
  /** Checks that no component is null and copies the task list. */
  public ConnectorStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(trace, "trace");
    tasks = List.copyOf(tasks);
  }

  /** The tasks whose state is a failure. */
  public List<TaskStatus> failedTasks() {
    return tasks.stream().filter(t -> t.state().isFailed()).collect(Collectors.toUnmodifiableList());
  }

  /** Whether the connector is {@code RUNNING} and so is every task. */
  public boolean isHealthy() {
    return state.isHealthy() && tasks.stream().allMatch(t -> t.state().isHealthy());
  }
}
