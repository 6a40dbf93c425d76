package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every contestant sends and what the server answers: one scope, one connector, canned JSON bodies. The bodies are
 * built once; the server never serialises anything while a benchmark runs.
 */
final class Fixtures {
  static final Placement PLACEMENT = Placement.dedicated("bench", Stage.DEV);
  static final String ID = "orders";
  static final String NAME = ConnectorName.of(PLACEMENT, ID).fullName();
  static final String TOKEN = "bench-token";
  static final int LIST_SIZE = 100;
  static final int CONFIG_ENTRIES = 20;

  /** Scopes of the watch-scale lists: {@code /w100/dev/connectors?expand=…} and so on. */
  static Placement watchScope(int n) {
    return Placement.dedicated("w" + n, Stage.DEV);
  }

  static String watchName(int n, int i) {
    return ConnectorName.of(watchScope(n), "c" + i).fullName();
  }

  /** The 20 properties a create sends (a typical sink). */
  static Map<String, String> createProperties() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("topics", "orders");
    config.put("input.data.format", "JSON");
    config.put("tasks.max", "2");
    for (int i = config.size(); i < CONFIG_ENTRIES - 1; i++) {
      config.put("bench.property." + i, "value-" + i + "-of-a-typical-length");
    }
    return config;
  }

  static final String CONNECTOR_CLASS = "io.confluent.connect.http.HttpSinkConnectorV2";

  /** The SDK's config for the create benchmark, built once. */
  static GenericConnectorConfig sdkConfig() {
    GenericConnectorConfig.Builder b =
        GenericConnectorConfig.builder()
            .name(ConnectorName.of(PLACEMENT, ID))
            .connectorClass(CONNECTOR_CLASS)
            .type(ConnectorType.SINK);
    createProperties().forEach(b::property);
    return b.build();
  }

  /** The create body as the Self-Service API takes it (for the hand-written contestants). */
  static Map<String, String> wireConfig() {
    Map<String, String> wire = new LinkedHashMap<>();
    wire.put("connector.class", CONNECTOR_CLASS);
    wire.putAll(createProperties());
    return wire;
  }

  static String statusJson(String name, String state) {
    return "{\"name\":\"" + name + "\",\"type\":\"sink\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"worker-1\",\"trace\":\"\"},\"tasks\":[{\"id\":0,\"state\":\"" + state
        + "\",\"worker_id\":\"worker-1\",\"msg\":\"\"}]}";
  }

  /** A connector as create and get return it: name, type, 21 config entries, two tasks. */
  static String connectorJson() {
    StringBuilder sb = new StringBuilder("{\"name\":\"").append(NAME).append("\",\"type\":\"sink\",\"config\":{");
    boolean first = true;
    for (Map.Entry<String, String> e : wireConfig().entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
      first = false;
    }
    sb.append(",\"name\":\"").append(NAME).append('"');
    sb.append("},\"tasks\":[{\"connector\":\"").append(NAME).append("\",\"task\":0},{\"connector\":\"")
        .append(NAME).append("\",\"task\":1}]}");
    return sb.toString();
  }

  /**
   * {@code GET /connectors?expand=status,info,id} for {@code n} connectors; every {@code flipEvery}-th one (0: none)
   * is {@code PAUSED} instead of {@code RUNNING}, so two variants of a list differ in a known number of states.
   */
  static String listJson(int n, java.util.function.IntFunction<String> names, int flipEvery) {
    StringBuilder sb = new StringBuilder(n * 420).append('{');
    for (int i = 0; i < n; i++) {
      String name = names.apply(i);
      String state = flipEvery > 0 && i % flipEvery == 0 ? "PAUSED" : "RUNNING";
      sb.append(i == 0 ? "" : ",").append('"').append(name).append("\":{\"id\":{\"id\":\"lcc-").append(10000 + i)
          .append("\",\"id_type\":\"ID\"},\"info\":{\"name\":\"").append(name)
          .append("\",\"type\":\"sink\",\"config\":{\"connector.class\":\"").append(CONNECTOR_CLASS)
          .append("\",\"topics\":\"topic-").append(i).append("\",\"tasks.max\":\"1\",\"input.data.format\":\"JSON\"}},")
          .append("\"status\":").append(statusJson(name, state)).append('}');
    }
    return sb.append('}').toString();
  }

  /** A Kafka Connect worker's status: no {@code msg}, no {@code trace} while running. */
  static String kcStatusJson(String name, String state) {
    return "{\"name\":\"" + name + "\",\"connector\":{\"state\":\"" + state
        + "\",\"worker_id\":\"worker-1\"},\"tasks\":[{\"id\":0,\"state\":\"" + state
        + "\",\"worker_id\":\"worker-1\"}],\"type\":\"sink\"}";
  }

  /** A Kafka Connect worker's {@code GET /connectors?expand=status&expand=info} for 100 connectors. */
  static String kcListJson() {
    StringBuilder sb = new StringBuilder(LIST_SIZE * 420).append('{');
    for (int i = 0; i < LIST_SIZE; i++) {
      String name = ConnectorName.of(PLACEMENT, "c" + i).fullName();
      sb.append(i == 0 ? "" : ",").append('"').append(name).append("\":{\"info\":{\"name\":\"").append(name)
          .append("\",\"config\":{\"connector.class\":\"").append(CONNECTOR_CLASS)
          .append("\",\"topics\":\"topic-").append(i).append("\",\"tasks.max\":\"1\",\"input.data.format\":\"JSON\"},")
          .append("\"tasks\":[{\"connector\":\"").append(name).append("\",\"task\":0}],\"type\":\"sink\"},")
          .append("\"status\":").append(kcStatusJson(name, "RUNNING")).append('}');
    }
    return sb.append('}').toString();
  }

  static String listJson() {
    return listJson(LIST_SIZE, i -> ConnectorName.of(PLACEMENT, "c" + i).fullName(), 0);
  }

  private Fixtures() {}
}
