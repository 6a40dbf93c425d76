package dev.connectkit;

import java.time.Duration;
import java.util.Objects;

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
 * @param elapsed time since the transition started
 * @param state the connector state (or {@code NOT_FOUND}, or an offsets phase)
 * @param detail the trace or message that came with it, empty if none
 */
public record Observation(Duration elapsed, String state, String detail) implements java.io.Serializable {
  /** The state a missing connector is recorded as. */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** Checks that no component is null. */
  public Observation {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }
}
