package dev.connectkit;

import dev.connectkit.internal.Responses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Creates the response types for the internal code, whose constructors are not public ({@link Responses}). */
final class ResponseFactory implements Responses.Access {
  @Override
  public Connector connector(String name, ConnectorType type, Map<String, String> config, List<Integer> taskIds) {
    return new Connector(name, type, config, taskIds);
  }

  @Override
  public ConnectorStatus status(
      String name, ConnectorType type, ConnectorState state, String workerId, String trace, List<TaskStatus> tasks) {
    return new ConnectorStatus(name, type, state, workerId, trace, tasks);
  }

  @Override
  public TaskStatus task(int id, TaskState state, String workerId, String trace) {
    return new TaskStatus(id, state, workerId, trace);
  }

  @Override
  public ConnectorInfo info(
      String name, @Nullable String id, ConnectorType type, Map<String, String> config, ConnectorStatus status) {
    return new ConnectorInfo(name, id, type, config, status);
  }

  @Override
  public ConnectorChange change(ConnectorStatus previous, ConnectorStatus current) {
    return new ConnectorChange(previous, current);
  }

  @Override
  public ValidationResult validation(String connectorClass, int errorCount, List<ConfigViolation> errors) {
    return new ValidationResult(connectorClass, errorCount, errors);
  }

  @Override
  public ConnectorOffsets offsets(String name, List<ConnectorOffset> offsets, @Nullable Instant observedAt) {
    return new ConnectorOffsets(name, offsets, observedAt);
  }

  @Override
  public OffsetsRequestStatus offsetsStatus(
      String name,
      OffsetsRequestType type,
      String phase,
      String message,
      @Nullable Instant requestedAt,
      @Nullable Instant appliedAt) {
    return new OffsetsRequestStatus(name, type, phase, message, requestedAt, appliedAt);
  }

  @Override
  public Observation observation(Duration elapsed, String state, String detail) {
    return new Observation(elapsed, state, detail);
  }

  @Override
  public WaitResult waitResult(
      @Nullable ConnectorStatus finalStatus,
      @Nullable OffsetsRequestStatus offsetsStatus,
      List<Observation> observed,
      int attempts,
      Duration elapsed) {
    return new WaitResult(finalStatus, offsetsStatus, observed, attempts, elapsed);
  }
}
