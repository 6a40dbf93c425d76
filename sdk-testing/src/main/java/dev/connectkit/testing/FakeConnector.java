package dev.connectkit.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one connector held by a {@link FakeConnectorApi}: what it was created with and what state it is in.
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * FakeConnector c = fake.connector("sales-dev-orders-datagen-connector").orElseThrow();
 * assertThat(c.state()).isEqualTo("RUNNING");
 * assertThat(c.config()).containsEntry("kafka.topic", "sales-dev-orders");
 * }</pre>
 */
public final class FakeConnector {
  private final String name;
  private final String id;
  private final String businessUnit;
  private final String stage;
  private final String type;
  private final Map<String, String> config;
  private final String state;
  private final String trace;
  private final List<String> taskStates;
  private final Instant createdAt;

  FakeConnector(
      String name,
      String id,
      String businessUnit,
      String stage,
      String type,
      Map<String, String> config,
      String state,
      String trace,
      List<String> taskStates,
      Instant createdAt) {
    this.name = name;
    this.id = id;
    this.businessUnit = businessUnit;
    this.stage = stage;
    this.type = type;
    this.config = Map.copyOf(config);
    this.state = state;
    this.trace = trace;
    this.taskStates = List.copyOf(taskStates);
    this.createdAt = createdAt;
  }

  /** The full name, e.g. {@code sales-dev-orders-datagen-connector}. */
  public String name() {
    return name;
  }

  /** The connector id, e.g. {@code lcc-00001}. */
  public String id() {
    return id;
  }

  /** The business unit it was created under. */
  public String businessUnit() {
    return businessUnit;
  }

  /** The stage it was created under: {@code dev}, {@code qas} or {@code run}. */
  public String stage() {
    return stage;
  }

  /** {@code source} or {@code sink}. */
  public String type() {
    return type;
  }

  /** The plugin class, e.g. {@code DatagenSource}. */
  public String connectorClass() {
    return config.getOrDefault("connector.class", "");
  }

  /** The stored config, unmasked (your test data), including {@code name}. */
  public Map<String, String> config() {
    return config;
  }

  /** The connector state, e.g. {@code PROVISIONING}, {@code RUNNING}, {@code PAUSED}, {@code FAILED}. */
  public String state() {
    return state;
  }

  /** The connector's trace; empty unless it failed. */
  public String trace() {
    return trace;
  }

  /** Each task's state, by task id; empty while provisioning. */
  public List<String> taskStates() {
    return taskStates;
  }

  /** When it was created, on the fake's clock. */
  public Instant createdAt() {
    return createdAt;
  }

  /** For example {@code FakeConnector{sales-dev-orders-datagen-connector, DatagenSource, RUNNING}}; no config. */
  @Override
  public String toString() {
    return "FakeConnector{" + name + ", " + connectorClass() + ", " + state + "}";
  }
}
