package dev.connectkit.benchmarks;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Proves, before a run, that a contestant decodes every response into typed objects: each answer is reduced to a
 * canonical text made of every decoded field (names, types, every config entry, every task, every status of the 100
 * listed connectors) and compared with the text the canned response must give. A contestant that skipped a field, or
 * returned the raw body, fails here and the run stops.
 */
final class DecodeCheck {
  private DecodeCheck() {}

  /**
   * Runs every operation of {@code contestant} once and compares.
   *
   * @throws IllegalStateException naming the operation whose decoded answer differs
   */
  static void verify(String name, Contestant contestant) throws Exception {
    expect(name, "create", canonical(contestant.create()), expectedConnector());
    expect(name, "get", canonical(contestant.get()), expectedConnector());
    expect(name, "status", canonical(contestant.status()), expectedStatus(Fixtures.NAME));
    expect(name, "list", canonical(contestant.list()), expectedList());
    Object paused = contestant.pause();
    String pause = paused instanceof Transition ? ((Transition) paused).name() : String.valueOf(paused);
    String expectedPause = paused instanceof Transition ? Fixtures.NAME : "202";
    expect(name, "pause", pause, expectedPause);
  }

  private static void expect(String contestant, String op, String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException(
          "decode check failed: " + contestant + " " + op + " decoded\n  " + abbreviate(actual) + "\nexpected\n  "
              + abbreviate(expected));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "… (" + s.length() + " chars)" : s;
  }

  static String expectedConnector() {
    Map<String, String> config = new TreeMap<>(Fixtures.wireConfig());
    config.put("name", Fixtures.NAME);
    return "connector " + Fixtures.NAME + " sink " + config + " tasks [0, 1]";
  }

  static String expectedStatus(String name) {
    return "status " + name + " sink RUNNING worker-1 '' [0 RUNNING worker-1 '']";
  }

  static String expectedList() {
    StringBuilder sb = new StringBuilder("list " + Fixtures.LIST_SIZE);
    Map<String, String> rows = new TreeMap<>();
    for (int i = 0; i < Fixtures.LIST_SIZE; i++) {
      String n = dev.connectkit.ConnectorName.of(Fixtures.PLACEMENT, "c" + i).fullName();
      Map<String, String> config = new TreeMap<>();
      config.put("connector.class", Fixtures.CONNECTOR_CLASS);
      config.put("topics", "topic-" + i);
      config.put("tasks.max", "1");
      config.put("input.data.format", "JSON");
      rows.put(n, "\n" + n + " lcc-" + (10000 + i) + " sink " + config + " " + expectedStatus(n));
    }
    rows.values().forEach(sb::append);
    return sb.toString();
  }

  /** The canonical text of any contestant's answer. */
  static String canonical(Object answer) {
    if (answer instanceof Connector) {
      Connector c = (Connector) answer;
      return "connector " + c.name() + " " + c.type().id() + " " + new TreeMap<>(c.config()) + " tasks "
          + c.taskIds();
    }
    if (answer instanceof Dtos.Connector) {
      Dtos.Connector c = (Dtos.Connector) answer;
      List<Integer> tasks = new ArrayList<>();
      for (Dtos.TaskId t : Objects.requireNonNull(c.tasks)) {
        tasks.add(t.task);
      }
      return "connector " + c.name + " " + c.type + " " + new TreeMap<>(Objects.requireNonNull(c.config)) + " tasks "
          + tasks;
    }
    if (answer instanceof ConnectorStatus) {
      ConnectorStatus s = (ConnectorStatus) answer;
      StringBuilder tasks = new StringBuilder();
      for (TaskStatus t : s.tasks()) {
        tasks.append(tasks.length() == 0 ? "" : ", ").append(t.id()).append(' ').append(t.state().value()).append(' ')
            .append(t.workerId()).append(" '").append(t.trace()).append('\'');
      }
      return "status " + s.name() + " " + s.type().id() + " " + s.state().value() + " " + s.workerId() + " '"
          + s.trace() + "' [" + tasks + "]";
    }
    if (answer instanceof Dtos.Status) {
      Dtos.Status s = (Dtos.Status) answer;
      Dtos.ConnectorState c = Objects.requireNonNull(s.connector);
      StringBuilder tasks = new StringBuilder();
      for (Dtos.TaskState t : Objects.requireNonNull(s.tasks)) {
        tasks.append(tasks.length() == 0 ? "" : ", ").append(t.id).append(' ').append(t.state).append(' ')
            .append(t.worker_id).append(" '").append(t.msg).append('\'');
      }
      return "status " + s.name + " " + s.type + " " + c.state + " " + c.worker_id + " '" + c.trace + "' [" + tasks
          + "]";
    }
    if (answer instanceof List) {
      List<?> infos = (List<?>) answer;
      Map<String, String> rows = new TreeMap<>();
      for (Object o : infos) {
        ConnectorInfo i = (ConnectorInfo) o;
        rows.put(i.name(), "\n" + i.name() + " " + i.id().orElse("?") + " " + i.type().id() + " "
            + new TreeMap<>(i.config()) + " " + canonical(i.status()));
      }
      return "list " + infos.size() + String.join("", rows.values());
    }
    if (answer instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) answer;
      Map<String, String> rows = new TreeMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String n = (String) e.getKey();
        Dtos.Expansion x = (Dtos.Expansion) Objects.requireNonNull(e.getValue());
        Dtos.Info info = Objects.requireNonNull(x.info);
        rows.put(n, "\n" + n + " " + Objects.requireNonNull(x.id).id + " " + info.type + " "
            + new TreeMap<>(Objects.requireNonNull(info.config)) + " " + canonical(Objects.requireNonNull(x.status)));
      }
      return "list " + map.size() + String.join("", rows.values());
    }
    throw new IllegalStateException("no canonical form for " + answer.getClass().getName());
  }
}
