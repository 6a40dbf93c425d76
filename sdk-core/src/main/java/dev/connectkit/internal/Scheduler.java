package dev.connectkit.internal;

import java.time.Duration;
import java.util.concurrent.Executor;

/** Time and delayed tasks for waiters and watches; tests replace it with manual time. */
public interface Scheduler {
  /** Monotonic nanoseconds. */
  long nanoTime();

  /** Runs {@code task} once after {@code delay}; the returned handle cancels it. Tasks must not block. */
  Cancellable schedule(Runnable task, Duration delay);

  /**
   * Where the blocking part of a poll (its HTTP call) runs, so that a hung call stalls neither the timing thread nor
   * other waits. The default runs it on the calling thread, which suits manual time in tests.
   */
  default Executor blockingWork() {
    return Runnable::run;
  }

  /** A scheduled task. */
  interface Cancellable {
    void cancel();
  }
}
