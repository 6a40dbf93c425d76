package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rate-limit headers are read defensively: hostile values are clamped or ignored, never thrown, never a long wait. */
class RateLimitHeadersTest {
  private static final long NOW_MILLIS = 1_764_745_200_000L; // 2025-12-03T07:00:00Z
  private static final long MAX = RateLimitHeaders.MAX_WAIT.toNanos();
  private static final long U = RateLimitHeaders.UNKNOWN;

  @ParameterizedTest(name = "Limit {0}, Remaining {1}, Reset {2}, Retry-After {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // limit | remaining | reset | retry after || limit | remaining | reset ns | retry after ns
      "50 | 12 | 1 | 2 || 50 | 12 | 1000000000 | 2000000000",
      "' 50 ' | ' 0 ' | 0.250 | null || 50 | 0 | 250000000 | -1",
      "null | null | null | null || 0 | -1 | -1 | -1",
      // negative: a remaining budget below 0 is none; a negative wait is none
      "-1 | -5 | -3 | -3 || 0 | 0 | 0 | 0",
      // remaining above the limit is the limit
      "10 | 99 | 1 | null || 10 | 10 | 1000000000 | -1",
      // absurd numbers are clamped: counts to a billion, waits to the documented maximum
      "99999999999999999999999 | 99999999999999999999999 | 99999999999999999999999 | 99999999999999999999999"
          + " || 1000000000 | 1000000000 | 60000000000 | 60000000000",
      "50 | 3 | 999999999 | 86400 || 50 | 3 | 60000000000 | 60000000000",
      // not plain numbers: NaN, infinities, exponents, hex, words and empty values are absent
      "NaN | Infinity | -Infinity | 1e3 || 0 | -1 | -1 | -1",
      "0x10 | 1d | 1e999999999 | soon || 0 | -1 | -1 | -1",
      "'' | ' ' | abc | '' || 0 | -1 | -1 | -1",
      "0 | 7 | 1.5.2 | 1,5 || 0 | 7 | -1 | -1",
      // a Reset this large is an epoch second (as some servers send it): 2025-12-03T07:00:05Z is 5 s away
      "50 | 0 | 1764745205 | null || 50 | 0 | 5000000000 | -1",
      "50 | 0 | 1764745100 | null || 50 | 0 | 0 | -1",
      // Retry-After as an HTTP date: 3 s from now, or long past
      "null | null | null | 'Wed, 03 Dec 2025 07:00:03 GMT' || 0 | -1 | -1 | 3000000000",
      "null | null | null | 'Wed, 21 Oct 2015 07:28:00 GMT' || 0 | -1 | -1 | 0",
      "null | null | null | 'Wed, 99 Foo 2015 07:28:00 GMT' || 0 | -1 | -1 | -1",
  })
  void hostileValuesAreClampedOrIgnored(String limit, String remaining, String reset, String retryAfter,
      String ignored, long expectedLimit, long expectedRemaining, long expectedReset, long expectedRetryAfter) {
    RateLimitHeaders h = RateLimitHeaders.parse(limit, remaining, reset, retryAfter, NOW_MILLIS);

    assertThat(h.limit).as("limit").isEqualTo(expectedLimit);
    assertThat(h.remaining).as("remaining").isEqualTo(expectedRemaining);
    assertThat(h.resetNanos).as("reset").isEqualTo(expectedReset).isBetween(U, MAX);
    assertThat(h.retryAfterNanos).as("retry after").isEqualTo(expectedRetryAfter).isBetween(U, MAX);
  }

  @ParameterizedTest
  @CsvSource({"1", "59.999", "60", "60.001", "3600"})
  void noWaitExceedsTheDocumentedMaximum(String seconds) {
    RateLimitHeaders h = RateLimitHeaders.parse("1", "0", seconds, seconds, NOW_MILLIS);

    assertThat(Duration.ofNanos(h.resetNanos)).isLessThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(Duration.ofNanos(h.retryAfterNanos)).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }
}
