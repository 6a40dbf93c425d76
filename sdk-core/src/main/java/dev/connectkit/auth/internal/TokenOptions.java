package dev.connectkit.auth.internal;

import dev.connectkit.ConfigViolation;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.internal.Scrubber;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every token provider that calls a token endpoint shares (its HTTP client, clock, renewal margin and
 * retries), their checks, and the cached endpoint they make: the one block behind the providers' builders, which
 * delegate to it.
 */
public final class TokenOptions {
  /** Retries at most this many doublings of the first delay (10 attempts in all). */
  private static final int MAX_DOUBLINGS = 9;

  private @Nullable OkHttpClient okHttpClient;
  private Clock clock;
  private Duration refreshBefore = Duration.ofMinutes(5);
  private int maxAttempts = 3;
  private Duration retryDelay = Duration.ofMillis(500);
  private Sleeper sleeper = Sleeper.SYSTEM;

  public TokenOptions(Clock clock) {
    this.clock = clock;
  }

  public void okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
  }

  public void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Clock clock() {
    return clock;
  }

  public void refreshBefore(Duration refreshBefore) {
    this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
  }

  public Duration refreshBefore() {
    return refreshBefore;
  }

  public void maxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public void retryDelay(Duration retryDelay) {
    this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
  }

  public void sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** Adds a violation for each setting out of range. */
  public void check(List<ConfigViolation> violations) {
    checkRefreshBefore(refreshBefore, violations);
    if (maxAttempts < 1 || maxAttempts > 10) {
      violations.add(ConfigViolation.of("maxAttempts", "must be between 1 and 10", String.valueOf(maxAttempts),
          "an integer 1..10"));
    }
    if (retryDelay.isNegative()) {
      violations.add(ConfigViolation.of("retryDelay", "is negative", retryDelay.toString(),
          "a duration of zero or more"));
    }
  }

  /** The check of a renewal margin, for providers that share only that. */
  public static void checkRefreshBefore(Duration refreshBefore, List<ConfigViolation> violations) {
    if (refreshBefore.isNegative()) {
      violations.add(ConfigViolation.of("refreshBefore", "is negative", refreshBefore.toString(),
          "a duration of zero or more"));
    }
  }

  /**
   * The endpoint URL a builder was given, or null after adding a violation for {@code field}: not an http(s) URL
   * ({@code validIfMalformed} says what would be), or one carrying credentials (the value is then masked).
   */
  public static @Nullable HttpUrl endpointUrl(
      String field, String value, String validIfMalformed, String validIfCredentials,
      List<ConfigViolation> violations) {
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      violations.add(
          ConfigViolation.of(field, "is not an http(s) URL", Scrubber.withoutUserInfo(value), validIfMalformed));
      return null;
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      violations.add(ConfigViolation.of(field, "carries credentials (user:password@)", Secret.MASK,
          validIfCredentials));
      return null;
    }
    return url;
  }

  /**
   * The retries as a {@link RetryPolicy}: {@code maxAttempts} in all, the first after {@code retryDelay}, each further
   * one after twice the last (the cap is never reached within 10 attempts). Only after {@link #check} passed.
   */
  RetryPolicy retryPolicy() {
    return RetryPolicy.builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(retryDelay)
        .maxBackoff(retryDelay.multipliedBy(1L << MAX_DOUBLINGS))
        .build();
  }

  /** The cached tokens of {@code grant} at {@code url}; only after {@link #check} passed. */
  public TokenCache cache(HttpUrl url, TokenEndpoint.Grant grant) {
    OkHttpClient http = okHttpClient != null ? okHttpClient : DefaultHttp.client();
    return new TokenCache(new TokenEndpoint(http, url, grant, clock, sleeper, retryPolicy()), clock, refreshBefore);
  }
}
