package dev.connectkit.internal.events;

import dev.connectkit.CallInfo.Operation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.HttpExecutor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link Backend} whose calls are {@link Events} (the one for user calls; polls are waits and watches). */
final class ObservedBackend implements Backend {
  private final Backend backend;
  private final Events events;

  ObservedBackend(Backend backend, Events events) {
    this.backend = backend;
    this.events = events;
  }

  private String name(ConnectorConfig config) {
    try {
      return backend.fullName(config);
    } catch (RuntimeException e) {
      return "";
    }
  }

  @Override
  public boolean supports(Feature feature) {
    return backend.supports(feature);
  }

  @Override
  public String describe() {
    return backend.describe();
  }

  @Override
  public String fullName(ConnectorConfig config) {
    return backend.fullName(config);
  }

  @Override
  public Connector create(ConnectorConfig config) {
    return events.call(Operation.CREATE, name(config), () -> backend.create(config));
  }

  @Override
  public Connector create(ConnectorConfig config, String initialState) {
    return events.call(Operation.CREATE, name(config), () -> backend.create(config, initialState));
  }

  @Override
  public Connector get(String name) {
    return events.call(Operation.GET, name, () -> backend.get(name));
  }

  @Override
  public List<ConnectorInfo> list() {
    return events.call(Operation.LIST, "", backend::list);
  }

  @Override
  public Connector putConfig(ConnectorConfig config) {
    return events.call(Operation.UPDATE, name(config), () -> backend.putConfig(config));
  }

  @Override
  public void delete(String name) {
    events.call(Operation.DELETE, name, () -> {
      backend.delete(name);
      return name;
    });
  }

  @Override
  public void pause(String name) {
    events.call(Operation.PAUSE, name, () -> {
      backend.pause(name);
      return name;
    });
  }

  @Override
  public void resume(String name) {
    events.call(Operation.RESUME, name, () -> {
      backend.resume(name);
      return name;
    });
  }

  @Override
  public @Nullable ConnectorStatus restart(String name, boolean includeTasks, boolean onlyFailed) {
    // The plan may be absent (null): carried in an array so the call's body returns a value.
    @Nullable ConnectorStatus[] plan = new ConnectorStatus[1];
    events.call(Operation.RESTART, name, () -> {
      plan[0] = backend.restart(name, includeTasks, onlyFailed);
      return name;
    });
    return plan[0];
  }

  @Override
  public void stop(String name) {
    events.call(Operation.STOP, name, () -> {
      backend.stop(name);
      return name;
    });
  }

  @Override
  public void restartTask(String name, int taskId) {
    events.call(Operation.RESTART_TASK, name, () -> {
      backend.restartTask(name, taskId);
      return name;
    });
  }

  @Override
  public ConnectorStatus status(String name) {
    return events.call(Operation.STATUS, name, () -> backend.status(name));
  }

  @Override
  public ValidationResult validate(ConnectorConfig config) {
    return events.call(Operation.VALIDATE, name(config), () -> backend.validate(config));
  }

  @Override
  public ConnectorOffsets offsets(String name) {
    return events.call(Operation.OFFSETS, name, () -> backend.offsets(name));
  }

  @Override
  public void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    events.call(Operation.ALTER_OFFSETS, name, () -> {
      backend.requestOffsets(name, type, offsets);
      return name;
    });
  }

  @Override
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    return events.call(Operation.OFFSETS_REQUEST_STATUS, name, () -> backend.offsetsRequestStatus(name));
  }

  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<ConnectorStatus> reply) {
    return backend.readStatus(name, reply);
  }

  @Override
  public HttpExecutor.PendingRead readList(HttpExecutor.Reply<List<ConnectorInfo>> reply) {
    return backend.readList(reply);
  }

  @Override
  public HttpExecutor.PendingRead readOffsetsRequestStatus(
      String name, HttpExecutor.Reply<OffsetsRequestStatus> reply) {
    return backend.readOffsetsRequestStatus(name, reply);
  }
}
