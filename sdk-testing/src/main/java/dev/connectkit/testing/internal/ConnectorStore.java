package dev.connectkit.testing.internal;

import dev.connectkit.Secret;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.LateFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The fake's connectors and their state, shared by every target: add, replace, find, remove, state change requests,
 * status reads. It renders no wire bodies (each target's bodies do: {@link ConnectV1Bodies}, {@link
 * KafkaConnectBodies}) and refuses with a {@link Refusal}, which each target answers in its own shape. Thread-safe; a
 * target that reads and then changes a connector holds the store's lock for both.
 */
public final class ConnectorStore {
  private final Settings settings;
  private final Map<String, StoredConnector> connectors = new LinkedHashMap<>();
  private @Nullable LateFailure nextUpdateFailure;
  private long nextId = 1;
  private long duplicateCreates;
  private long createsApplied;

  public ConnectorStore(Settings settings) {
    this.settings = settings;
  }

  private Instant now() {
    return settings.clock.instant();
  }

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
    Instant now = now();
    StoredConnector connector = new StoredConnector(name, nextId(), scope, plugin.type, named(name, config), now);
    connector.offsets = initialOffsets(connector);
    connector.schedule(now.plus(settings.provisioningTime), StoredConnector.PROVISIONED);
    connector.settle(now);
    connectors.put(name, connector);
    createsApplied++;
    return connector;
  }

  /**
   * Replaces the whole config of {@code c}: the new config shows at once, and restarts connector and tasks after the
   * transition delay. A {@link LateFailure} armed for this update is set off.
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
      if (plugin.isSecret(e.getKey()) && Secret.isMask(e.getValue())) {
        throw new Refusal(
            Refusal.Kind.INVALID,
            "property " + e.getKey() + " holds a masked value; send the real secret (the fake refuses to store the mask)");
      }
    }
    c.config = named(c.name, config);
    Instant now = now();
    c.schedule(now.plus(settings.transitionDelay), StoredConnector.RECONFIGURE);
    LateFailure failure = c.armedFailure != null ? c.armedFailure : nextUpdateFailure;
    if (failure != null) {
      c.armedFailure = null;
      nextUpdateFailure = null;
      c.failLater(failure, now);
    }
    c.settle(now);
    return c;
  }

  /** The next accepted config update of {@code name} (any connector's if null) fails later as {@code failure} says. */
  public synchronized boolean armFailure(@Nullable String name, LateFailure failure) {
    if (name == null) {
      nextUpdateFailure = failure;
      return true;
    }
    StoredConnector c = find(name);
    if (c == null) {
      return false;
    }
    c.armedFailure = failure;
    return true;
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

  /**
   * A client has just read {@code c}'s status ({@code GET …/status}): counts the read towards a {@link LateFailure}
   * and moves an auto-advancing clock on (see {@link #advanceToNextChange}).
   */
  public synchronized void statusRead(StoredConnector c) {
    countStatusRead(c);
    advanceToNextChange(c);
  }

  /** A client has just read {@code c}'s status in a list: counts the read towards a {@link LateFailure}. */
  public synchronized void countStatusRead(StoredConnector c) {
    c.statusRead(now());
  }

  /**
   * With an {@linkplain FakeClock#autoAdvancing() auto-advancing} clock: once a read has shown the connector as it
   * is, the clock moves on to its next scheduled change, so a client that polls sees it at its next read.
   */
  public synchronized void advanceToNextChange(StoredConnector c) {
    if (!(settings.clock instanceof FakeClock) || !((FakeClock) settings.clock).autoAdvances()) {
      return;
    }
    Instant next = c.nextDue();
    if (next != null && next.isAfter(now())) {
      ((FakeClock) settings.clock).set(next);
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
  public synchronized boolean modify(String name, Consumer<StoredConnector> change) {
    StoredConnector c = find(name);
    if (c == null) {
      return false;
    }
    c.clearPending();
    change.accept(c);
    return true;
  }

  /** Puts connector {@code name} in place directly (no validation), already provisioned and running. */
  public synchronized StoredConnector seed(Scope scope, String name, Map<String, String> config) {
    Map<String, String> stored = named(name, config);
    String connectorClass = stored.getOrDefault("connector.class", "");
    PluginCatalog.Plugin plugin = settings.catalog.plugin(connectorClass);
    String type = plugin != null ? plugin.type : connectorClass.endsWith("Sink") ? "sink" : "source";
    StoredConnector c = new StoredConnector(name, nextId(), scope, type, stored, now());
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
    nextUpdateFailure = null;
    nextId = 1;
    duplicateCreates = 0;
    createsApplied = 0;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private String nextId() {
    return String.format(Locale.ROOT, "lcc-%05d", nextId++);
  }

  /** {@code config} with {@code name} first, as every target stores it. */
  private static Map<String, String> named(String name, Map<String, String> config) {
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("name", name);
    stored.putAll(config);
    stored.put("name", name);
    return stored;
  }

  private PluginCatalog.Plugin checkedPlugin(Map<String, String> config) {
    String connectorClass = config.get("connector.class");
    if (connectorClass == null || connectorClass.trim().isEmpty()) {
      throw new Refusal(
          Refusal.Kind.INVALID, "Missing required configuration \"connector.class\" which has no default value.");
    }
    PluginCatalog.Plugin plugin = settings.catalog.plugin(connectorClass);
    if (plugin == null) {
      throw new Refusal(Refusal.Kind.UNKNOWN_PLUGIN, settings.catalog.unknownPluginMessage(connectorClass));
    }
    String invalid = invalidConfig(plugin, config);
    if (invalid != null) {
      throw new Refusal(Refusal.Kind.INVALID, invalid);
    }
    return plugin;
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
}
