package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition.Operation;

/** How a wait's messages show a status. */
final class StatusText {
  private StatusText() {}

  /** {@code RUNNING}, or {@code RUNNING, task 0 FAILED} when a task is not where its connector is. */
  static String summary(ConnectorStatus status) {
    StringBuilder out = new StringBuilder(status.state().value());
    for (TaskStatus task : status.tasks()) {
      if (!task.state().value().equals(status.state().value())) {
        out.append(", task ").append(task.id()).append(' ').append(task.state().value());
      }
    }
    return out.toString();
  }

  /** The headline of a failure: what failed (the connector, or task N), and the first line of its trace. */
  static String failure(String name, Operation operation, ConnectorStatus status) {
    String waiting = " (waiting for " + TransitionRules.target(operation) + ")";
    if (status.state().isFailed() || status.failedTasks().isEmpty()) {
      return name + " is " + status.state().value() + firstLine(status.trace()) + waiting;
    }
    TaskStatus task = status.failedTasks().get(0);
    int more = status.failedTasks().size() - 1;
    return "task " + task.id() + " of " + name + " is " + task.state().value() + firstLine(task.trace())
        + (more > 0 ? " (and " + more + " more task" + (more > 1 ? "s" : "") + ")" : "") + waiting;
  }

  /** {@code ": first line"} of a trace, or nothing. */
  static String firstLine(String trace) {
    String t = trace.strip();
    if (t.isEmpty()) {
      return "";
    }
    int end = t.indexOf('\n');
    return ": " + (end < 0 ? t : t.substring(0, end).strip());
  }
}
