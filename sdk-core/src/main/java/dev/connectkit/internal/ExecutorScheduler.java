package dev.connectkit.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread ({@code connectkit-poller}) that times every poll of every wait and watch of a client and sends
 * their reads, which answer on OkHttp's threads: waiting for hours holds no thread per wait, and a hung read delays
 * neither the timing of other waits nor their polls. It also ends calls at their deadline ({@link dev.connectkit.internal.http.CallDeadlines}).
 * The thread starts on first use; {@link #shutdown()} stops it.
 */
public final class ExecutorScheduler implements Scheduler {
  private final Object lock = new Object();
  private @Nullable ScheduledThreadPoolExecutor timer;
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
  public static long saturatedNanos(Duration delay) {
    if (delay.isNegative()) {
      return 0;
    }
    try {
      return delay.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Stops timing; scheduling afterwards throws {@link IllegalStateException}. */
  public void shutdown() {
    synchronized (lock) {
      shutdown = true;
      ScheduledThreadPoolExecutor t = timer;
      if (t != null) {
        t.shutdownNow();
      }
    }
  }
}
