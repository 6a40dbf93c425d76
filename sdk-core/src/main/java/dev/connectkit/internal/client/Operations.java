package dev.connectkit.internal.client;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.OutcomeUnknownException;
import dev.connectkit.RestartOptions;
import dev.connectkit.TaskState;
import dev.connectkit.Transition.Operation;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.AmbiguousOutcomeException;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.wait.Evidence;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The lifecycle operations' logic behind the facade: which state a change needs before anything is sent, what the
 * change's wait knows ({@link Evidence}), when nothing has to change, and how a create
 * ends that may or may not have been applied ({@link CreateResolution}).
 */
public final class Operations {
  private final Backend backend;
  private final TargetKind kind;
  private final CreateResolution creates;

  /** {@code closed} tells whether the client was closed (a create cut short by close is not looked up). */
  public Operations(Backend backend, HttpExecutor executor, TargetKind kind,
      BooleanSupplier closed) {
    this.backend = backend;
    this.kind = kind;
    this.creates = new CreateResolution(backend, executor, kind, closed);
  }

  public Change create(ConnectorConfig config) {
    Connector created = creates.create(config, null);
    return Change.started(Operation.CREATE, created.name(), created, Evidence.NONE);
  }

  /**
   * Creates the connector in {@code initialState}, {@code PAUSED} or {@code STOPPED} (Kafka Connect's
   * {@code initial_state}); the change is a pause or stop, waited for like one. Right after the create the worker
   * may have no status yet: a 404 there is "not yet" ({@link Evidence#CREATED}).
   */
  public Change create(ConnectorConfig config, ConnectorState initialState) {
    Operation operation;
    if (initialState.equals(ConnectorState.PAUSED)) {
      operation = Operation.PAUSE;
    } else if (initialState.equals(ConnectorState.STOPPED)) {
      operation = Operation.STOP;
    } else {
      throw new IllegalArgumentException(
          "initialState takes RUNNING, PAUSED or STOPPED (was " + initialState.value() + ")");
    }
    require(Backend.Feature.INITIAL_STATE, "create with initial state " + initialState.value());
    Connector created = creates.create(config, initialState.value());
    return Change.started(operation, created.name(), created, Evidence.CREATED);
  }

  /** Creates the connector, or replaces its config if it exists; the change is a create or an update. */
  public Change apply(ConnectorConfig config) {
    String name = backend.fullName(config);
    if (creates.lookUp(name) == null) {
      try {
        return create(config);
      } catch (ConnectorAlreadyExistsException e) {
        // Created concurrently: fall through to update.
      }
    }
    return update(config);
  }

  public Change update(ConnectorConfig config) {
    ConfigMaps.checkSendable(config); // before any request: a masked value is refused without a word to the server
    Evidence before = evidence(backend.fullName(config));
    Connector updated = backend.putConfig(config);
    return Change.started(Operation.UPDATE, updated.name(), updated, before);
  }

  public Change delete(String name) {
    backend.delete(name);
    return Change.started(Operation.DELETE, name, null, Evidence.NONE);
  }

  /** Pauses; on a target whose reads are fresh, a connector already paused is left alone. */
  public Change pause(String name) {
    ConnectorStatus status = backend.status(name);
    if (kind.readsAreFresh() && status.state().equals(ConnectorState.PAUSED)
        && status.tasks().stream().noneMatch(t -> t.state().isHealthy())) {
      return Change.complete(Operation.PAUSE, name, status);
    }
    backend.pause(name);
    return Change.started(Operation.PAUSE, name, null, Evidence.before(status));
  }

  /** Resumes a paused or stopped connector; on a target whose reads are fresh, a running one is left alone. */
  public Change resume(String name) {
    ConnectorStatus status = backend.status(name);
    ConnectorState state = status.state();
    if (state.equals(ConnectorState.RUNNING) && kind.readsAreFresh()
        && status.tasks().stream().allMatch(t -> t.state().isHealthy())) {
      return Change.complete(Operation.RESUME, name, status);
    }
    if (!state.equals(ConnectorState.RUNNING) && !state.equals(ConnectorState.PAUSED)
        && !state.equals(ConnectorState.STOPPED)) {
      throw new IllegalConnectorStateException(
          "resume needs PAUSED, STOPPED or RUNNING; " + name + " is " + state.value(), state);
    }
    backend.resume(name);
    return Change.started(Operation.RESUME, name, null, Evidence.before(status));
  }

  /** Restarts what {@code options} name, if the connector is in a state a restart can apply to. */
  public Change restart(String name, RestartOptions options) {
    Objects.requireNonNull(options, "options");
    boolean includeTasks = options.includeTasks();
    boolean onlyFailed = options.onlyFailed();
    if (!options.equals(RestartOptions.connectorAndTasks())) {
      require(Backend.Feature.RESTART_OPTIONS, "restart with includeTasks=" + includeTasks + ", onlyFailed=" + onlyFailed);
    }
    ConnectorStatus before = backend.status(name);
    ConnectorState state = before.state();
    if (state.equals(ConnectorState.PROVISIONING) || state.equals(ConnectorState.PAUSED)
        || state.equals(ConnectorState.STOPPED) || state.equals(ConnectorState.DELETED)) {
      throw new IllegalConnectorStateException("restart cannot apply: " + name + " is " + state.value()
          + (state.equals(ConnectorState.PAUSED) || state.equals(ConnectorState.STOPPED) ? "; resume it instead" : ""),
          state);
    }
    ConnectorStatus plan = backend.restart(name, includeTasks, onlyFailed);
    if (plan != null && !plan.state().equals(ConnectorState.RESTARTING)
        && plan.tasks().stream().noneMatch(t -> t.state().equals(TaskState.RESTARTING))) {
      // Kafka Connect's plan restarts nothing (onlyFailed, and nothing failed): there is nothing to wait for.
      return Change.complete(Operation.RESTART, name, before);
    }
    return Change.started(Operation.RESTART, name, null, Evidence.before(before));
  }

  public Change restartTask(String name, int taskId) {
    require(Backend.Feature.TASK_RESTART, "restartTask");
    Evidence before = evidence(name);
    backend.restartTask(name, taskId);
    return Change.started(Operation.RESTART, name, null, before);
  }

  public Change stop(String name) {
    require(Backend.Feature.STOP, "stop");
    backend.stop(name);
    return Change.started(Operation.STOP, name, null, Evidence.NONE);
  }

  public Change alterOffsets(String name, List<ConnectorOffset> offsets) {
    if (offsets.isEmpty()) {
      throw new ConnectorValidationException(
          "offsets", List.of(ConfigViolation.missing("offsets", "at least one partition and offset")));
    }
    requestOffsets(name, "PATCH", offsets);
    return Change.started(Operation.ALTER_OFFSETS, name, null, Evidence.NONE);
  }

  public Change resetOffsets(String name) {
    requestOffsets(name, "DELETE", List.of());
    return Change.started(Operation.RESET_OFFSETS, name, null, Evidence.NONE);
  }

  private void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    try {
      backend.requestOffsets(name, type, offsets);
    } catch (AmbiguousOutcomeException e) {
      throw new OutcomeUnknownException("the offsets request for " + name + " may or may not have been taken ("
          + e.lastFailure().getMessage() + "); read client.offsetsRequestStatus(\"" + name + "\") before sending "
          + "another (one request at a time)", e.lastFailure());
    }
  }

  private void require(Backend.Feature feature, String operation) {
    if (!backend.supports(feature)) {
      throw new UnsupportedOnTargetException(operation, backend.describe());
    }
  }

  /** The status before a change, as evidence for its wait; none if the connector is not there (yet). */
  private Evidence evidence(String name) {
    try {
      return Evidence.before(backend.status(name));
    } catch (ConnectorNotFoundException e) {
      return Evidence.NONE;
    }
  }
}
