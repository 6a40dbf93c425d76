package dev.connectkit.internal;

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
 * The seam between {@link dev.connectkit.ConnectorClient} and one target's wire contract: paths, DTOs and mapping
 * live behind it, so a target whose real API differs is a change to one implementation.
 *
 * <p>Implementations retry as {@link HttpExecutor} allows. {@link #create} throws {@link AmbiguousOutcomeException}
 * when it cannot tell whether the server applied the create; the client then looks the name up.
 */
public interface Backend {
  /** A short description for messages, e.g. {@code Self-Service API https://… (scada/dev)}. */
  String describe();

  /** The full name the connector of {@code config} has (or will have) on this target. */
  String fullName(ConnectorConfig config);

  Connector create(ConnectorConfig config);

  Connector get(String name);

  List<ConnectorInfo> list();

  Connector putConfig(ConnectorConfig config);

  void delete(String name);

  void pause(String name);

  void resume(String name);

  void restart(String name);

  ConnectorStatus status(String name);

  ValidationResult validate(ConnectorConfig config);

  ConnectorOffsets offsets(String name);

  void requestOffsets(String name, String type, List<ConnectorOffset> offsets);

  OffsetsRequestStatus offsetsRequestStatus(String name);
}
