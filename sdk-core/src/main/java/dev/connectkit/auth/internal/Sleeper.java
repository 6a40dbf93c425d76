package dev.connectkit.auth.internal;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis());

  /** Waits for {@code delay}. */
  void sleep(Duration delay) throws InterruptedException;
}
