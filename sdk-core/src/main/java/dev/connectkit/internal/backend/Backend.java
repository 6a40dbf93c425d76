package dev.connectkit.internal.backend;

import dev.connectkit.internal.http.HttpExecutor;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.ValidationResult;
import java.util.List;

/**
 * The seam between {@link dev.connectkit.ConnectorClient} (and its waits and watches) and a target's wire contract:
 * {@link ConnectBackend} implements it for every target, parameterised by the target's {@link TargetSpec}.
 *
 * <p>Implementations retry as {@link HttpExecutor} allows. {@link #create} throws {@link AmbiguousOutcomeException}
 * when it cannot tell whether the server applied the create; the client then looks the name up.
 */
public interface Backend {
  /** What only some targets offer; the client checks before sending anything. */
  enum Feature {
    /** {@code PUT /stop} and the {@code STOPPED} state. */
    STOP,
    /** Restart with {@code includeTasks}/{@code onlyFailed} other than the plain restart. */
    RESTART_OPTIONS,
    /** {@code POST /tasks/{id}/restart}. */
    TASK_RESTART,
    /** A create that starts the connector {@code PAUSED} or {@code STOPPED} (Kafka Connect 3.5+, KIP-980). */
    INITIAL_STATE,
    /**
     * The connector shows {@code RUNNING} a moment before its tasks are assigned (Kafka Connect): within the
     * stale-read window, {@code RUNNING} without tasks is not yet {@code RUNNING}.
     */
    LATE_TASKS
  }

  /** Whether this target offers {@code feature}. */
  boolean supports(Feature feature);

  /** A short description for messages, e.g. {@code Self-Service API https://… (scada/dev)}. */
  String describe();

  /** The full name the connector of {@code config} has (or will have) on this target. */
  String fullName(ConnectorConfig config);

  Connector create(ConnectorConfig config);

  /**
   * Creates the connector in {@code initialState} ({@code PAUSED} or {@code STOPPED}; callers check
   * {@link Feature#INITIAL_STATE} first).
   */
  default Connector create(ConnectorConfig config, String initialState) {
    throw new dev.connectkit.UnsupportedOnTargetException("create with initial state " + initialState, describe());
  }

  Connector get(String name);

  List<ConnectorInfo> list();

  Connector putConfig(ConnectorConfig config);

  void delete(String name);

  void pause(String name);

  void resume(String name);

  /**
   * Restarts; {@code includeTasks=true, onlyFailed=false} is the plain restart every target supports.
   *
   * @return the server's restart plan (Kafka Connect's 202 body: what is {@code RESTARTING}), or null if it sent none
   */
  @org.jspecify.annotations.Nullable ConnectorStatus restart(String name, boolean includeTasks, boolean onlyFailed);

  /** Stops (self-managed Kafka Connect only; callers check {@link #supports} first). */
  void stop(String name);

  /** Restarts one task (self-managed Kafka Connect only; callers check {@link #supports} first). */
  void restartTask(String name, int taskId);

  ConnectorStatus status(String name);

  ValidationResult validate(ConnectorConfig config);

  ConnectorOffsets offsets(String name);

  void requestOffsets(String name, String type, List<ConnectorOffset> offsets);

  OffsetsRequestStatus offsetsRequestStatus(String name);

  /**
   * The status as one attempt of {@link HttpExecutor#read}: without blocking the caller when the backend's executor
   * reads asynchronously; the answer, or the typed failure, goes to {@code reply} once.
   */
  HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<ConnectorStatus> reply);

  /** The list with statuses, read like {@link #readStatus}. */
  HttpExecutor.PendingRead readList(HttpExecutor.Reply<List<ConnectorInfo>> reply);

  /** The offsets request's status, read like {@link #readStatus} (Kafka Connect: on the calling thread). */
  HttpExecutor.PendingRead readOffsetsRequestStatus(String name, HttpExecutor.Reply<OffsetsRequestStatus> reply);
}
