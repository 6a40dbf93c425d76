package dev.connectkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link Transition} waits: its timeout, how fast it polls, how long a {@code FAILED} right after a change is
 * taken as a flap, how long the old state may still be read after a change, and who hears about progress.
 *
 * <p>Polling is adaptive: the interval is a tenth of the time waited so far, never below {@link #minInterval()} and
 * never above {@link #maxInterval()}, and never sooner than a server's {@code Retry-After}. With the defaults a
 * connector that takes an hour to provision costs about 115 status calls, and a state change is seen within
 * max(1 s, 10 % of the time waited), at most 50 s (the default {@link #maxInterval()}) after it happened.
 *
 * <pre>{@code
 * WaitOptions patient = WaitOptions.defaults().toBuilder()
 *     .timeout(Duration.ofHours(2))
 *     .failureGrace(Duration.ofMinutes(10))
 *     .onProgress(status -> System.out.println(status.name() + " is " + status.state()))
 *     .build();
 * WaitResult result = client.create(config).await(patient);
 * }</pre>
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final Duration timeout;
  private final Duration minInterval;
  private final Duration maxInterval;
  private final Duration failureGrace;
  private final Duration staleReadWindow;
  private final Consumer<ConnectorStatus> progress;

  private WaitOptions(Builder b) {
    this.timeout = b.timeout;
    this.minInterval = b.minInterval;
    this.maxInterval = b.maxInterval;
    this.failureGrace = b.failureGrace;
    this.staleReadWindow = b.staleReadWindow;
    this.progress = b.progress;
  }

  /** Timeout 30 min, polls every 1–50 s, failure grace 5 min, stale-read window 10 s, no progress listener. */
  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder()
        .timeout(timeout)
        .minInterval(minInterval)
        .maxInterval(maxInterval)
        .failureGrace(failureGrace)
        .staleReadWindow(staleReadWindow)
        .onProgress(progress);
  }

  /** How long to wait in all. */
  public Duration timeout() {
    return timeout;
  }

  /** The shortest interval between two polls. */
  public Duration minInterval() {
    return minInterval;
  }

  /** The longest interval between two polls. */
  public Duration maxInterval() {
    return maxInterval;
  }

  /**
   * After any operation (counted from the call), a {@code FAILED} seen within this window is recorded but waiting goes
   * on (connectors flap RUNNING → FAILED → RUNNING while they start); after it, {@code FAILED} ends the wait, also a
   * wait for pause, stop or delete.
   */
  public Duration failureGrace() {
    return failureGrace;
  }

  /**
   * After a restart or update, the old {@code RUNNING} may still be read for a while: within this window
   * {@code RUNNING} counts only once another state was seen in between.
   */
  public Duration staleReadWindow() {
    return staleReadWindow;
  }

  /** Hears every status read while waiting. */
  public Consumer<ConnectorStatus> progress() {
    return progress;
  }

  @Override
  public String toString() {
    return "WaitOptions{timeout=" + timeout + ", interval=" + minInterval + ".." + maxInterval
        + ", failureGrace=" + failureGrace + ", staleReadWindow=" + staleReadWindow + "}";
  }

  /** Builds {@link WaitOptions}. */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(30);
    private Duration minInterval = Duration.ofSeconds(1);
    private Duration maxInterval = Duration.ofSeconds(50);
    private Duration failureGrace = Duration.ofMinutes(5);
    private Duration staleReadWindow = Duration.ofSeconds(10);
    private Consumer<ConnectorStatus> progress = status -> {};

    private Builder() {}

    /** How long to wait in all; more than zero. */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /** The shortest interval between two polls; more than zero. */
    public Builder minInterval(Duration minInterval) {
      this.minInterval = positive("minInterval", minInterval);
      return this;
    }

    /** The longest interval between two polls; more than zero. */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = positive("maxInterval", maxInterval);
      return this;
    }

    /** See {@link WaitOptions#failureGrace()}; zero fails on the first {@code FAILED}. */
    public Builder failureGrace(Duration failureGrace) {
      this.failureGrace = nonNegative("failureGrace", failureGrace);
      return this;
    }

    /** See {@link WaitOptions#staleReadWindow()}; zero trusts the first read. */
    public Builder staleReadWindow(Duration staleReadWindow) {
      this.staleReadWindow = nonNegative("staleReadWindow", staleReadWindow);
      return this;
    }

    /** Hears every status read while waiting (runbooks print it). Called on the SDK's polling thread: keep it short. */
    public Builder onProgress(Consumer<ConnectorStatus> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException if {@code minInterval} is above {@code maxInterval}
     */
    public WaitOptions build() {
      if (minInterval.compareTo(maxInterval) > 0) {
        throw new IllegalArgumentException(
            "minInterval (" + minInterval + ") must not be above maxInterval (" + maxInterval + ")");
      }
      return new WaitOptions(this);
    }

    private static Duration positive(String what, Duration d) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be more than zero (was " + d + ")");
      }
      return d;
    }

    private static Duration nonNegative(String what, Duration d) {
      Objects.requireNonNull(d, what);
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative (was " + d + ")");
      }
      return d;
    }
  }
}
