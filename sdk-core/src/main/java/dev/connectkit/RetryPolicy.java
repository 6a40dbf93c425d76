package dev.connectkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries: 429 after the server's {@code Retry-After} (or its own backoff), 502/503/504 and connection
 * failures with exponential backoff and full jitter, bounded by attempts and a total deadline per operation. 500, 501
 * and every other 4xx are never retried, and a create is never re-sent blindly (see {@link ConnectorClient#create}).
 *
 * <!-- example: String url; Placement placement -->
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder()
 *     .maxAttempts(8)
 *     .initialBackoff(Duration.ofSeconds(1))
 *     .maxBackoff(Duration.ofSeconds(30))
 *     .totalTimeout(Duration.ofMinutes(5))
 *     .build();
 * ConnectorClient client = ConnectorClient.builder().selfService(url, placement).retryPolicy(patient).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration totalTimeout;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.totalTimeout = b.totalTimeout;
  }

  /** 4 attempts, backoff from 500 ms up to 20 s, 2 minutes in all. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt: no retry at all. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .totalTimeout(totalTimeout);
  }

  /** Attempts per operation, including the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Backoff before the first retry (before jitter). */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** Upper bound of one backoff. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** Deadline for one operation, all attempts and waits included. */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", totalTimeout="
        + totalTimeout
        + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private Duration totalTimeout = Duration.ofMinutes(2);

    private Builder() {}

    /**
     * Attempts per operation, at least 1.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 (was " + maxAttempts + ")");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Backoff before the first retry; zero or more. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative("initialBackoff", initialBackoff);
      return this;
    }

    /** Upper bound of one backoff; zero or more. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /** Deadline for one operation, more than zero. */
    public Builder totalTimeout(Duration totalTimeout) {
      nonNegative("totalTimeout", totalTimeout);
      if (totalTimeout.isZero()) {
        throw new IllegalArgumentException("totalTimeout must be more than zero");
      }
      this.totalTimeout = totalTimeout;
      return this;
    }

    private static Duration nonNegative(String what, Duration value) {
      Objects.requireNonNull(value, what);
      if (value.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative (was " + value + ")");
      }
      return value;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
