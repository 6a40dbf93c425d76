package dev.connectkit.plan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The rate-limit headers of one answer, read defensively: an absent, malformed, negative or absurd value never throws
 * and never yields a wait beyond {@link #MAX_WAIT}.
 *
 * <ul>
 *   <li>{@code X-RateLimit-Limit}: a whole number above 0 (at most {@value #MAX_COUNT}), else unknown.</li>
 *   <li>{@code X-RateLimit-Remaining}: a whole number, negative read as 0, capped by the limit.</li>
 *   <li>{@code X-RateLimit-Reset}: seconds (decimals allowed) until the server's budget is full again; a value of
 *       {@value #EPOCH_SECONDS_FROM} or more is an epoch second, as some servers send it.</li>
 *   <li>{@code Retry-After}: seconds or an HTTP date.</li>
 * </ul>
 */
final class RateLimitHeaders {
  /** The longest any header can make the pacer wait: the documented maximum of one wait. */
  static final Duration MAX_WAIT = Duration.ofMinutes(1);
  static final long MAX_COUNT = 1_000_000_000L;
  static final long EPOCH_SECONDS_FROM = 1_000_000_000L;
  static final long UNKNOWN = -1;
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]*)?");
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal MAX_WAIT_SECONDS = BigDecimal.valueOf(MAX_WAIT.toSeconds());

  /** Above 0, or 0 if unknown. */
  final long limit;
  /** 0 to {@link #limit} (or {@value #MAX_COUNT}), or {@link #UNKNOWN}. */
  final long remaining;
  /** 0 to {@link #MAX_WAIT} in nanoseconds, or {@link #UNKNOWN}. */
  final long resetNanos;
  /** 0 to {@link #MAX_WAIT} in nanoseconds, or {@link #UNKNOWN}. */
  final long retryAfterNanos;

  private RateLimitHeaders(long limit, long remaining, long resetNanos, long retryAfterNanos) {
    this.limit = limit;
    this.remaining = remaining;
    this.resetNanos = resetNanos;
    this.retryAfterNanos = retryAfterNanos;
  }

  static RateLimitHeaders of(Response response) {
    return parse(response.header("X-RateLimit-Limit"), response.header("X-RateLimit-Remaining"),
        response.header("X-RateLimit-Reset"), response.header("Retry-After"), System.currentTimeMillis());
  }

  static RateLimitHeaders parse(@Nullable String limit, @Nullable String remaining, @Nullable String reset,
      @Nullable String retryAfter, long nowEpochMillis) {
    BigDecimal l = number(limit);
    long parsedLimit = l == null || l.signum() <= 0 ? 0 : count(l);
    BigDecimal r = number(remaining);
    long parsedRemaining = r == null ? UNKNOWN : Math.min(count(r), parsedLimit > 0 ? parsedLimit : MAX_COUNT);
    BigDecimal s = number(reset);
    if (s != null && s.compareTo(BigDecimal.valueOf(EPOCH_SECONDS_FROM)) >= 0) {
      s = s.subtract(BigDecimal.valueOf(nowEpochMillis).movePointLeft(3));
    }
    return new RateLimitHeaders(parsedLimit, parsedRemaining, nanos(s), retryAfterNanos(retryAfter, nowEpochMillis));
  }

  private static long retryAfterNanos(@Nullable String value, long nowEpochMillis) {
    BigDecimal seconds = number(value);
    if (seconds == null && value != null) {
      try {
        long at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        seconds = BigDecimal.valueOf(at - nowEpochMillis).movePointLeft(3);
      } catch (DateTimeParseException e) {
        return UNKNOWN;
      }
    }
    return nanos(seconds);
  }

  /** A plain decimal number (no exponent, no NaN, no hex), or null. */
  private static @Nullable BigDecimal number(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty() || v.length() > 40 || !PLAIN_NUMBER.matcher(v).matches()) {
      return null;
    }
    return new BigDecimal(v);
  }

  /** Whole and between 0 and MAX_COUNT. */
  private static long count(BigDecimal n) {
    return n.signum() <= 0 ? 0 : n.min(BigDecimal.valueOf(MAX_COUNT)).longValue();
  }

  /** Seconds as nanoseconds between 0 and MAX_WAIT; UNKNOWN if absent. */
  private static long nanos(@Nullable BigDecimal seconds) {
    if (seconds == null) {
      return UNKNOWN;
    }
    return seconds.max(BigDecimal.ZERO).min(MAX_WAIT_SECONDS).multiply(NANOS_PER_SECOND).longValue();
  }

  @Override
  public String toString() {
    return "RateLimitHeaders{limit " + limit + ", remaining " + remaining + ", reset " + resetNanos
        + " ns, retry after " + retryAfterNanos + " ns}";
  }
}
