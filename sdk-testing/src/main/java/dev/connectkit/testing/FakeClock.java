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
 * <p>An {@linkplain #autoAdvancing() auto-advancing} clock also moves by itself: each time a client reads a
 * connector's status (or its offsets request), the clock jumps to that connector's next scheduled change. A client that
 * polls, such as a service under test blocked in {@code transition.await(...)}, sees every intermediate state once and
 * then the next one, at once, without the test advancing anything; {@link #advance} still works.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * FakeConnectorApi fake = FakeConnectorApi.builder().clock(FakeClock.autoAdvancing()).start();
 * client.create(config).await(Duration.ofSeconds(5)); // PROVISIONING, then RUNNING: no clock.advance(...)
 * }</pre>
 *
 * <p>Thread-safe. Always in UTC.
 */
public final class FakeClock extends Clock {
  /** Where a new clock starts: 2026-01-01T00:00:00Z. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now;
  private final boolean autoAdvances;

  /** A clock at {@link #DEFAULT_START}. */
  public FakeClock() {
    this(DEFAULT_START);
  }

  /** A clock at {@code start}. */
  public FakeClock(Instant start) {
    this(start, false);
  }

  private FakeClock(Instant start, boolean autoAdvances) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    this.autoAdvances = autoAdvances;
  }

  /**
   * A clock at {@link #DEFAULT_START} that the fake moves to a connector's next change each time a client reads the
   * connector's status: the default of {@link FakeConnectorApiExtension}.
   */
  public static FakeClock autoAdvancing() {
    return new FakeClock(DEFAULT_START, true);
  }

  /** Whether the fake moves this clock when a client reads a status (see {@link #autoAdvancing()}). */
  public boolean autoAdvances() {
    return autoAdvances;
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
    return "FakeClock{" + now.get() + (autoAdvances ? ", auto-advancing" : "") + "}";
  }
}
