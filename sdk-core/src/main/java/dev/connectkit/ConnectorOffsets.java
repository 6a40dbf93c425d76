package dev.connectkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A connector's offsets as last observed by the server (Confluent Cloud reads them periodically).
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * ConnectorOffsets offsets = client.offsets(name);
 * offsets.offsets().forEach(o -> System.out.println(o.partition() + " -> " + o.offset()));
 * }</pre>
 *
 * <p>Only the SDK creates offsets (from the server's answers); {@link ConnectorOffset#of} builds the ones you send.
 */
public final class ConnectorOffsets {
  private final String name;
  private final List<ConnectorOffset> offsets;
  private final @Nullable Instant observedAt;

  /** Offsets of {@code name}, observed at {@code observedAt} (null if the server did not say). */
  ConnectorOffsets(String name, List<ConnectorOffset> offsets, @Nullable Instant observedAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.offsets = List.copyOf(offsets);
    this.observedAt = observedAt;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** Every partition's offset. */
  public List<ConnectorOffset> offsets() {
    return offsets;
  }

  /** When the server observed them, if it said. */
  public Optional<Instant> observedAt() {
    return Optional.ofNullable(observedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConnectorOffsets
        && ((ConnectorOffsets) o).name.equals(name)
        && ((ConnectorOffsets) o).offsets.equals(offsets)
        && Objects.equals(((ConnectorOffsets) o).observedAt, observedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, offsets, observedAt);
  }

  @Override
  public String toString() {
    return "ConnectorOffsets{name=" + name + ", offsets=" + offsets + ", observedAt=" + observedAt + "}";
  }
}
