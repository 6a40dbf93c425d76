package dev.connectkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One task of a connector: its id, state, worker and error text.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * client.status(name).tasks().stream()
 *     .filter(t -> t.state().isFailed())
 *     .forEach(t -> System.err.println("task " + t.id() + " " + t.state() + ": " + t.trace()));
 * }</pre>
 *
 * <p>Only the SDK creates task statuses (from the server's answers).
 */
public final class TaskStatus {
  private final int id;
  private final TaskState state;
  private final String workerId;
  private final String trace;

  TaskStatus(int id, TaskState state, String workerId, String trace) {
    this.id = id;
    this.state = Objects.requireNonNull(state, "state");
    this.workerId = Objects.requireNonNull(workerId, "workerId");
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  /** The task number, from 0. */
  public int id() {
    return id;
  }

  /** The task's state. */
  public TaskState state() {
    return state;
  }

  /** The worker running it, empty if none. */
  public String workerId() {
    return workerId;
  }

  /** The error text (Confluent Cloud's {@code msg}, Kafka Connect's {@code trace}), empty if none. */
  public String trace() {
    return trace;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof TaskStatus)) {
      return false;
    }
    TaskStatus that = (TaskStatus) o;
    return id == that.id && state.equals(that.state) && workerId.equals(that.workerId) && trace.equals(that.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, workerId, trace);
  }

  @Override
  public String toString() {
    return "TaskStatus[id=" + id + ", state=" + state + ", workerId=" + workerId + ", trace=" + trace + "]";
  }
}
