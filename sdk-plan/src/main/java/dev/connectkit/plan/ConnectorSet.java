package dev.connectkit.plan;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The connectors one scope should have, in one stage: each a {@link DesiredConnector} (config, desired state, protect
 * flag). Its {@link #id()} names the set as the owner of what it creates: a plan with prune on deletes only what the
 * ledger says this set created. Immutable.
 *
 * <!-- example: ConnectorConfig ordersDatagen; ConnectorConfig crmSink -->
 * <pre>{@code
 * ConnectorSet set = ConnectorSet.builder("sales-connectors", Stage.QAS)
 *     .add(ordersDatagen)
 *     .add(DesiredConnector.of(crmSink).paused().protect())
 *     .build();
 * }</pre>
 */
public final class ConnectorSet {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  private final String id;
  private final Stage stage;
  private final Map<String, DesiredConnector> entries;

  private ConnectorSet(String id, Stage stage, Map<String, DesiredConnector> entries) {
    this.id = id;
    this.stage = stage;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /**
   * A builder for the set {@code id} (lowercase letters, digits, {@code . _ -}; e.g. {@code sales-connectors}) in
   * {@code stage}.
   */
  public static Builder builder(String id, Stage stage) {
    return new Builder(id, stage);
  }

  /** The set's identifier: the owner recorded in the ledger for what it creates. */
  public String id() {
    return id;
  }

  /** The stage every connector of the set lives in. */
  public Stage stage() {
    return stage;
  }

  /** The entries, in the order they were added. */
  public List<DesiredConnector> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry for the connector named {@code fullName}, if the set has one. */
  public Optional<DesiredConnector> entry(String fullName) {
    return Optional.ofNullable(entries.get(fullName));
  }

  /** How many connectors the set holds. */
  public int size() {
    return entries.size();
  }

  /** A builder holding this set's entries. */
  public Builder toBuilder() {
    Builder b = new Builder(id, stage);
    b.entries.putAll(entries);
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorSet && ((ConnectorSet) o).id.equals(id) && ((ConnectorSet) o).stage == stage
        && ((ConnectorSet) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, entries);
  }

  /** Id, stage and the names of its connectors. */
  @Override
  public String toString() {
    return "ConnectorSet{" + id + ", " + stage.id() + ", " + entries.keySet() + "}";
  }

  /** Collects the entries; {@link #build()} checks them all and reports every problem at once. */
  public static final class Builder {
    private final String id;
    private final Stage stage;
    private final Map<String, DesiredConnector> entries = new LinkedHashMap<>();
    private final List<ConfigViolation> violations = new ArrayList<>();

    private Builder(String id, Stage stage) {
      this.id = Objects.requireNonNull(id, "id");
      this.stage = Objects.requireNonNull(stage, "stage");
    }

    /** Adds {@code config}, desired running and not protected. */
    public Builder add(ConnectorConfig config) {
      return add(DesiredConnector.of(config));
    }

    /** Adds an entry; its placement (if it has one) must be in the set's stage, and its name must be new. */
    public Builder add(DesiredConnector connector) {
      Objects.requireNonNull(connector, "connector");
      String name = connector.name();
      Optional<Placement> placement = connector.config().name().placement();
      if (placement.isPresent() && placement.get().stage() != stage) {
        violations.add(ConfigViolation.of("connectors[" + name + "].placement",
            "is in stage " + placement.get().stage().id() + ", not the set's stage", placement.get().toString(),
            "a placement in stage " + stage.id()));
      } else if (entries.putIfAbsent(name, connector) != null) {
        violations.add(ConfigViolation.of("connectors[" + name + "]", "appears twice", name,
            "each connector once"));
      }
      return this;
    }

    /** Removes the connector named {@code fullName}, if present. */
    public Builder remove(String fullName) {
      entries.remove(fullName);
      return this;
    }

    /**
     * The set.
     *
     * @throws ConnectorValidationException listing a malformed id, every entry of another stage and every duplicate
     */
    public ConnectorSet build() {
      List<ConfigViolation> all = new ArrayList<>();
      if (!ID.matcher(id).matches()) {
        all.add(ConfigViolation.of("id", "is not a set identifier", id,
            "1-100 of a-z 0-9 . _ -, starting with a letter or digit, e.g. sales-connectors"));
      }
      all.addAll(violations);
      if (!all.isEmpty()) {
        throw new ConnectorValidationException("connector set " + id, all);
      }
      return new ConnectorSet(id, stage, new LinkedHashMap<>(entries));
    }
  }
}
