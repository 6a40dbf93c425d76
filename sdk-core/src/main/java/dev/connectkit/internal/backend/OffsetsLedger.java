package dev.connectkit.internal.backend;

import dev.connectkit.OffsetsRequestStatus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kafka Connect changes offsets synchronously and has no request-status endpoint: this remembers, per connector, the
 * outcome of the last change this client made, so {@code offsetsRequestStatus} and the offsets transition (which polls
 * it) complete at once. Shared by a client's request and poll backends.
 */
public final class OffsetsLedger {
  private final Map<String, OffsetsRequestStatus> last = new ConcurrentHashMap<>();

  void record(OffsetsRequestStatus status) {
    last.put(status.name(), status);
  }

  Optional<OffsetsRequestStatus> last(String name) {
    return Optional.ofNullable(last.get(name));
  }
}
