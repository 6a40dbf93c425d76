package dev.connectkit;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link ConnectorClient#restart(String, RestartOptions) restart} restarts, named after Kafka Connect's
 * {@code POST /connectors/{name}/restart?includeTasks=&onlyFailed=}. Immutable.
 *
 * <table>
 *   <caption>The options and where they apply</caption>
 *   <tr><th>options</th><th>includeTasks</th><th>onlyFailed</th><th>targets</th></tr>
 *   <tr><td>{@link #connectorAndTasks()} ({@code restart(name)}'s default)</td><td>true</td><td>false</td>
 *       <td>all</td></tr>
 *   <tr><td>{@link #connectorOnly()} (Kafka Connect's own default)</td><td>false</td><td>false</td>
 *       <td>Kafka Connect</td></tr>
 *   <tr><td>{@link #failedOnly()}</td><td>true</td><td>true</td><td>Kafka Connect</td></tr>
 *   <tr><td>{@code connectorOnly().withOnlyFailed(true)}</td><td>false</td><td>true</td><td>Kafka Connect</td></tr>
 * </table>
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * client.restart(name, RestartOptions.failedOnly()).await(Duration.ofMinutes(2)); // only what failed
 * client.restart(name, RestartOptions.connectorOnly());                           // tasks keep running
 * }</pre>
 */
public final class RestartOptions {
  private static final RestartOptions CONNECTOR_AND_TASKS = new RestartOptions(true, false);
  private static final RestartOptions CONNECTOR_ONLY = new RestartOptions(false, false);
  private static final RestartOptions FAILED_ONLY = new RestartOptions(true, true);

  private final boolean includeTasks;
  private final boolean onlyFailed;

  private RestartOptions(boolean includeTasks, boolean onlyFailed) {
    this.includeTasks = includeTasks;
    this.onlyFailed = onlyFailed;
  }

  /** The connector and all its tasks, failed or not: what {@link ConnectorClient#restart(String)} does. */
  public static RestartOptions connectorAndTasks() {
    return CONNECTOR_AND_TASKS;
  }

  /** The connector instance only; its tasks keep running (Kafka Connect only). */
  public static RestartOptions connectorOnly() {
    return CONNECTOR_ONLY;
  }

  /** The connector and its tasks, each only if it is {@code FAILED} (Kafka Connect only). */
  public static RestartOptions failedOnly() {
    return FAILED_ONLY;
  }

  /** These options, restarting the tasks too if {@code includeTasks}. */
  public RestartOptions withIncludeTasks(boolean includeTasks) {
    return of(includeTasks, onlyFailed);
  }

  /** These options, restarting only failed instances if {@code onlyFailed}. */
  public RestartOptions withOnlyFailed(boolean onlyFailed) {
    return of(includeTasks, onlyFailed);
  }

  private static RestartOptions of(boolean includeTasks, boolean onlyFailed) {
    if (includeTasks) {
      return onlyFailed ? FAILED_ONLY : CONNECTOR_AND_TASKS;
    }
    return onlyFailed ? new RestartOptions(false, true) : CONNECTOR_ONLY;
  }

  /** Whether the tasks restart too (Kafka Connect's {@code includeTasks}). */
  public boolean includeTasks() {
    return includeTasks;
  }

  /** Whether only {@code FAILED} instances restart (Kafka Connect's {@code onlyFailed}). */
  public boolean onlyFailed() {
    return onlyFailed;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RestartOptions
        && ((RestartOptions) other).includeTasks == includeTasks
        && ((RestartOptions) other).onlyFailed == onlyFailed;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(includeTasks) * 31 + Boolean.hashCode(onlyFailed);
  }

  @Override
  public String toString() {
    return "RestartOptions{includeTasks=" + includeTasks + ", onlyFailed=" + onlyFailed + "}";
  }
}
