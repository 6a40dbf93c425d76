package dev.connectkit.testing;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A config update the fake accepts (200) and that fails later: the connector goes on reporting {@code RUNNING}, then
 * turns {@code FAILED} with a trace, as Confluent Cloud does when it validates a new config only after accepting it
 * (the old config goes on running there; the fake keeps the new one). Arm it with {@link
 * FakeConnectorApi#failAfterNextUpdate(String, LateFailure)}.
 *
 * <!-- example: FakeConnectorApi fake; ConnectorClient client; String name; ConnectorConfig changed -->
 * <pre>{@code
 * fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(2, "Invalid value for snowflake.url.name"));
 * client.update(changed);   // 200
 * // the next two status reads show RUNNING, the third shows FAILED with that trace
 * fake.failAfterNextUpdate(name, LateFailure.after(Duration.ofSeconds(30), "Invalid credentials"));
 * // FAILED 30 s after the update on the fake's clock
 * }</pre>
 */
public final class LateFailure {
  private final @Nullable Duration delay;
  private final int statusReads;
  private final String trace;

  private LateFailure(@Nullable Duration delay, int statusReads, String trace) {
    this.delay = delay;
    this.statusReads = statusReads;
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  /**
   * {@code FAILED} with {@code trace} once {@code delay} has passed on the fake's clock after the update was accepted.
   *
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static LateFailure after(Duration delay, String trace) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay is negative: " + delay);
    }
    return new LateFailure(delay, -1, trace);
  }

  /**
   * {@code FAILED} with {@code trace} after {@code statusReads} status reads of the connector since the update was
   * accepted: those reads show it as the update left it, every later one {@code FAILED}. A status read is a {@code GET
   * …/status} or a list with {@code expand=status} that includes the connector.
   *
   * @throws IllegalArgumentException if {@code statusReads} is negative
   */
  public static LateFailure afterStatusReads(int statusReads, String trace) {
    if (statusReads < 0) {
      throw new IllegalArgumentException("statusReads is negative: " + statusReads);
    }
    return new LateFailure(null, statusReads, trace);
  }

  /** The delay on the fake's clock, if this failure comes after a delay rather than after status reads. */
  public java.util.Optional<Duration> delay() {
    return java.util.Optional.ofNullable(delay);
  }

  /** The number of status reads before the failure shows; -1 if it comes after a {@link #delay()}. */
  public int statusReads() {
    return statusReads;
  }

  /** The connector's trace once failed. */
  public String trace() {
    return trace;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LateFailure
        && Objects.equals(delay, ((LateFailure) o).delay)
        && statusReads == ((LateFailure) o).statusReads
        && trace.equals(((LateFailure) o).trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delay, statusReads, trace);
  }

  /** For example {@code afterStatusReads(2)} or {@code after(PT30S)}; the trace is left out. */
  @Override
  public String toString() {
    return delay != null ? "after(" + delay + ")" : "afterStatusReads(" + statusReads + ")";
  }
}
