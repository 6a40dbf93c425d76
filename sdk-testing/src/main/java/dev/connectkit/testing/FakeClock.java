package dev.connectkit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to. The fake's connectors change state on this clock: a connector created at
 * {@code t} stays {@code PROVISIONING} until the clock passes {@code t + provisioningTime}.
 *
 * <pre>{@code
 * FakeClock clock = new FakeClock();
 * FakeConnectorApi fake = FakeConnectorApi.builder().clock(clock).provisioningTime(Duration.ofMinutes(2)).start();
 * // ... create a connector: it is PROVISIONING
 * clock.advance(Duration.ofMinutes(2));
 * // now it is RUNNING
 * }</pre>
 *
 * <p>Thread-safe. Always in UTC.
 */
public final class FakeClock extends Clock {
  /** Where a new clock starts: 2026-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;

  /** A clock at {@link #DEFAULT_START}. */
  public FakeClock() {
    this(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public FakeClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Moves the clock forward by {@code duration}.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot move a clock backwards: " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the clock to {@code instant} (also backwards, to test clock skew). */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: a fake clock is always in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "FakeClock{" + now.get() + "}";
  }
}
