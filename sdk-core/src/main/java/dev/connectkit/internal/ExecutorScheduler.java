package dev.connectkit.internal;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread ({@code connectkit-poller}) that times every poll of every wait and watch of a client, and at
 * most {@value #POLL_THREADS} daemon threads ({@code connectkit-poll}) that make the polls' HTTP calls: waiting for
 * hours holds no thread per wait, and one hung call delays neither the timing of other waits nor their polls. Threads
 * start on first use, idle ones end after a while, and {@link #shutdown()} stops them all.
 */
public final class ExecutorScheduler implements Scheduler {
  /** The most polls in flight at once; more wait in a queue. */
  static final int POLL_THREADS = 2;

  private final Object lock = new Object();
  private @Nullable ScheduledThreadPoolExecutor timer;
  private @Nullable ThreadPoolExecutor polls;
  private boolean shutdown;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    ScheduledFuture<?> future = timer().schedule(task, saturatedNanos(delay), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public Executor blockingWork() {
    synchronized (lock) {
      checkOpen();
      ThreadPoolExecutor current = polls;
      if (current == null) {
        // Core threads may time out: with core = max and an unbounded queue the pool grows to POLL_THREADS, then
        // queues, and shrinks to nothing when idle.
        current = new ThreadPoolExecutor(POLL_THREADS, POLL_THREADS, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            daemon("connectkit-poll"));
        current.allowCoreThreadTimeOut(true);
        polls = current;
      }
      return current;
    }
  }

  private ScheduledThreadPoolExecutor timer() {
    synchronized (lock) {
      checkOpen();
      ScheduledThreadPoolExecutor current = timer;
      if (current == null) {
        current = new ScheduledThreadPoolExecutor(1, daemon("connectkit-poller"));
        current.setRemoveOnCancelPolicy(true);
        current.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        timer = current;
      }
      return current;
    }
  }

  private void checkOpen() {
    if (shutdown) {
      throw new IllegalStateException("the client is closed");
    }
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** {@code delay} in nanoseconds, at least zero, at most {@link Long#MAX_VALUE} (a 292-year delay). */
  static long saturatedNanos(Duration delay) {
    if (delay.isNegative()) {
      return 0;
    }
    try {
      return delay.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Stops timing and interrupts polls in flight; scheduling afterwards throws {@link IllegalStateException}. */
  public void shutdown() {
    synchronized (lock) {
      shutdown = true;
      ScheduledThreadPoolExecutor t = timer;
      if (t != null) {
        t.shutdownNow();
      }
      ThreadPoolExecutor p = polls;
      if (p != null) {
        p.shutdownNow();
      }
    }
  }
}
