package dev.connectkit;

import dev.connectkit.internal.client.AutoRestarter;
import dev.connectkit.internal.client.UserActionable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Restarts failed connectors and failed tasks, driven by a {@link Watch}: exponential backoff (with jitter by
 * default) between restarts of one connector, at most {@link Builder#maxAttempts} restarts per connector within a
 * sliding window, and no restart for a failure only a user can fix. Every decision is an {@link AutoRestartDecision}
 * for the {@link AutoRestartListener}s (logs, alerts, metrics).
 *
 * <!-- example: ConnectorClient client; void log(String line) -->
 * <pre>{@code
 * Watch restarts = AutoRestartPolicy.builder()
 *     .backoff(Duration.ofSeconds(10), Duration.ofMinutes(10))
 *     .maxAttempts(5, Duration.ofHours(1))
 *     .listener(d -> log(d.connectorName() + ": " + d.action()))
 *     .build()
 *     .start(client, WatchSelector.all());
 * // ... while the service runs ...
 * restarts.close();   // stops watching and restarting
 * }</pre>
 *
 * <p><b>What is restarted.</b> A connector whose state is {@code FAILED}, or that has a {@code FAILED} task: on Kafka
 * Connect with {@link RestartOptions#failedOnly()} (the failed connector and failed tasks), on the managed targets
 * with a plain {@link ConnectorClient#restart(String)}. The first restart of a failure is sent at once; after restart
 * {@code n} the next waits {@code initialBackoff * 2^(n-1)}, capped at {@code maxBackoff} (with jitter: a random
 * time between half of that and all of it). A connector seen {@code RUNNING} with no failed task once its backoff has
 * passed starts again from the initial backoff (one that fails again sooner keeps doubling it); the attempts stay
 * counted until they leave the window.
 *
 * <p><b>User-actionable failures</b> are skipped (unless {@link Builder#skipUserActionable} is off): by default, a
 * failure whose trace (the connector's, else its failed tasks') names an authentication failure ({@code
 * AuthenticationException}, {@code SaslAuthenticationException}, {@code Unauthorized}, {@code invalid credentials},
 * a 401), an authorization failure ({@code AuthorizationException}, {@code not authorized}, {@code Forbidden},
 * {@code access denied}, {@code permission denied}, a 403) or a configuration error ({@code ConfigException},
 * {@code Invalid value}, {@code Missing required configuration}, {@code ClassNotFoundException}, {@code Failed to
 * find any class}), case-insensitively. Restarting those only repeats the failure; {@link Builder#userActionable}
 * replaces the rule.
 */
public final class AutoRestartPolicy {
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final boolean jitter;
  private final int maxAttempts;
  private final Duration window;
  private final boolean skipUserActionable;
  private final @Nullable Predicate<String> userActionable;
  private final Duration checkInterval;
  private final Clock clock;
  private final List<AutoRestartListener> listeners;

  private AutoRestartPolicy(Builder b) {
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxAttempts = b.maxAttempts;
    this.window = b.window;
    this.skipUserActionable = b.skipUserActionable;
    this.userActionable = b.userActionable;
    this.checkInterval = b.checkInterval;
    this.clock = b.clock;
    this.listeners = List.copyOf(b.listeners);
  }

  /** A builder with the defaults: backoff 10 s to 10 min with jitter, 5 restarts per hour, user-actionable skipped. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy with the defaults of {@link #builder()} and no listener. */
  public static AutoRestartPolicy defaults() {
    return builder().build();
  }

  /**
   * Starts watching the selected connectors of {@code client} and restarting them; {@link Watch#close()} stops both
   * (a restart already sent still takes effect). The policy keeps one thread of its own while it runs. It stops by
   * itself when the client closes or its watch cannot go on (a 401 or 403: logged as a warning on
   * {@code dev.connectkit.autorestart}, and {@link Watch#isOpen()} turns false); an exception from a clock or a
   * user-actionable rule given to the builder is logged once and the policy goes on.
   */
  public Watch start(ConnectorClient client, WatchSelector selector) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(selector, "selector");
    return AutoRestarter.start(this, client, selector);
  }

  /**
   * The label of the user-actionable rule {@code trace} matches ({@code authentication}, {@code authorization},
   * {@code configuration}, or {@code user-actionable} for a rule given to {@link Builder#userActionable}); empty if
   * none matches or skipping is off.
   */
  public java.util.Optional<String> userActionable(String trace) {
    if (!skipUserActionable) {
      return java.util.Optional.empty();
    }
    Predicate<String> rule = userActionable;
    if (rule != null) {
      return rule.test(trace) ? java.util.Optional.of("user-actionable") : java.util.Optional.empty();
    }
    return UserActionable.match(trace);
  }

  /** The backoff before restart {@code n + 1}, after {@code n} restarts (n at least 1), jitter applied. */
  public Duration backoff(int n) {
    long base = initialBackoff.toNanos();
    long cap = maxBackoff.toNanos();
    long exp = base;
    for (int i = 1; i < n && exp < cap; i++) {
      exp = exp > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : exp * 2;
    }
    long bound = Math.min(exp, cap);
    if (!jitter || bound <= 1) {
      return Duration.ofNanos(Math.max(0, bound));
    }
    return Duration.ofNanos(java.util.concurrent.ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
  }

  /** The most restarts of one connector within {@link #window()}. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The sliding window {@link #maxAttempts()} counts in. */
  public Duration window() {
    return window;
  }

  /** How often the policy polls (its watch's interval) and reconsiders connectors it backs off from. */
  public Duration checkInterval() {
    return checkInterval;
  }

  /** The clock backoff and window are measured with. */
  public Clock clock() {
    return clock;
  }

  /** Who hears the decisions. */
  public List<AutoRestartListener> listeners() {
    return listeners;
  }

  @Override
  public String toString() {
    return "AutoRestartPolicy{backoff=" + initialBackoff + ".." + maxBackoff + (jitter ? " with jitter" : "")
        + ", maxAttempts=" + maxAttempts + " per " + window + ", skipUserActionable=" + skipUserActionable + "}";
  }

  /** Configures an {@link AutoRestartPolicy}. */
  public static final class Builder {
    private Duration initialBackoff = Duration.ofSeconds(10);
    private Duration maxBackoff = Duration.ofMinutes(10);
    private boolean jitter = true;
    private int maxAttempts = 5;
    private Duration window = Duration.ofHours(1);
    private boolean skipUserActionable = true;
    private @Nullable Predicate<String> userActionable;
    private Duration checkInterval = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();
    private final List<AutoRestartListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The backoff after the first restart, doubling up to {@code max}.
     *
     * @throws IllegalArgumentException if {@code initial} is negative or {@code max} less than it
     */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial");
      Objects.requireNonNull(max, "max");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "backoff needs 0 <= initial <= max (was initial " + initial + ", max " + max + ")");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /** Whether each backoff is a random time between half of it and all of it (default true). */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * At most {@code attempts} restarts of one connector within any {@code window}.
     *
     * @throws IllegalArgumentException if {@code attempts} is less than 1 or {@code window} not positive
     */
    public Builder maxAttempts(int attempts, Duration window) {
      Objects.requireNonNull(window, "window");
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 (was " + attempts + ")");
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("window must be more than zero (was " + window + ")");
      }
      this.maxAttempts = attempts;
      this.window = window;
      return this;
    }

    /** Whether failures only a user can fix are left alone (default true; see {@link AutoRestartPolicy}). */
    public Builder skipUserActionable(boolean skip) {
      this.skipUserActionable = skip;
      return this;
    }

    /** Replaces the user-actionable rule: {@code rule} gets the failure's trace. */
    public Builder userActionable(Predicate<String> rule) {
      this.userActionable = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * How often the policy polls and reconsiders the connectors it backs off from (default 10 s).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder checkInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("checkInterval must be more than zero (was " + interval + ")");
      }
      this.checkInterval = interval;
      return this;
    }

    /** The clock for backoff and window (tests pass a manual one); the system's if not set. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds a listener for the decisions. */
    public Builder listener(AutoRestartListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** The policy. */
    public AutoRestartPolicy build() {
      return new AutoRestartPolicy(this);
    }
  }
}
