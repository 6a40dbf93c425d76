package dev.connectkit.internal.backend;

import dev.connectkit.ConnectorOffset;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.internal.http.HttpExecutor;
import java.util.List;

/** How a target changes offsets, and where the outcome is read: {@link OffsetRequests} or {@link StoppedOffsets}. */
interface OffsetChanges {
  /** Alters ({@code PATCH}) or resets ({@code DELETE}) the offsets of {@code name}. */
  void request(String name, String type, List<ConnectorOffset> offsets);

  /** The outcome of the last change. */
  OffsetsRequestStatus status(String name);

  /** {@link #status} as one attempt, like {@link Backend#readStatus}. */
  HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<OffsetsRequestStatus> reply);
}
