package dev.connectkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
 * <p>Only the SDK creates changes (a watch hands them to its listener).
 */
public final class ConnectorChange {
  private final ConnectorStatus previous;
  private final ConnectorStatus current;

  ConnectorChange(ConnectorStatus previous, ConnectorStatus current) {
    this.previous = Objects.requireNonNull(previous, "previous");
    this.current = Objects.requireNonNull(current, "current");
  }

  /** The status before. */
  public ConnectorStatus previous() {
    return previous;
  }

  /** The status now. */
  public ConnectorStatus current() {
    return current;
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorChange
        && ((ConnectorChange) o).previous.equals(previous)
        && ((ConnectorChange) o).current.equals(current);
  }

  @Override
  public int hashCode() {
    return Objects.hash(previous, current);
  }

  @Override
  public String toString() {
    return "ConnectorChange[previous=" + previous + ", current=" + current + "]";
  }

  /** One task's change: which task, its state before and now, and its message now. */
  public static final class TaskChange {
    private final int id;
    private final Optional<TaskState> previous;
    private final Optional<TaskState> current;
    private final String message;

    private TaskChange(int id, Optional<TaskState> previous, Optional<TaskState> current, String message) {
      this.id = id;
      this.previous = Objects.requireNonNull(previous, "previous");
      this.current = Objects.requireNonNull(current, "current");
      this.message = Objects.requireNonNull(message, "message");
    }

    /** The task id. */
    public int id() {
      return id;
    }

    /** Its state before, empty if it is new. */
    public Optional<TaskState> previous() {
      return previous;
    }

    /** Its state now, empty if it is gone. */
    public Optional<TaskState> current() {
      return current;
    }

    /** Its message now, empty if none. */
    public String message() {
      return message;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof TaskChange)) {
        return false;
      }
      TaskChange that = (TaskChange) o;
      return id == that.id
          && previous.equals(that.previous)
          && current.equals(that.current)
          && message.equals(that.message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, previous, current, message);
    }

    @Override
    public String toString() {
      return "task " + id + ": " + previous.map(TaskState::value).orElse("-") + " -> "
          + current.map(TaskState::value).orElse("gone") + (message.isEmpty() ? "" : " (" + message + ")");
    }
  }
}
