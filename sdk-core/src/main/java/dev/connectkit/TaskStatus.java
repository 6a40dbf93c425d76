package dev.connectkit;

import java.util.Objects;

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
 * @param id the task number, from 0
 * @param state the task's state
 * @param workerId the worker running it, empty if none
 * @param trace the error text (Confluent Cloud's {@code msg}, Kafka Connect's {@code trace}), empty if none
 */
public record TaskStatus(int id, TaskState state, String workerId, String trace) {
  /** Checks that no component is null. */
  public TaskStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(trace, "trace");
  }
}
