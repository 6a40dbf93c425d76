package dev.connectkit.benchmarks;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;
import dev.connectkit.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorDefinition;
import org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorsWithExpandedMetadata;

/**
 * {@link DecodeCheck} for the Kafka Connect comparison: the SDK and the peer decode into different types, so both are
 * reduced to one canonical text (every config entry, every task, every status of the 100 listed connectors) and
 * compared with what the canned bodies hold.
 */
final class PeerCheck {
  private PeerCheck() {}

  static void verify(String name, Contestant c) throws Exception {
    expect(name, "create", canonical(c.create()), DecodeCheck.expectedConnector());
    expect(name, "get", canonical(c.get()), DecodeCheck.expectedConnector());
    expect(name, "status", canonical(c.status()), status(Fixtures.NAME));
    expect(name, "list", canonical(c.list()), expectedList());
    Object paused = c.pause();
    boolean ok = paused instanceof Transition ? ((Transition) paused).name().equals(Fixtures.NAME)
        : Boolean.TRUE.equals(paused);
    if (!ok) {
      throw new IllegalStateException("decode check failed: " + name + " pause gave " + paused);
    }
  }

  private static void expect(String contestant, String op, String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new IllegalStateException("decode check failed: " + contestant + " " + op + " decoded\n  "
          + (actual.length() > 600 ? actual.substring(0, 600) + "…" : actual) + "\nexpected\n  "
          + (expected.length() > 600 ? expected.substring(0, 600) + "…" : expected));
    }
  }

  static String status(String name) {
    return "status " + name + " RUNNING worker-1 [0 RUNNING worker-1]";
  }

  static String expectedList() {
    Map<String, String> rows = new TreeMap<>();
    for (int i = 0; i < Fixtures.LIST_SIZE; i++) {
      String n = ConnectorName.of(Fixtures.PLACEMENT, "c" + i).fullName();
      Map<String, String> config = new TreeMap<>();
      config.put("connector.class", Fixtures.CONNECTOR_CLASS);
      config.put("topics", "topic-" + i);
      config.put("tasks.max", "1");
      config.put("input.data.format", "JSON");
      rows.put(n, "\n" + n + " sink " + config + " " + status(n));
    }
    return "list " + Fixtures.LIST_SIZE + String.join("", rows.values());
  }

  static String canonical(Object answer) {
    if (answer instanceof Connector) {
      return DecodeCheck.canonical(answer);
    }
    if (answer instanceof ConnectorDefinition) {
      ConnectorDefinition d = (ConnectorDefinition) answer;
      List<Integer> tasks = new ArrayList<>();
      for (ConnectorDefinition.TaskDefinition t : d.getTasks()) {
        tasks.add(t.getTask());
      }
      return "connector " + d.getName() + " " + d.getType() + " " + new TreeMap<>(d.getConfig()) + " tasks " + tasks;
    }
    if (answer instanceof ConnectorStatus) {
      ConnectorStatus s = (ConnectorStatus) answer;
      StringBuilder tasks = new StringBuilder();
      for (TaskStatus t : s.tasks()) {
        tasks.append(tasks.length() == 0 ? "" : ", ").append(t.id()).append(' ').append(t.state().value())
            .append(' ').append(t.workerId());
      }
      return "status " + s.name() + " " + s.state().value() + " " + s.workerId() + " [" + tasks + "]";
    }
    if (answer instanceof org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus) {
      org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus s =
          (org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus) answer;
      StringBuilder tasks = new StringBuilder();
      for (org.sourcelab.kafka.connect.apiclient.request.dto.ConnectorStatus.TaskStatus t : s.getTasks()) {
        tasks.append(tasks.length() == 0 ? "" : ", ").append(t.getId()).append(' ').append(t.getState())
            .append(' ').append(t.getWorkerId());
      }
      return "status " + s.getName() + " " + s.getConnector().get("state") + " " + s.getConnector().get("worker_id")
          + " [" + tasks + "]";
    }
    if (answer instanceof List) {
      Map<String, String> rows = new TreeMap<>();
      for (Object o : (List<?>) answer) {
        ConnectorInfo i = (ConnectorInfo) o;
        rows.put(i.name(), "\n" + i.name() + " " + i.type().id() + " " + new TreeMap<>(i.config()) + " "
            + canonical(i.status()));
      }
      return "list " + rows.size() + String.join("", rows.values());
    }
    if (answer instanceof ConnectorsWithExpandedMetadata) {
      ConnectorsWithExpandedMetadata m = (ConnectorsWithExpandedMetadata) answer;
      Map<String, String> rows = new TreeMap<>();
      m.getMappedDefinitions().forEach((n, d) -> rows.put(n, "\n" + n + " " + d.getType() + " "
          + new TreeMap<>(d.getConfig()) + " " + canonical(Objects.requireNonNull(m.getStatusForConnector(n)))));
      return "list " + rows.size() + String.join("", rows.values());
    }
    throw new IllegalStateException("no canonical form for " + answer.getClass().getName());
  }
}
