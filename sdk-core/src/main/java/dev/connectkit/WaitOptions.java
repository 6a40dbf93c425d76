package dev.connectkit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link Transition} waits: its timeout, how fast it polls, how long a {@code FAILED} right after a change is
 * taken as a flap, how long the old state may still be read after a change, and who hears about progress.
 *
 * <p>Each client starts from the defaults of its target ({@link ConnectorClient#waitOptions()}); per-call options
 * start from those: {@code client.waitOptions().toBuilder().timeout(...).build()}.
 *
 * <table>
 *   <caption>Defaults per target</caption>
 *   <tr><th>target</th><th>timeout</th><th>polls</th><th>failure grace</th><th>stale-read window</th><th>why</th></tr>
 *   <tr><td>Self-Service, Confluent Cloud ({@link #defaults()})</td><td>30 min</td><td>1–50 s</td><td>5 min</td>
 *       <td>10 s</td><td>provisioning takes minutes; a managed connector may flap FAILED while it starts; the
 *       status is served from a cache of unknown lag</td></tr>
 *   <tr><td>Kafka Connect</td><td>5 min</td><td>0.25–5 s</td><td>0</td><td>0.5 s</td><td>changes settle in
 *       about 100 ms; a failed task stays failed (no automatic restart); the status topic is read back within
 *       about 100 ms of a change</td></tr>
 * </table>
 *
 * <p>The stale-read window matters only for a restart or update that leaves the status looking as it did: a read
 * that differs from the status read just before the request (another state, trace, task or worker), or any other
 * state seen since, ends the wait at once.
 *
 * <p>Polling is adaptive: the interval is a tenth of the time waited so far, never below {@link #minInterval()} and
 * never above {@link #maxInterval()}, and never sooner than a server's {@code Retry-After}. With the managed defaults a
 * connector that takes an hour to provision costs about 115 status calls, and a state change is seen within
 * max(1 s, 10 % of the time waited), at most 50 s after it happened.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * WaitOptions patient = client.waitOptions().toBuilder()
 *     .timeout(Duration.ofHours(2))
 *     .failureGrace(Duration.ofMinutes(10))
 *     .onProgress(status -> System.out.println(status.name() + " is " + status.state()))
 *     .build();
 * WaitResult result = client.create(config).await(patient);
 * }</pre>
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();
  /** The defaults of a Kafka Connect client (see the table above). */
  static final WaitOptions KAFKA_CONNECT = builder()
      .timeout(Duration.ofMinutes(5))
      .minInterval(Duration.ofMillis(250))
      .maxInterval(Duration.ofSeconds(5))
      .failureGrace(Duration.ZERO)
      .staleReadWindow(Duration.ofMillis(500))
      .build();

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

  /**
   * The managed targets' defaults: timeout 30 min, polls every 1–50 s, failure grace 5 min, stale-read window 10 s,
   * no progress listener. A client's own defaults may differ: {@link ConnectorClient#waitOptions()}.
   */
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

  /** Hears every status read while waiting: what {@link Builder#onProgress(Consumer)} set (by default nothing). */
  public Consumer<ConnectorStatus> onProgress() {
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
