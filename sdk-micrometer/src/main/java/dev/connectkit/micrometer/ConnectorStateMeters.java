package dev.connectkit.micrometer;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Watch;
import dev.connectkit.WatchSelector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Objects;

/**
 * Connector and task state gauges, kept current by a {@link Watch}, with bounded cardinality.
 *
 * <!-- example: io.micrometer.core.instrument.MeterRegistry meterRegistry; ConnectorClient client -->
 * <pre>{@code
 * Watch gauges = ConnectorStateMeters.builder(meterRegistry)
 *     .trackConnectors(20)             // per-connector gauges for the first 20 seen; the others only counted
 *     .watch(client, WatchSelector.all());
 * }</pre>
 *
 * <p>Always, whatever the number of connectors: {@value #CONNECTORS}{@code {state}} and {@value #TASKS}{@code
 * {state}}, how many connectors (tasks) are in each state ({@code RUNNING}, {@code FAILED}, … one tag value per known
 * state, {@code OTHER} for a state the SDK does not know), and {@value #UNTRACKED}, how many connectors have no gauges
 * of their own. For at most {@link Builder#trackConnectors} connectors (none by default), tagged {@code connector}:
 * {@value #CONNECTOR_UP} (1 when {@code RUNNING} with no failed task, else 0) and {@value #CONNECTOR_FAILED_TASKS}.
 * A deleted connector's gauges are removed and its slot freed.
 */
public final class ConnectorStateMeters {
  /** Connectors per state, tagged {@code state}. */
  public static final String CONNECTORS = "connectkit.connectors";
  /** Tasks per state, tagged {@code state}. */
  public static final String TASKS = "connectkit.tasks";
  /** Connectors watched without gauges of their own (beyond {@link Builder#trackConnectors}). */
  public static final String UNTRACKED = "connectkit.connectors.untracked";
  /** 1 when the connector is {@code RUNNING} with no failed task, else 0; tagged {@code connector}. */
  public static final String CONNECTOR_UP = "connectkit.connector.up";
  /** The connector's failed tasks; tagged {@code connector}. */
  public static final String CONNECTOR_FAILED_TASKS = "connectkit.connector.failed.tasks";

  private ConnectorStateMeters() {}

  /** A builder of gauges in {@code registry}. */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(Objects.requireNonNull(registry, "registry"));
  }

  /** Configures {@link ConnectorStateMeters}. */
  public static final class Builder {
    private final MeterRegistry registry;
    private int maxTracked;
    private Duration interval = Duration.ofSeconds(10);
    private Tags tags = Tags.empty();

    private Builder(MeterRegistry registry) {
      this.registry = registry;
    }

    /**
     * Per-connector gauges for at most {@code max} connectors (the first seen); the others are only counted. 0 (the
     * default) keeps the gauges per state alone.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder trackConnectors(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("trackConnectors must be 0 or more (was " + max + ")");
      }
      this.maxTracked = max;
      return this;
    }

    /**
     * A tag on every gauge of this watch, e.g. {@code tag("cluster", "lkc-1")}: it tells the watches of several
     * clients (clusters, scopes) on one registry apart. Watches on one registry need distinct tags.
     */
    public Builder tag(String key, String value) {
      this.tags = tags.and(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** How often the watch polls (default 10 s). */
    public Builder interval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * Registers the gauges and starts the watch; closing it removes the gauges.
     *
     * @throws IllegalStateException if gauges of another watch with the same tags are in the registry (see
     *     {@link #tag})
     */
    public Watch watch(ConnectorClient client, WatchSelector selector) {
      return client.watch(selector, new StateGauges(registry, tags, maxTracked), interval);
    }
  }
}
