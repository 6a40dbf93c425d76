package dev.connectkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed between two statuses of a connector that a {@link Watch} observed: the connector's state, and each
 * task that appeared, disappeared or changed state or message.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * client.watch(WatchSelector.all(), new WatchListener() {
 *   public void onTransition(ConnectorChange change) {
 *     System.out.println(change.name() + ": " + change.previous().state() + " -> " + change.current().state());
 *     change.taskChanges().forEach(t -> System.out.println("  " + t));
 *   }
 * });
 * }</pre>
 *
 * @param previous the status before
 * @param current the status now
 */
public record ConnectorChange(ConnectorStatus previous, ConnectorStatus current) {
  /** Checks that no component is null. */
  public ConnectorChange {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }

  /** The connector's full name. */
  public String name() {
    return current.name();
  }

  /** Whether the connector's own state changed (as opposed to only its trace or tasks). */
  public boolean stateChanged() {
    return !previous.state().equals(current.state());
  }

  /** Each task that appeared, disappeared, or changed state or message, by task id. */
  public List<TaskChange> taskChanges() {
    Map<Integer, TaskStatus> before = new TreeMap<>();
    previous.tasks().forEach(t -> before.put(t.id(), t));
    Map<Integer, TaskStatus> after = new TreeMap<>();
    current.tasks().forEach(t -> after.put(t.id(), t));
    TreeMap<Integer, TaskChange> out = new TreeMap<>();
    before.forEach((id, b) -> {
      TaskStatus a = after.get(id);
      if (a == null) {
        out.put(id, new TaskChange(id, Optional.of(b.state()), Optional.empty(), ""));
      } else if (!a.state().equals(b.state()) || !a.trace().equals(b.trace())) {
        out.put(id, new TaskChange(id, Optional.of(b.state()), Optional.of(a.state()), a.trace()));
      }
    });
    after.forEach((id, a) -> {
      if (!before.containsKey(id)) {
        out.put(id, new TaskChange(id, Optional.empty(), Optional.of(a.state()), a.trace()));
      }
    });
    return List.copyOf(new ArrayList<>(out.values()));
  }

  /**
   * One task's change.
   *
   * @param id the task id
   * @param previous its state before, empty if it is new
   * @param current its state now, empty if it is gone
   * @param message its message now, empty if none
   */
  public record TaskChange(int id, Optional<TaskState> previous, Optional<TaskState> current, String message) {
    /** Checks that no component is null. */
    public TaskChange {
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "task " + id + ": " + previous.map(TaskState::value).orElse("-") + " -> "
          + current.map(TaskState::value).orElse("gone") + (message.isEmpty() ? "" : " (" + message + ")");
    }
  }
}
