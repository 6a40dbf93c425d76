package dev.connectkit.testing.internal;

import dev.connectkit.testing.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Apache Kafka Connect's REST API (4.x): paths from the worker's root, no authentication, the client's name taken as
 * sent, 201 create and 409 duplicate, 202 pause/resume, 204 stop and delete, restart 204 or 202 with the restarting
 * status, task restart, synchronous offsets on a {@code STOPPED} connector, repeated {@code expand}, {@code
 * {error_code, message}} errors, config echoed as stored.
 */
public final class KafkaConnectRoutes implements TargetRoutes {
  /** The one scope of a Kafka Connect cluster. */
  public static final Scope CLUSTER = new Scope("kafka-connect", "cluster", null);

  private final Settings settings;
  private final ConnectorStore store;

  public KafkaConnectRoutes(Settings settings, ConnectorStore store) {
    this.settings = settings;
    this.store = store;
  }

  @Override
  public Reply error(int code, String message) {
    return KafkaConnectBodies.error(code, message);
  }

  @Override
  public RoutedCall resolve(RecordedRequest request) {
    List<String> rest = new ArrayList<>(request.getUrl().pathSegments());
    if (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
      rest.remove(rest.size() - 1); // trailing slash
    }
    Route route = route(request.getMethod(), rest);
    if (route == null) {
      return RoutedCall.answered(
          request,
          error(404, "FakeConnectorApi (Kafka Connect) has no route for " + request.getMethod() + " "
              + request.getUrl().encodedPath()));
    }
    return RoutedCall.to(request, route, CLUSTER, rest);
  }

  private static @Nullable Route route(String method, List<String> rest) {
    int n = rest.size();
    if (!ConnectorPaths.belowConnector(rest, n)) {
      return ConnectorPaths.shared(method, rest, n);
    }
    if (n == 5 && rest.get(2).equals("tasks") && rest.get(4).equals("restart")) {
      return method.equals("POST") ? Route.RESTART_TASK : null;
    }
    if (n != 3) {
      return null;
    }
    switch (rest.get(2) + " " + method) {
      case "config GET":
        return Route.GET_CONFIG;
      case "config PUT":
        return Route.UPDATE_CONFIG;
      case "pause PUT":
        return Route.PAUSE;
      case "resume PUT":
        return Route.RESUME;
      case "stop PUT":
        return Route.STOP;
      case "restart POST":
        return Route.RESTART;
      case "status GET":
        return Route.STATUS;
      case "offsets GET":
        return Route.OFFSETS;
      case "offsets PATCH":
      case "offsets DELETE":
        return Route.ALTER_OFFSETS;
      default:
        return null;
    }
  }

  @Override
  public Reply apply(RoutedCall call, @Nullable Object json) {
    Route route = Objects.requireNonNull(call.route);
    String name = call.name();
    synchronized (store) {
      switch (route) {
        case CREATE:
          return create(json);
        case LIST:
          return list(call.request);
        case VALIDATE:
          return validate(name, json);
        case UPDATE_CONFIG:
          return putConfig(name, json);
        default:
          break;
      }
      StoredConnector c = store.find(CLUSTER, name);
      if (c == null) {
        return error(404, notFound(route, name));
      }
      switch (route) {
        case GET:
          return Reply.json(200, KafkaConnectBodies.info(c));
        case GET_CONFIG:
          return Reply.json(200, new LinkedHashMap<>(c.config));
        case DELETE:
          store.remove(CLUSTER, name);
          return Reply.empty(204);
        case PAUSE:
          store.request(CLUSTER, name, StoredConnector.PAUSE);
          return Reply.empty(202);
        case RESUME:
          store.request(CLUSTER, name, StoredConnector.RESUME);
          return Reply.empty(202);
        case STOP:
          store.request(CLUSTER, name, StoredConnector.STOP);
          return Reply.empty(204);
        case RESTART:
          return restart(c, call.request);
        case RESTART_TASK:
          return restartTask(c, call.rest.get(3));
        case STATUS:
          Reply status = Reply.json(200, KafkaConnectBodies.status(c));
          store.statusRead(c);
          return status;
        case OFFSETS:
          return Reply.json(200, Map.of("offsets", new ArrayList<>(c.offsets)));
        case ALTER_OFFSETS:
          return alterOffsets(c, call.request.getMethod(), json);
        default:
          throw new AssertionError(route);
      }
    }
  }

  /** Kafka Connect's own not-found wording, which differs by operation. */
  private static String notFound(Route route, String name) {
    switch (route) {
      case PAUSE:
      case RESUME:
      case STOP:
        return "Unknown connector " + name;
      case RESTART:
      case RESTART_TASK:
        return "Unknown connector: " + name;
      case STATUS:
        return "No status found for connector " + name;
      default:
        return "Connector " + name + " not found";
    }
  }

  private Reply refused(Refusal r) {
    return error(r.kind == Refusal.Kind.DUPLICATE ? 409 : 400, r.reason);
  }

  private Reply create(@Nullable Object json) {
    Map<?, ?> request = json instanceof Map ? (Map<?, ?>) json : Map.of();
    Object rawName = request.get("name");
    if (!(rawName instanceof String) || ((String) rawName).isBlank()) {
      return error(400, "Connector name must be specified: {\"name\": \"...\", \"config\": {...}}");
    }
    Object initialState = request.get("initial_state");
    if (initialState != null && !"RUNNING".equals(initialState) && !"PAUSED".equals(initialState)
        && !"STOPPED".equals(initialState)) {
      return error(400, "Invalid initial state: " + initialState + "; valid: RUNNING, PAUSED, STOPPED");
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = Json.stringMap(request.get("config"), config);
    if (problem != null) {
      return error(400, problem);
    }
    String name = ((String) rawName).trim();
    try {
      StoredConnector c = store.add(CLUSTER, name, config);
      if ("PAUSED".equals(initialState) || "STOPPED".equals(initialState)) {
        // KIP-980: the connector starts in that state.
        store.request(CLUSTER, name, "PAUSED".equals(initialState) ? StoredConnector.PAUSE : StoredConnector.STOP);
      }
      return Reply.json(201, KafkaConnectBodies.created(c)).header("Location", "/connectors/" + name);
    } catch (Refusal r) {
      return refused(r);
    }
  }

  /** {@code PUT /config}: 201 when it creates the connector, 200 when it replaces the config. */
  private Reply putConfig(String name, @Nullable Object json) {
    Map<String, String> config = new LinkedHashMap<>();
    String problem = Json.stringMap(json, config);
    if (problem != null) {
      return error(400, problem);
    }
    StoredConnector existing = store.find(CLUSTER, name);
    try {
      return existing == null
          ? Reply.json(201, KafkaConnectBodies.created(store.add(CLUSTER, name, config)))
          : Reply.json(200, KafkaConnectBodies.info(store.replace(existing, config)));
    } catch (Refusal r) {
      return refused(r);
    }
  }

  /** {@code expand} is repeated here ({@code expand=status&expand=info}); unknown values are ignored. */
  private Reply list(RecordedRequest request) {
    List<String> expand = new ArrayList<>();
    for (String value : request.getUrl().queryParameterValues("expand")) {
      if (value != null) {
        expand.add(value);
      }
    }
    List<StoredConnector> all = store.inScope(CLUSTER);
    if (expand.isEmpty()) {
      return Reply.json(200, StoredConnector.names(all));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (StoredConnector c : all) {
      Map<String, Object> entry = new LinkedHashMap<>();
      if (expand.contains("status")) {
        entry.put("status", KafkaConnectBodies.status(c));
        store.countStatusRead(c);
      }
      if (expand.contains("info")) {
        entry.put("info", KafkaConnectBodies.info(c));
      }
      out.put(c.name, entry);
    }
    return Reply.json(200, out);
  }

  private Reply validate(String plugin, @Nullable Object json) {
    if (settings.catalog.plugin(plugin) == null) {
      return error(500, "org.apache.kafka.connect.runtime.rest.errors.BadRequestException: Failed to find any class "
          + "that implements Connector and which name matches " + plugin);
    }
    Reply reply = ValidateBodies.validate(settings.catalog, plugin, json);
    return reply.code == 200 ? reply : error(400, "config must be a JSON object of string values");
  }

  /**
   * Both false: the connector instance only, 204. Otherwise 202 with the status showing what restarts (the
   * connector unless only failed instances are asked for and it has not failed; the tasks asked for).
   */
  private Reply restart(StoredConnector c, RecordedRequest request) {
    boolean includeTasks = "true".equals(request.getUrl().queryParameter("includeTasks"));
    boolean onlyFailed = "true".equals(request.getUrl().queryParameter("onlyFailed"));
    if (!includeTasks && !onlyFailed) {
      store.request(CLUSTER, c.name, StoredConnector.RESTART_CONNECTOR);
      return Reply.empty(204);
    }
    boolean connector = !onlyFailed || c.state.equals("FAILED");
    List<Integer> tasks = new ArrayList<>();
    for (int i = 0; includeTasks && i < c.tasks.size(); i++) {
      if (!onlyFailed || KafkaConnectBodies.isFailed(c.tasks.get(i).state)) {
        tasks.add(i);
      }
    }
    Reply reply = Reply.json(202, KafkaConnectBodies.status(c, connector, tasks));
    if (includeTasks && !onlyFailed) {
      store.request(CLUSTER, c.name, StoredConnector.RESTART);
      return reply;
    }
    if (connector) {
      store.request(CLUSTER, c.name, StoredConnector.RESTART_CONNECTOR);
    }
    tasks.forEach(t -> store.request(CLUSTER, c.name, StoredConnector.restartTask(t)));
    return reply;
  }

  private Reply restartTask(StoredConnector c, String task) {
    int id;
    try {
      id = Integer.parseInt(task);
    } catch (NumberFormatException e) {
      return error(404, "Unknown task: " + c.name + "-" + task);
    }
    if (id < 0 || id >= c.tasks.size()) {
      return error(404, "Unknown task: " + c.name + "-" + task);
    }
    store.request(CLUSTER, c.name, StoredConnector.restartTask(id));
    return Reply.empty(204);
  }

  /** Synchronous, and only for a {@code STOPPED} connector. */
  private Reply alterOffsets(StoredConnector c, String method, @Nullable Object json) {
    if (!c.state.equals("STOPPED")) {
      return error(400, "Connectors must be in the STOPPED state before their offsets can be modified. This can be "
          + "done for the specified connector by issuing a 'PUT' request to the '/connectors/" + c.name
          + "/stop' endpoint");
    }
    boolean reset = method.equals("DELETE");
    Object offsets = json instanceof Map ? ((Map<?, ?>) json).get("offsets") : null;
    if (!reset && !(offsets instanceof List && !((List<?>) offsets).isEmpty())) {
      return error(400, "Partitions / offsets need to be provided for an alter offsets request");
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("type", reset ? "DELETE" : "PATCH");
    info.put("offsets", reset ? List.of() : new ArrayList<>((List<?>) Objects.requireNonNull(offsets)));
    Instant now = settings.clock.instant();
    c.offsetsRequest = new StoredConnector.OffsetsRequest(info, now, new ArrayList<>(c.offsets));
    c.settle(now);
    return Reply.json(
        200,
        Map.of(
            "message",
            reset
                ? "The offsets for this connector have been reset successfully"
                : "The offsets for this connector have been altered successfully"));
  }
}
