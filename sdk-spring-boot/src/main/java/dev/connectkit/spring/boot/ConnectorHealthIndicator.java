package dev.connectkit.spring.boot;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.RetryPolicy;
import dev.connectkit.TaskStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of a set of connectors, read with one {@link ConnectorClient#list()} per check:
 *
 * <ul>
 *   <li>{@code DOWN} if any connector is {@code FAILED}, has a failed task (a {@code DEGRADED} connector too), does not
 *       exist, or the API cannot be reached (the detail {@code error} names the SDK's typed error, scrubbed);
 *   <li>otherwise the paused status ({@code PAUSED} unless {@code connectkit.health.paused-status} says otherwise) if
 *       any is {@code PAUSED} or {@code STOPPED};
 *   <li>otherwise {@code UP} (a connector still provisioning or restarting counts as up).
 * </ul>
 *
 * <p>The auto-configured indicator probes with one attempt that waits at most 10 s for an answer (its own client,
 * derived from the {@code ConnectorClient} bean): a health check while the API is down neither holds a request thread
 * through the client's retries nor spends the rate limit on them.
 *
 * <p>The details hold each connector's state and its tasks' states, never a config value or an error trace. Spring
 * Boot answers a custom status such as {@code PAUSED} with HTTP 200; its aggregate ignores a status missing from {@code
 * management.endpoint.health.status.order}, so list it there to let a paused connector show in the overall status.
 *
 * <pre>{@code
 * connectkit.health.connectors=sales-dev-orders-datagen-connector,sales-dev-orders-snowflake-connector
 * management.endpoint.health.status.order=DOWN,OUT_OF_SERVICE,PAUSED,UP,UNKNOWN
 * }</pre>
 */
public final class ConnectorHealthIndicator implements HealthIndicator, AutoCloseable {
  /** How long the auto-configured indicator's one attempt may take to answer. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private final ConnectorClient client;
  private final List<String> connectors;
  private final Status pausedStatus;
  private final boolean ownsClient;

  /**
   * Reports on {@code connectors} (full names) through {@code client}; paused connectors show {@code pausedStatus}.
   * Each check is one {@code list()} of {@code client}, with its retries and timeouts; {@link #close()} leaves
   * {@code client} open.
   */
  public ConnectorHealthIndicator(ConnectorClient client, List<String> connectors, Status pausedStatus) {
    this(client, connectors, pausedStatus, false);
  }

  private ConnectorHealthIndicator(
      ConnectorClient client, List<String> connectors, Status pausedStatus, boolean ownsClient) {
    this.client = Objects.requireNonNull(client, "client");
    this.connectors = List.copyOf(connectors);
    this.pausedStatus = Objects.requireNonNull(pausedStatus, "pausedStatus");
    this.ownsClient = ownsClient;
  }

  /**
   * The auto-configured indicator: it probes with a client of its own derived from {@code client} (same target,
   * credentials and connection pool) that makes one attempt and waits at most {@link #PROBE_TIMEOUT} for an answer,
   * so that a health check neither holds a request thread through the client's retries nor spends its rate limit
   * on them while the API is down. Closing the indicator closes that client.
   */
  static ConnectorHealthIndicator probing(ConnectorClient client, List<String> connectors, Status pausedStatus) {
    ConnectorClient probe = client.newBuilder()
        .retryPolicy(RetryPolicy.none())
        .connectTimeout(PROBE_TIMEOUT)
        .readTimeout(PROBE_TIMEOUT)
        .build();
    return new ConnectorHealthIndicator(probe, connectors, pausedStatus, true);
  }

  /** Closes the client this indicator made for itself; a client given to the public constructor stays open. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public Health health() {
    Map<String, ConnectorInfo> byName;
    try {
      byName = client.list().stream().collect(Collectors.toMap(ConnectorInfo::name, Function.identity(), (a, b) -> a));
    } catch (ConnectorException | IllegalStateException e) {
      // ConnectorException messages are scrubbed by the SDK; no request body, header or secret is in them.
      return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    boolean down = false;
    boolean paused = false;
    for (String name : connectors) {
      ConnectorInfo info = byName.get(name);
      if (info == null) {
        details.put(name, Map.of("state", "NOT_FOUND"));
        down = true;
        continue;
      }
      ConnectorStatus status = info.status();
      details.put(name, describe(status));
      ConnectorState state = status.state();
      if (state.isFailed() || !status.failedTasks().isEmpty()) {
        down = true;
      } else if (state.equals(ConnectorState.PAUSED) || state.equals(ConnectorState.STOPPED)) {
        paused = true;
      }
    }
    Health.Builder health = new Health.Builder(down ? Status.DOWN : paused ? pausedStatus : Status.UP);
    return health.withDetails(Map.of("connectors", details)).build();
  }

  private static Map<String, Object> describe(ConnectorStatus status) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("state", status.state().value());
    Map<String, String> tasks = new LinkedHashMap<>();
    for (TaskStatus task : status.tasks()) {
      tasks.put(Integer.toString(task.id()), task.state().value());
    }
    d.put("tasks", tasks);
    return d;
  }

  @Override
  public String toString() {
    return "ConnectorHealthIndicator" + connectors;
  }
}
