package dev.connectkit;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A task's state: an open set of values (Confluent Cloud reports tasks as free strings). Unknown values keep their
 * raw string.
 *
 * <table>
 *   <caption>Task states</caption>
 *   <tr><th>state</th><th>healthy</th><th>failed</th><th>meaning</th></tr>
 *   <tr><td>RUNNING</td><td>yes</td><td>no</td><td>runs</td></tr>
 *   <tr><td>PAUSED</td><td>no</td><td>no</td><td>paused (Apache Kafka Connect)</td></tr>
 *   <tr><td>STOPPED</td><td>no</td><td>no</td><td>the connector is paused (Confluent Cloud)</td></tr>
 *   <tr><td>UNASSIGNED</td><td>no</td><td>no</td><td>waiting for a worker</td></tr>
 *   <tr><td>RESTARTING</td><td>no</td><td>no</td><td>restarting</td></tr>
 *   <tr><td>FAILED</td><td>no</td><td>yes</td><td>failed (Apache Kafka Connect)</td></tr>
 *   <tr><td>SYSTEM_ERROR</td><td>no</td><td>yes</td><td>failed in the platform (Confluent Cloud)</td></tr>
 *   <tr><td>USER_ACTIONABLE_ERROR</td><td>no</td><td>yes</td><td>invalid config or unprocessable data: yours to fix</td></tr>
 * </table>
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * for (TaskStatus task : client.status(name).tasks()) {
 *   if (task.state().isFailed()) {
 *     System.err.println("task " + task.id() + ": " + task.trace());
 *   }
 * }
 * }</pre>
 */
public final class TaskState {
  private static final Map<String, TaskState> KNOWN = new ConcurrentHashMap<>();

  /** Runs. */
  public static final TaskState RUNNING = known("RUNNING", true, false);
  /** Paused (Apache Kafka Connect). */
  public static final TaskState PAUSED = known("PAUSED", false, false);
  /** The connector is paused (Confluent Cloud). */
  public static final TaskState STOPPED = known("STOPPED", false, false);
  /** Waiting for a worker. */
  public static final TaskState UNASSIGNED = known("UNASSIGNED", false, false);
  /** Restarting. */
  public static final TaskState RESTARTING = known("RESTARTING", false, false);
  /** Failed (Apache Kafka Connect). */
  public static final TaskState FAILED = known("FAILED", false, true);
  /** Failed in the platform (Confluent Cloud). */
  public static final TaskState SYSTEM_ERROR = known("SYSTEM_ERROR", false, true);
  /** Invalid config or unprocessable data (Confluent Cloud). */
  public static final TaskState USER_ACTIONABLE_ERROR = known("USER_ACTIONABLE_ERROR", false, true);

  private final String value;
  private final boolean healthy;
  private final boolean failed;
  private final boolean known;

  private TaskState(String value, boolean healthy, boolean failed, boolean known) {
    this.value = value;
    this.healthy = healthy;
    this.failed = failed;
    this.known = known;
  }

  private static TaskState known(String value, boolean healthy, boolean failed) {
    TaskState state = new TaskState(value, healthy, failed, true);
    KNOWN.put(value, state);
    return state;
  }

  /** The state named {@code value} (case-insensitive); an unknown value is kept as is. */
  public static TaskState of(String value) {
    Objects.requireNonNull(value, "value");
    TaskState state = KNOWN.get(value.toUpperCase(Locale.ROOT));
    return state != null ? state : new TaskState(value, false, false, false);
  }

  /** The raw value. */
  public String value() {
    return value;
  }

  /** Whether this is one of the constants above. */
  public boolean isKnown() {
    return known;
  }

  /** Whether the task runs. */
  public boolean isHealthy() {
    return healthy;
  }

  /** Whether the task failed ({@code FAILED}, {@code SYSTEM_ERROR}, {@code USER_ACTIONABLE_ERROR}). */
  public boolean isFailed() {
    return failed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaskState && ((TaskState) o).value.equals(value);
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
