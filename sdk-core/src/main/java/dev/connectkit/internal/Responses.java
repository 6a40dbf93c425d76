package dev.connectkit.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.OffsetsRequestType;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.ValidationResult;
import dev.connectkit.WaitResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates the response types, whose constructors are not public (only the SDK creates them): {@code ConnectorStatus}
 * installs the package-private factory of {@code dev.connectkit} here when it is initialised.
 */
public final class Responses {
  /** What {@code dev.connectkit} lends this package: one method per response type. */
  public interface Access {
    Connector connector(String name, ConnectorType type, Map<String, String> config, List<Integer> taskIds);

    ConnectorStatus status(
        String name, ConnectorType type, ConnectorState state, String workerId, String trace, List<TaskStatus> tasks);

    TaskStatus task(int id, TaskState state, String workerId, String trace);

    ConnectorInfo info(
        String name, @Nullable String id, ConnectorType type, Map<String, String> config, ConnectorStatus status);

    ConnectorChange change(ConnectorStatus previous, ConnectorStatus current);

    ValidationResult validation(String connectorClass, int errorCount, List<ConfigViolation> errors);

    ConnectorOffsets offsets(String name, List<ConnectorOffset> offsets, @Nullable Instant observedAt);

    OffsetsRequestStatus offsetsStatus(
        String name,
        OffsetsRequestType type,
        String phase,
        String message,
        @Nullable Instant requestedAt,
        @Nullable Instant appliedAt);

    Observation observation(Duration elapsed, String state, String detail);

    WaitResult waitResult(
        @Nullable ConnectorStatus finalStatus,
        @Nullable OffsetsRequestStatus offsetsStatus,
        List<Observation> observed,
        int attempts,
        Duration elapsed);
  }

  private static final Installed<Access> ACCESS = new Installed<>(ConnectorStatus.class);

  private Responses() {}

  /** Called once, by {@code ConnectorStatus}'s static initialiser. */
  public static void install(Access a) {
    ACCESS.install(a);
  }

  /** The factory; initialises {@code ConnectorStatus} first if nothing did yet. */
  public static Access factory() {
    return ACCESS.get();
  }
}
