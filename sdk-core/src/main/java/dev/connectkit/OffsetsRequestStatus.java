package dev.connectkit;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of the last request to alter or reset a connector's offsets (Confluent Cloud applies them
 * asynchronously, one request at a time). The phase is open: {@code PENDING}, {@code PENDING_VALIDATION},
 * {@code APPLIED}, {@code FAILED}, or whatever the server adds.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * client.resetOffsets(name);
 * OffsetsRequestStatus status = client.offsetsRequestStatus(name);
 * if (status.isFailed()) {
 *   System.err.println(status.message());
 * }
 * }</pre>
 *
 * <p>Only the SDK creates request statuses (from the server's answers).
 */
public final class OffsetsRequestStatus {
  private final String name;
  private final OffsetsRequestType type;
  private final String phase;
  private final String message;
  private final @Nullable Instant requestedAt;
  private final @Nullable Instant appliedAt;

  OffsetsRequestStatus(
      String name,
      OffsetsRequestType type,
      String phase,
      String message,
      @Nullable Instant requestedAt,
      @Nullable Instant appliedAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.message = Objects.requireNonNull(message, "message");
    this.requestedAt = requestedAt;
    this.appliedAt = appliedAt;
  }

  /** The connector's full name. */
  public String name() {
    return name;
  }

  /** What was asked: {@link OffsetsRequestType#ALTER}, {@link OffsetsRequestType#RESET}, or a type the SDK does not know. */
  public OffsetsRequestType type() {
    return type;
  }

  /** The raw phase, upper case. */
  public String phase() {
    return phase;
  }

  /** The server's message, empty if none. */
  public String message() {
    return message;
  }

  /** When the request was made, if known. */
  public Optional<Instant> requestedAt() {
    return Optional.ofNullable(requestedAt);
  }

  /** When the offsets were applied, if they were. */
  public Optional<Instant> appliedAt() {
    return Optional.ofNullable(appliedAt);
  }

  /** Whether the offsets were applied. */
  public boolean isApplied() {
    return phase.toUpperCase(Locale.ROOT).equals("APPLIED");
  }

  /** Whether the request failed. */
  public boolean isFailed() {
    return phase.toUpperCase(Locale.ROOT).equals("FAILED");
  }

  /** Whether the request is still being worked on (neither applied nor failed). */
  public boolean isPending() {
    return !isApplied() && !isFailed();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof OffsetsRequestStatus)) {
      return false;
    }
    OffsetsRequestStatus that = (OffsetsRequestStatus) o;
    return name.equals(that.name)
        && type.equals(that.type)
        && phase.equals(that.phase)
        && message.equals(that.message)
        && Objects.equals(requestedAt, that.requestedAt)
        && Objects.equals(appliedAt, that.appliedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, phase, message);
  }

  @Override
  public String toString() {
    return "OffsetsRequestStatus{name=" + name + ", type=" + type + ", phase=" + phase + "}";
  }
}
