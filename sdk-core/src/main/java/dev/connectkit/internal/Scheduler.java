package dev.connectkit.internal;

import java.time.Duration;

/** Time and delayed tasks for waiters and watches; tests replace it with manual time. */
public interface Scheduler {
  /** Monotonic nanoseconds. */
  long nanoTime();

  /** Runs {@code task} once after {@code delay}; the returned handle cancels it. Tasks must not block. */
  Cancellable schedule(Runnable task, Duration delay);

  /** A scheduled task. */
  interface Cancellable {
    void cancel();
  }
}
