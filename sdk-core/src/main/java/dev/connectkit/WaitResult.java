package dev.connectkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a wait ended: the final status, every state seen on the way, how many polls it took and how long.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * WaitResult result = client.pause(name).await(Duration.ofMinutes(5));
 * System.out.println(result.finalStatus().map(s -> s.state().value()).orElse("gone")
 *     + " after " + result.attempts() + " polls in " + result.elapsed().toSeconds() + " s");
 * }</pre>
 *
 * <p>Only the SDK creates wait results.
 */
public final class WaitResult {
  private final @Nullable ConnectorStatus finalStatus;
  private final @Nullable OffsetsRequestStatus offsetsStatus;
  private final List<Observation> observed;
  private final int attempts;
  private final Duration elapsed;

  WaitResult(
      @Nullable ConnectorStatus finalStatus,
      @Nullable OffsetsRequestStatus offsetsStatus,
      List<Observation> observed,
      int attempts,
      Duration elapsed) {
    this.finalStatus = finalStatus;
    this.offsetsStatus = offsetsStatus;
    this.observed = List.copyOf(observed);
    this.attempts = attempts;
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  /** The status that ended the wait; empty after a delete (the connector is gone) and for offsets changes. */
  public Optional<ConnectorStatus> finalStatus() {
    return Optional.ofNullable(finalStatus);
  }

  /** For offsets changes: the request status that ended the wait. */
  public Optional<OffsetsRequestStatus> offsetsStatus() {
    return Optional.ofNullable(offsetsStatus);
  }

  /** Every distinct state seen, in order (consecutive repeats collapsed). */
  public List<Observation> observed() {
    return observed;
  }

  /** How many status reads it took. */
  public int attempts() {
    return attempts;
  }

  /** How long the wait took. */
  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return "WaitResult{final=" + (finalStatus == null ? (offsetsStatus == null ? "gone" : offsetsStatus.phase())
        : finalStatus.state()) + ", observed=" + observed + ", attempts=" + attempts + ", elapsed=" + elapsed + "}";
  }
}
