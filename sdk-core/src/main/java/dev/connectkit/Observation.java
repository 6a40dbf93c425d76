package dev.connectkit;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One state a {@link Transition} saw while waiting, and when: {@code PROVISIONING} at 0 s, {@code FAILED} at 40 s,
 * {@code RUNNING} at 95 s. A connector that is not (yet, or any more) there is {@code NOT_FOUND}; an offsets request
 * reports its phase.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * for (Observation o : client.create(config).await(Duration.ofMinutes(30)).observed()) {
 *   System.out.printf("%6ds %s %s%n", o.elapsed().toSeconds(), o.state(), o.detail());
 * }
 * }</pre>
 *
 * <p>Only the SDK creates observations.
 */
public final class Observation implements java.io.Serializable {
  /** The state a missing connector is recorded as. */
  public static final String NOT_FOUND = "NOT_FOUND";

  private static final long serialVersionUID = 1L;

  private final Duration elapsed;
  private final String state;
  private final String detail;

  Observation(Duration elapsed, String state, String detail) {
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    this.state = Objects.requireNonNull(state, "state");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** Time since the transition started. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The connector state (or {@code NOT_FOUND}, or an offsets phase). */
  public String state() {
    return state;
  }

  /** The trace or message that came with it, empty if none. */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Observation)) {
      return false;
    }
    Observation that = (Observation) o;
    return elapsed.equals(that.elapsed) && state.equals(that.state) && detail.equals(that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(elapsed, state, detail);
  }

  @Override
  public String toString() {
    return "Observation[elapsed=" + elapsed + ", state=" + state + ", detail=" + detail + "]";
  }
}
