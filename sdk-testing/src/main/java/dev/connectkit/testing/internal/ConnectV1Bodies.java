package dev.connectkit.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Connect v1's wire shapes of a stored connector, shared by Self-Service and Confluent Cloud: the config as {@link
 * ReadBack} shows it (secrets masked, defaults and server keys added), states in Connect v1's vocabulary, errors as
 * {@code {"error": {code, message}}}.
 */
final class ConnectV1Bodies {
  private final PluginCatalog catalog;

  ConnectV1Bodies(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  /** The config as a read shows it. */
  Map<String, String> config(StoredConnector c) {
    return ReadBack.connectV1(c.config, catalog.plugin(c.config.getOrDefault("connector.class", "")));
  }

  /** {@code Connector}: {@code {name, type, config, tasks: [{connector, task}]}}. */
  Map<String, Object> connector(StoredConnector c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("type", c.type);
    out.put("config", config(c));
    out.put("tasks", c.taskRefs());
    return out;
  }

  /** {@code ConnectorWithOffsets}, the answer to a create. */
  Map<String, Object> created(StoredConnector c) {
    Map<String, Object> out = connector(c);
    out.put("offsets", List.of());
    return out;
  }

  /** One entry of {@code ConnectorExpansionMap}, with the expansions asked for. */
  Map<String, Object> expanded(StoredConnector c, java.util.Set<String> expand) {
    Map<String, Object> entry = new LinkedHashMap<>();
    if (expand.contains("id")) {
      entry.put("id", Map.of("id", c.id, "id_type", "ID"));
    }
    if (expand.contains("info")) {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("name", c.name);
      info.put("config", config(c));
      info.put("type", c.type);
      entry.put("info", info);
    }
    if (expand.contains("status")) {
      entry.put("status", status(c));
    }
    return entry;
  }

  /** The status object: {@code {name, type, connector: {state, worker_id, trace}, tasks: [{id, state, worker_id, msg}]}}. */
  static Map<String, Object> status(StoredConnector c) {
    Map<String, Object> connector = new LinkedHashMap<>();
    connector.put("state", c.state);
    connector.put("worker_id", c.workerId());
    connector.put("trace", c.trace);
    List<Object> tasks = new ArrayList<>();
    for (int i = 0; i < c.tasks.size(); i++) {
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("id", (long) i);
      task.put("state", c.tasks.get(i).state);
      task.put("worker_id", c.workerId());
      task.put("msg", c.tasks.get(i).msg);
      tasks.add(task);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("type", c.type);
    out.put("connector", connector);
    out.put("tasks", tasks);
    return out;
  }

  /** {@code ConnectorOffsets}: {@code {name, id, offsets, metadata: {observed_at}}}. */
  static Map<String, Object> offsets(StoredConnector c, java.time.Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("id", c.id);
    out.put("offsets", new ArrayList<>(c.offsets));
    out.put("metadata", Map.of("observed_at", now.toString()));
    return out;
  }

  /** {@code AlterOffsetStatus} of the connector's last request. */
  static Map<String, Object> offsetsRequestStatus(StoredConnector.OffsetsRequest request) {
    java.time.Instant appliedAt = request.appliedAt;
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("phase", appliedAt == null ? "PENDING" : "APPLIED");
    status.put(
        "message",
        appliedAt == null ? "The offsets request is being applied" : "The offsets were applied to the connector");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("request", request.info);
    out.put("status", status);
    out.put("previous_offsets", request.previous);
    out.put("applied_at", appliedAt == null ? null : appliedAt.toString());
    return out;
  }

  /** Connect v1's answer to a refusal; an unknown plugin is its {@code {error_code, message}} 500. */
  static Reply refused(Refusal r) {
    switch (r.kind) {
      case DUPLICATE:
        return Reply.error(409, r.reason);
      case UNKNOWN_PLUGIN:
        return Reply.errorCode(500, r.reason);
      default:
        return Reply.error(400, r.reason);
    }
  }

  static Reply notFound(String name) {
    return Reply.error(404, "Connector " + name + " not found");
  }
}
