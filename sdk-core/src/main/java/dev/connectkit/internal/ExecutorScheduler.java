package dev.connectkit.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One daemon thread that runs every poll of every wait and watch of a client: waiting for hours holds no thread per
 * wait. Started on first use, stopped on {@link #shutdown()}.
 */
public final class ExecutorScheduler implements Scheduler {
  private final Object lock = new Object();
  private @Nullable ScheduledThreadPoolExecutor executor;
  private boolean shutdown;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    ScheduledFuture<?> future = executor().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  private ScheduledThreadPoolExecutor executor() {
    synchronized (lock) {
      if (shutdown) {
        throw new IllegalStateException("the client is closed");
      }
      ScheduledThreadPoolExecutor current = executor;
      if (current == null) {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, runnable -> {
          Thread t = new Thread(runnable, "connectkit-poller");
          t.setDaemon(true);
          return t;
        });
        e.setRemoveOnCancelPolicy(true);
        e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = e;
        current = e;
      }
      return current;
    }
  }

  public void shutdown() {
    synchronized (lock) {
      shutdown = true;
      ScheduledThreadPoolExecutor current = executor;
      if (current != null) {
        current.shutdownNow();
      }
    }
  }
}
