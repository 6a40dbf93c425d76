package dev.connectkit.testing.internal;

import dev.connectkit.testing.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The token bucket behind a {@link RateLimit}: full at the start, refilled continuously at {@code requests} per
 * {@code period}, never above {@code requests}.
 */
final class TokenBucket {
  final RateLimit limit;
  private final Clock clock;
  private final double perNano;
  private double tokens;
  private Instant refilledAt;

  TokenBucket(RateLimit limit, Clock fakeClock) {
    this.limit = limit;
    this.clock = limit.clock().orElse(fakeClock);
    this.perNano = (double) limit.requests() / limit.period().toNanos();
    this.tokens = limit.requests();
    this.refilledAt = clock.instant();
  }

  /** Takes a token: zero if there was one, else how long until there is one (nothing taken). */
  synchronized Duration take() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
  }

  /** The tokens left, rounded down. */
  synchronized int remaining() {
    refill();
    return (int) Math.floor(tokens);
  }

  /** How long until the bucket is full again. */
  synchronized Duration untilFull() {
    refill();
    return Duration.ofNanos((long) Math.ceil((limit.requests() - tokens) / perNano));
  }

  private void refill() {
    Instant now = clock.instant();
    if (now.isAfter(refilledAt)) {
      long nanos = Duration.between(refilledAt, now).toNanos();
      tokens = Math.min(limit.requests(), tokens + nanos * perNano);
      refilledAt = now;
    }
  }

  /** {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} as of now. */
  synchronized java.util.Map<String, String> headers() {
    return java.util.Map.of(
        "X-RateLimit-Limit", String.valueOf(limit.requests()),
        "X-RateLimit-Remaining", String.valueOf(remaining()),
        "X-RateLimit-Reset", String.valueOf(seconds(untilFull())));
  }

  /** {@code d} in whole seconds, rounded up. */
  static long seconds(Duration d) {
    return (d.toNanos() + 999_999_999L) / 1_000_000_000L;
  }
}
