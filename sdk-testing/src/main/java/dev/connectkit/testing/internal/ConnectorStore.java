package dev.connectkit.testing.internal;

import dev.connectkit.ConnectorName;
import dev.connectkit.testing.FakeClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fake's connectors and every operation on them. The neutral operations ({@link #add}, {@link #replace}, {@link
 * #find}, {@link #inScope}, {@link #remove}, {@link #request}) serve every target and refuse with a {@link Refusal};
 * the others answer in the Connect v1 shapes Self-Service and Confluent Cloud share. Thread-safe.
 */
public final class ConnectorStore {
  public static final String MASK = "****************";
  private static final int MAX_NAME = 64;
  private static final String SUFFIX = "-connector";

  private final Settings settings;
  private final Map<String, StoredConnector> connectors = new LinkedHashMap<>();
  private long nextId = 1;
  private long duplicateCreates;
  private long createsApplied;

  public ConnectorStore(Settings settings) {
    this.settings = settings;
  }

  private Instant now() {
    return settings.clock.instant();
  }

  // ---------------------------------------------------------------------------------------------- operations

  /** Create; its 400s use the flat {@code {code, message}} shape the spec declares for this operation. */
  public synchronized Reply create(Scope scope, @Nullable Object body) {
    Reply reply = createNested(scope, body);
    if (reply.code == 400 && reply.body instanceof Map) {
      Object error = ((Map<?, ?>) reply.body).get("error");
      if (error instanceof Map) {
        return Reply.flat(400, String.valueOf(((Map<?, ?>) error).get("message")));
      }
    }
    return reply;
  }

  private Reply createNested(Scope scope, @Nullable Object body) {
    if (!(body instanceof Map)) {
      return Reply.error(400, "request body must be a JSON object {\"identifier\": \"...\", \"config\": {...}}");
    }
    Map<?, ?> request = (Map<?, ?>) body;
    Object identifier = request.get("identifier");
    if (!(identifier instanceof String)) {
      return Reply.error(400, "\"identifier\" is required: the bare connector id, e.g. orders-datagen");
    }
    Object rawConfig = request.get("config");
    Map<String, String> config = new LinkedHashMap<>();
    String problem = stringMap(rawConfig, config);
    if (problem != null) {
      return Reply.error(400, problem);
    }
    String id = ConnectorName.normalise((String) identifier);
    String idProblem = checkIdentifier((String) identifier, id, scope);
    if (idProblem != null) {
      return Reply.error(400, idProblem);
    }
    String name = scope.prefix() + "-" + id + SUFFIX;
    String sentName = config.get("name");
    if (sentName != null && !sentName.equals(name)) {
      return Reply.error(
          400, "config.name '" + sentName + "' does not match the composed name '" + name + "'; leave it out");
    }
    StoredConnector connector;
    try {
      connector = add(scope, name, config);
    } catch (Refusal r) {
      return connectV1(r);
    }
    return created(connector);
  }

  /** Confluent Cloud's create: {@code {"name": "...", "config": {...}}}, the name taken as sent. */
  public synchronized Reply createNamed(Scope scope, @Nullable Object body) {
    Map<?, ?> request = body instanceof Map ? (Map<?, ?>) body : Map.of();
    Object name = request.get("name");
    if (!(name instanceof String) || ((String) name).isBlank()) {
      return Reply.flat(400, "request body must be a JSON object {\"name\": \"...\", \"config\": {...}}");
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = stringMap(request.get("config"), config);
    if (problem != null) {
      return Reply.flat(400, problem);
    }
    try {
      return created(add(scope, (String) name, config));
    } catch (Refusal r) {
      Reply reply = connectV1(r);
      return reply.code == 400 ? Reply.flat(400, r.reason) : reply;
    }
  }

  private Reply created(StoredConnector connector) {
    Map<String, Object> out = connectorBody(connector);
    out.put("offsets", List.of());
    return Reply.json(201, out);
  }

  public synchronized Reply list(Scope scope, Set<String> expand) {
    Instant now = now();
    if (expand.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (StoredConnector c : inScope(scope)) {
        names.add(c.name);
      }
      return Reply.json(200, names);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (StoredConnector c : inScope(scope)) {
      c.settle(now);
      Map<String, Object> entry = new LinkedHashMap<>();
      if (expand.contains("id")) {
        entry.put("id", Map.of("id", c.id, "id_type", "ID"));
      }
      if (expand.contains("info")) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", c.name);
        info.put("config", maskedConfig(c));
        info.put("type", c.type);
        entry.put("info", info);
      }
      if (expand.contains("status")) {
        entry.put("status", statusBody(c));
      }
      out.put(c.name, entry);
    }
    return Reply.json(200, out);
  }

  public synchronized Reply get(Scope scope, String name) {
    StoredConnector c = find(scope, name);
    return c == null ? notFound(name) : Reply.json(200, connectorBody(c));
  }

  public synchronized Reply getConfig(Scope scope, String name) {
    StoredConnector c = find(scope, name);
    return c == null ? notFound(name) : Reply.json(200, maskedConfig(c));
  }

  public synchronized Reply updateConfig(Scope scope, String name, @Nullable Object body) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return notFound(name);
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = stringMap(body, config);
    if (problem != null) {
      return Reply.error(400, problem);
    }
    try {
      return Reply.json(200, connectorBody(replace(c, config)));
    } catch (Refusal r) {
      return connectV1(r);
    }
  }

  public synchronized Reply delete(Scope scope, String name) {
    if (!remove(scope, name)) {
      return notFound(name);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", null);
    return Reply.json(200, body);
  }

  public synchronized Reply transition(Scope scope, String name, String kind) {
    return request(scope, name, kind) ? Reply.empty(202) : notFound(name);
  }

  public synchronized Reply status(Scope scope, String name) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return notFound(name);
    }
    Reply reply = Reply.json(200, statusBody(c));
    advanceToNextChange(c);
    return reply;
  }

  /**
   * With an {@linkplain FakeClock#autoAdvancing() auto-advancing} clock: once a read has shown the connector as it
   * is, the clock moves on to its next scheduled change, so a client that polls sees it at its next read.
   */
  synchronized void advanceToNextChange(StoredConnector c) {
    if (!(settings.clock instanceof FakeClock) || !((FakeClock) settings.clock).autoAdvances()) {
      return;
    }
    Instant next = c.nextDue();
    if (next != null && next.isAfter(now())) {
      ((FakeClock) settings.clock).set(next);
    }
  }

  public synchronized Reply validate(String connectorClass, @Nullable Object body) {
    PluginCatalog.Plugin plugin = settings.catalog.plugin(connectorClass);
    if (plugin == null) {
      return Reply.error(404, unknownPlugin(connectorClass));
    }
    Map<String, String> config = new LinkedHashMap<>();
    String problem = stringMap(body, config);
    if (problem != null) {
      return Reply.error(400, problem);
    }
    Map<String, List<String>> errors = settings.catalog.validate(plugin, config);
    List<Object> configs = new ArrayList<>();
    Set<String> groups = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>(plugin.properties.keySet());
    keys.addAll(config.keySet());
    keys.addAll(errors.keySet());
    int order = 1;
    long errorCount = 0;
    for (String key : keys) {
      PluginCatalog.Property p = plugin.properties.get(key);
      String group = p == null ? "Other" : p.group;
      groups.add(group);
      Map<String, Object> definition = new LinkedHashMap<>();
      definition.put("name", key);
      definition.put("type", p == null ? (plugin.isSecret(key) ? "PASSWORD" : "STRING") : p.type);
      definition.put("required", p != null && p.required);
      if (p != null && p.defaultValue != null) {
        definition.put("default_value", p.defaultValue);
      }
      definition.put("importance", p != null && p.required ? "HIGH" : "MEDIUM");
      definition.put("documentation", "");
      definition.put("group", group);
      definition.put("width", "NONE");
      definition.put("display_name", key);
      definition.put("dependents", List.of());
      definition.put("order", (long) order++);
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("name", key);
      String v = config.get(key);
      if (v != null) {
        value.put("value", plugin.isSecret(key) ? MASK : v);
      }
      value.put("recommended_values", p == null ? List.of() : p.allowed);
      List<String> messages = errors.getOrDefault(key, List.of());
      errorCount += messages.size();
      value.put("errors", messages);
      value.put("visible", true);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("definition", definition);
      entry.put("value", value);
      entry.put("metadata", Map.of());
      configs.add(entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", connectorClass);
    out.put("error_count", errorCount);
    out.put("groups", new ArrayList<>(groups));
    out.put("configs", configs);
    return Reply.json(200, out);
  }

  public synchronized Reply offsets(Scope scope, String name) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return notFound(name);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("id", c.id);
    out.put("offsets", new ArrayList<>(c.offsets));
    out.put("metadata", Map.of("observed_at", now().toString()));
    return Reply.json(200, out);
  }

  public synchronized Reply alterOffsets(Scope scope, String name, @Nullable Object body) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return notFound(name);
    }
    if (!(body instanceof Map)) {
      return Reply.error(400, "request body must be {\"type\": \"PATCH\"|\"DELETE\", \"offsets\": [...]}");
    }
    Object type = ((Map<?, ?>) body).get("type");
    if (!"PATCH".equals(type) && !"DELETE".equals(type)) {
      return Reply.error(400, "type must be PATCH or DELETE (was " + type + ")");
    }
    Object offsets = ((Map<?, ?>) body).get("offsets");
    if (offsets != null && !(offsets instanceof List)) {
      return Reply.error(400, "offsets must be an array of {partition, offset}");
    }
    List<Object> list = offsets == null ? List.of() : new ArrayList<>((List<?>) offsets);
    for (Object o : list) {
      if (!(o instanceof Map)
          || !(((Map<?, ?>) o).get("partition") instanceof Map)
          || !(((Map<?, ?>) o).get("offset") instanceof Map)) {
        return Reply.error(400, "each offset must be {\"partition\": {...}, \"offset\": {...}}");
      }
    }
    if ("PATCH".equals(type) && list.isEmpty()) {
      return Reply.error(400, "a PATCH request needs at least one offset");
    }
    StoredConnector.OffsetsRequest previous = c.offsetsRequest;
    if (previous != null && previous.appliedAt == null) {
      return Reply.error(409, "an offsets request for " + name + " is in progress; only one at a time per connector");
    }
    Instant now = now();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", c.id);
    info.put("name", c.name);
    info.put("offsets", list);
    info.put("requested_at", now.toString());
    info.put("type", type);
    c.offsetsRequest =
        new StoredConnector.OffsetsRequest(info, now.plus(settings.offsetsRequestDelay), new ArrayList<>(c.offsets));
    c.settle(now);
    return Reply.json(202, info);
  }

  public synchronized Reply offsetsRequestStatus(Scope scope, String name) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return notFound(name);
    }
    StoredConnector.OffsetsRequest request = c.offsetsRequest;
    if (request == null) {
      return Reply.error(404, "no offsets request found for connector " + name);
    }
    Instant appliedAt = request.appliedAt;
    advanceToNextChange(c);
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
    return Reply.json(200, out);
  }

  // ---------------------------------------------------------------------------------------------- neutral operations

  /**
   * Adds connector {@code name} as the target named it: {@code PROVISIONING} until the provisioning time has passed.
   *
   * @throws Refusal if the name exists or the config is refused
   */
  public synchronized StoredConnector add(Scope scope, String name, Map<String, String> config) {
    String sentName = config.get("name");
    if (sentName != null && !sentName.equals(name)) {
      throw new Refusal(Refusal.Kind.INVALID, "config.name '" + sentName + "' does not match the name '" + name + "'");
    }
    if (connectors.containsKey(name)) {
      duplicateCreates++;
      throw new Refusal(Refusal.Kind.DUPLICATE, "Connector " + name + " already exists");
    }
    PluginCatalog.Plugin plugin = checkedPlugin(config);
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("name", name);
    stored.putAll(config);
    Instant now = now();
    StoredConnector connector =
        new StoredConnector(name, String.format(Locale.ROOT, "lcc-%05d", nextId++), scope, plugin.type, stored, now);
    connector.offsets = initialOffsets(connector);
    connector.schedule(now.plus(settings.provisioningTime), StoredConnector.PROVISIONED);
    connector.settle(now);
    connectors.put(name, connector);
    createsApplied++;
    return connector;
  }

  private PluginCatalog.Plugin checkedPlugin(Map<String, String> config) {
    String connectorClass = config.get("connector.class");
    if (connectorClass == null || connectorClass.trim().isEmpty()) {
      throw new Refusal(
          Refusal.Kind.INVALID, "Missing required configuration \"connector.class\" which has no default value.");
    }
    PluginCatalog.Plugin plugin = settings.catalog.plugin(connectorClass);
    if (plugin == null) {
      throw new Refusal(Refusal.Kind.UNKNOWN_PLUGIN, unknownPlugin(connectorClass));
    }
    String invalid = invalidConfig(plugin, config);
    if (invalid != null) {
      throw new Refusal(Refusal.Kind.INVALID, invalid);
    }
    return plugin;
  }

  /**
   * Replaces the whole config of connector {@code name}, which must exist in {@code scope}.
   *
   * @throws Refusal if the config is refused
   */
  public synchronized StoredConnector replace(StoredConnector c, Map<String, String> config) {
    String sentName = config.get("name");
    if (sentName != null && !sentName.equals(c.name)) {
      throw new Refusal(
          Refusal.Kind.INVALID, "config.name '" + sentName + "' does not match the connector name '" + c.name + "'");
    }
    String connectorClass = config.get("connector.class");
    String currentClass = c.config.getOrDefault("connector.class", "");
    if (connectorClass != null && !connectorClass.equals(currentClass)) {
      throw new Refusal(
          Refusal.Kind.INVALID,
          "connector.class cannot be changed (was " + currentClass + ", sent " + connectorClass + ")");
    }
    PluginCatalog.Plugin plugin = checkedPlugin(config);
    for (Map.Entry<String, String> e : config.entrySet()) {
      if (plugin.isSecret(e.getKey()) && dev.connectkit.Secret.isMask(e.getValue())) {
        throw new Refusal(
            Refusal.Kind.INVALID,
            "property " + e.getKey() + " holds a masked value; send the real secret (the fake refuses to store the mask)");
      }
    }
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("name", c.name);
    stored.putAll(config);
    stored.put("name", c.name);
    c.config = stored;
    // The new config restarts connector and tasks once the change shows (a new generation, like a restart).
    c.schedule(now().plus(settings.transitionDelay), StoredConnector.RECONFIGURE);
    c.settle(now());
    return c;
  }

  /** Connector {@code name} of {@code scope} after settling its due state changes; null if there is none. */
  public synchronized @Nullable StoredConnector find(Scope scope, String name) {
    StoredConnector c = connectors.get(name);
    if (c == null || !scope.contains(c)) {
      return null;
    }
    c.settle(now());
    return c;
  }

  /** The connectors of {@code scope} after settling their due state changes, in creation order. */
  public synchronized List<StoredConnector> inScope(Scope scope) {
    Instant now = now();
    List<StoredConnector> out = new ArrayList<>();
    for (StoredConnector c : connectors.values()) {
      if (scope.contains(c)) {
        c.settle(now);
        out.add(c);
      }
    }
    return out;
  }

  /** Removes connector {@code name} of {@code scope}; false if there is none. */
  public synchronized boolean remove(Scope scope, String name) {
    return find(scope, name) != null && connectors.remove(name) != null;
  }

  /** Schedules state change {@code kind} after the transition delay; false if there is no such connector. */
  public synchronized boolean request(Scope scope, String name, String kind) {
    StoredConnector c = find(scope, name);
    if (c == null) {
      return false;
    }
    c.schedule(now().plus(settings.transitionDelay), kind);
    c.settle(now());
    return true;
  }

  /** Connect v1's answer to a refusal; an unknown plugin is its {@code {error_code, message}} 500. */
  private static Reply connectV1(Refusal r) {
    switch (r.kind) {
      case DUPLICATE:
        return Reply.error(409, r.reason);
      case UNKNOWN_PLUGIN:
        return Reply.errorCode(500, r.reason);
      default:
        return Reply.error(400, r.reason);
    }
  }

  // ---------------------------------------------------------------------------------------------- inspection

  /** Every connector after settling due state changes, in creation order. */
  public synchronized List<StoredConnector> all() {
    Instant now = now();
    List<StoredConnector> out = new ArrayList<>();
    for (StoredConnector c : connectors.values()) {
      c.settle(now);
      out.add(c);
    }
    return out;
  }

  public synchronized @Nullable StoredConnector find(String name) {
    StoredConnector c = connectors.get(name);
    if (c != null) {
      c.settle(now());
    }
    return c;
  }

  /** Runs {@code change} on connector {@code name} under the store's lock, after cancelling its pending changes. */
  public synchronized boolean modify(String name, java.util.function.Consumer<StoredConnector> change) {
    StoredConnector c = find(name);
    if (c == null) {
      return false;
    }
    c.clearPending();
    change.accept(c);
    return true;
  }

  /** Puts a connector in place directly (no validation), already provisioned and running. */
  public synchronized StoredConnector seed(Scope scope, String id, Map<String, String> config) {
    String name = scope.prefix() + "-" + ConnectorName.normalise(id) + SUFFIX;
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("name", name);
    stored.putAll(config);
    stored.put("name", name);
    String connectorClass = stored.getOrDefault("connector.class", "");
    PluginCatalog.Plugin plugin = settings.catalog.plugin(connectorClass);
    String type = plugin != null ? plugin.type : connectorClass.endsWith("Sink") ? "sink" : "source";
    StoredConnector c =
        new StoredConnector(name, String.format(Locale.ROOT, "lcc-%05d", nextId++), scope, type, stored, now());
    c.offsets = initialOffsets(c);
    c.setAll("RUNNING", "RUNNING", "");
    connectors.put(name, c);
    return c;
  }

  public synchronized long duplicateCreates() {
    return duplicateCreates;
  }

  public synchronized long createsApplied() {
    return createsApplied;
  }

  public synchronized void reset() {
    connectors.clear();
    nextId = 1;
    duplicateCreates = 0;
    createsApplied = 0;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private static Reply notFound(String name) {
    return Reply.error(404, "Connector " + name + " not found");
  }

  private String unknownPlugin(String connectorClass) {
    return "Failed to find any class that implements Connector and which name matches "
        + connectorClass
        + ", available connectors are: "
        + String.join(", ", settings.catalog.classes());
  }

  private @Nullable String invalidConfig(PluginCatalog.Plugin plugin, Map<String, String> config) {
    Map<String, List<String>> errors = settings.catalog.validate(plugin, config);
    if (errors.isEmpty()) {
      return null;
    }
    int count = 0;
    StringBuilder lines = new StringBuilder();
    for (List<String> messages : errors.values()) {
      for (String m : messages) {
        count++;
        lines.append('\n').append(m);
      }
    }
    return "Connector configuration is invalid and contains the following "
        + count
        + " error(s):"
        + lines
        + "\nYou can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`";
  }

  static @Nullable String stringMap(@Nullable Object raw, Map<String, String> out) {
    if (!(raw instanceof Map)) {
      return "config must be a JSON object of string values";
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
      if (!(e.getValue() instanceof String)) {
        return "config value of " + e.getKey() + " must be a string (every config value is a string)";
      }
      out.put(String.valueOf(e.getKey()), (String) e.getValue());
    }
    return null;
  }

  private static @Nullable String checkIdentifier(String raw, String id, Scope scope) {
    String prefix = "invalid identifier '" + raw + "': ";
    if (id.trim().isEmpty()) {
      return prefix + "it is empty";
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
        return prefix + "only letters, digits, '-', '_', '.' and spaces are allowed";
      }
    }
    if (id.chars().allMatch(ch -> ch == '-')) {
      return prefix + "it consists only of separators";
    }
    if (id.startsWith("-") || id.endsWith("-")) {
      return prefix + "it starts or ends with a separator";
    }
    if (id.endsWith(SUFFIX) || id.equals("connector")) {
      return prefix + "send the bare id; the -connector suffix is added by the server";
    }
    String name = scope.prefix() + "-" + id + SUFFIX;
    if (name.length() > MAX_NAME) {
      return prefix + "the name " + name + " is " + name.length() + " characters long, over the limit of " + MAX_NAME;
    }
    return null;
  }

  private static List<Object> initialOffsets(StoredConnector c) {
    List<Object> out = new ArrayList<>();
    if (c.type.equals("sink")) {
      for (String topic : c.config.getOrDefault("topics", "").split(",", -1)) {
        if (!topic.trim().isEmpty()) {
          Map<String, Object> partition = new LinkedHashMap<>();
          partition.put("kafka_topic", topic.trim());
          partition.put("kafka_partition", 0L);
          Map<String, Object> offset = new LinkedHashMap<>();
          offset.put("kafka_offset", 0L);
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("partition", partition);
          entry.put("offset", offset);
          out.add(entry);
        }
      }
    }
    return out;
  }

  private Map<String, String> maskedConfig(StoredConnector c) {
    PluginCatalog.Plugin plugin = settings.catalog.plugin(c.config.getOrDefault("connector.class", ""));
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : c.config.entrySet()) {
      boolean secret = plugin != null ? plugin.isSecret(e.getKey()) : PluginCatalog.looksSecret(e.getKey());
      out.put(e.getKey(), secret ? MASK : e.getValue());
    }
    out.put("cloud.environment", "prod");
    out.put("cloud.provider", "azure");
    out.put("kafka.endpoint", "SASL_SSL://pkc-fake0.westeurope.azure.confluent.cloud:9092");
    out.put("kafka.region", "westeurope");
    return out;
  }

  private Map<String, Object> connectorBody(StoredConnector c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name);
    out.put("type", c.type);
    out.put("config", maskedConfig(c));
    out.put("tasks", c.taskRefs());
    return out;
  }

  private static Map<String, Object> statusBody(StoredConnector c) {
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
}
