package dev.connectkit;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A connector's state: an open set of values. Known states are constants; a state the server adds later is still
 * parsed (it keeps its raw string) and answers the questions below conservatively.
 *
 * <p>The union of Confluent Cloud and Apache Kafka Connect states:
 *
 * <table>
 *   <caption>Connector states</caption>
 *   <tr><th>state</th><th>healthy</th><th>failed</th><th>settled</th><th>meaning</th></tr>
 *   <tr><td>PROVISIONING</td><td>no</td><td>no</td><td>no</td><td>Confluent Cloud is creating it (minutes, sometimes hours)</td></tr>
 *   <tr><td>RUNNING</td><td>yes</td><td>no</td><td>yes</td><td>every task runs</td></tr>
 *   <tr><td>DEGRADED</td><td>no</td><td>no</td><td>no</td><td>some tasks run, others are unassigned or failed</td></tr>
 *   <tr><td>PAUSED</td><td>no</td><td>no</td><td>yes</td><td>paused on request</td></tr>
 *   <tr><td>STOPPED</td><td>no</td><td>no</td><td>yes</td><td>stopped on request, tasks shut down (Kafka Connect 3.5+)</td></tr>
 *   <tr><td>FAILED</td><td>no</td><td>yes</td><td>yes</td><td>failed; see the trace</td></tr>
 *   <tr><td>RESTARTING</td><td>no</td><td>no</td><td>no</td><td>restarting on request</td></tr>
 *   <tr><td>UNASSIGNED</td><td>no</td><td>no</td><td>no</td><td>waiting for a worker</td></tr>
 *   <tr><td>DELETED</td><td>no</td><td>no</td><td>yes</td><td>deleted</td></tr>
 *   <tr><td>NONE</td><td>no</td><td>no</td><td>no</td><td>no state reported yet</td></tr>
 *   <tr><td>(unknown)</td><td>no</td><td>no</td><td>no</td><td>a value this SDK does not know</td></tr>
 * </table>
 *
 * <!-- example: ConnectorClient client; String name; void alert(String message) -->
 * <pre>{@code
 * ConnectorState state = client.status(name).state();
 * if (state.isFailed()) {
 *   alert(name + " failed");
 * } else if (!state.isSettled()) {
 *   System.out.println("still moving: " + state);
 * }
 * }</pre>
 */
public final class ConnectorState {
  private static final Map<String, ConnectorState> KNOWN = new ConcurrentHashMap<>();

  /** Confluent Cloud is creating the connector. */
  public static final ConnectorState PROVISIONING = known("PROVISIONING", false, false, false);
  /** Every task runs. */
  public static final ConnectorState RUNNING = known("RUNNING", true, false, true);
  /** Some tasks run, others are unassigned or failed (Confluent Cloud). */
  public static final ConnectorState DEGRADED = known("DEGRADED", false, false, false);
  /** Paused on request. */
  public static final ConnectorState PAUSED = known("PAUSED", false, false, true);
  /** Stopped on request; tasks shut down (Apache Kafka Connect 3.5+). */
  public static final ConnectorState STOPPED = known("STOPPED", false, false, true);
  /** Failed; the status trace says why. */
  public static final ConnectorState FAILED = known("FAILED", false, true, true);
  /** Restarting on request. */
  public static final ConnectorState RESTARTING = known("RESTARTING", false, false, false);
  /** Waiting to be assigned to a worker (Apache Kafka Connect). */
  public static final ConnectorState UNASSIGNED = known("UNASSIGNED", false, false, false);
  /** Deleted (Confluent Cloud). */
  public static final ConnectorState DELETED = known("DELETED", false, false, true);
  /** No state reported yet (Confluent Cloud). */
  public static final ConnectorState NONE = known("NONE", false, false, false);

  private final String value;
  private final boolean healthy;
  private final boolean failed;
  private final boolean settled;
  private final boolean known;

  private ConnectorState(String value, boolean healthy, boolean failed, boolean settled, boolean known) {
    this.value = value;
    this.healthy = healthy;
    this.failed = failed;
    this.settled = settled;
    this.known = known;
  }

  private static ConnectorState known(String value, boolean healthy, boolean failed, boolean settled) {
    ConnectorState state = new ConnectorState(value, healthy, failed, settled, true);
    KNOWN.put(value, state);
    return state;
  }

  /** The state named {@code value} (case-insensitive); an unknown value is kept as is. */
  public static ConnectorState of(String value) {
    Objects.requireNonNull(value, "value");
    ConnectorState state = KNOWN.get(value.toUpperCase(Locale.ROOT));
    return state != null ? state : new ConnectorState(value, false, false, false, false);
  }

  /** The raw value as the server sent it (upper case for known states). */
  public String value() {
    return value;
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return known;
  }

  /** Whether the connector runs as it should: {@link #RUNNING}. */
  public boolean isHealthy() {
    return healthy;
  }

  /** Whether the connector failed: {@link #FAILED}. */
  public boolean isFailed() {
    return failed;
  }

  /**
   * Whether the state stays until something happens ({@code RUNNING}, {@code PAUSED}, {@code STOPPED},
   * {@code FAILED}, {@code DELETED}); false while it is moving or unknown.
   */
  public boolean isSettled() {
    return settled;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorState && ((ConnectorState) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The raw value. */
  @Override
  public String toString() {
    return value;
  }
}
