package dev.connectkit.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apache Kafka Connect's wire shapes of a stored connector, as a 4.x worker writes them: config as stored (no
 * masking), states in Kafka Connect's vocabulary, {@code trace} omitted when empty, errors as {@code {error_code,
 * message}}.
 */
final class KafkaConnectBodies {
  static final String WORKER = "fake-worker:8083";

  private KafkaConnectBodies() {}

  static Reply error(int code, String message) {
    return Reply.errorCode(code, message);
  }

  /** {@code ConnectorInfo}: {@code {name, config, tasks: [{connector, task}], type}}. */
  static Map<String, Object> info(StoredConnector c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("config", new LinkedHashMap<>(c.config));
    out.put("tasks", c.taskRefs());
    out.put("type", c.type);
    return out;
  }

  /** The answer to a create: a real worker has assigned no tasks yet, so {@code tasks} is always empty. */
  static Map<String, Object> created(StoredConnector c) {
    Map<String, Object> out = info(c);
    out.put("tasks", List.of());
    return out;
  }

  /**
   * {@code ConnectorStateInfo}. {@code restartingConnector} and {@code restartingTasks} show instances a restart has
   * just been asked of as {@code RESTARTING}, as the restart's 202 answer does.
   */
  static Map<String, Object> status(StoredConnector c, boolean restartingConnector, List<Integer> restartingTasks) {
    Map<String, Object> connector = new LinkedHashMap<>();
    connector.put("state", restartingConnector ? "RESTARTING" : connectorState(c.state));
    connector.put("worker_id", WORKER);
    if (!c.trace.isEmpty()) {
      connector.put("trace", c.trace);
    }
    List<Object> tasks = new ArrayList<>();
    for (int i = 0; i < c.tasks.size(); i++) {
      StoredConnector.Task t = c.tasks.get(i);
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("id", (long) i);
      task.put("state", restartingTasks.contains(i) ? "RESTARTING" : taskState(t.state));
      task.put("worker_id", WORKER);
      if (!t.msg.isEmpty()) {
        task.put("trace", t.msg);
      }
      tasks.add(task);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("connector", connector);
    out.put("tasks", tasks);
    out.put("type", c.type);
    return out;
  }

  static Map<String, Object> status(StoredConnector c) {
    return status(c, false, List.of());
  }

  /**
   * The store's state in Kafka Connect's words: a connector not yet started is {@code UNASSIGNED}; one with a failed
   * task is still {@code RUNNING} (Kafka Connect reports task failures on the task only).
   */
  static String connectorState(String state) {
    switch (state) {
      case "PROVISIONING":
        return "UNASSIGNED";
      case "DEGRADED":
        return "RUNNING";
      default:
        return state;
    }
  }

  /** A paused task is {@code PAUSED}; every error state is {@code FAILED}. */
  static String taskState(String state) {
    switch (state) {
      case "STOPPED":
        return "PAUSED";
      case "USER_ACTIONABLE_ERROR":
      case "SYSTEM_ERROR":
        return "FAILED";
      default:
        return state;
    }
  }

  static boolean isFailed(String storeState) {
    return storeState.equals("FAILED")
        || storeState.equals("USER_ACTIONABLE_ERROR")
        || storeState.equals("SYSTEM_ERROR");
  }
}
