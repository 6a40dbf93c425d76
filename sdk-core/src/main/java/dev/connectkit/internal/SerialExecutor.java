package dev.connectkit.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/** Runs tasks one at a time, in order, on a shared executor: one listener's events stay ordered, others run beside. */
public final class SerialExecutor implements Executor {
  private final Executor delegate;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private @Nullable Runnable active;

  public SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(() -> {
      try {
        task.run();
      } finally {
        scheduleNext();
      }
    });
    if (active == null) {
      scheduleNext();
    }
  }

  private synchronized void scheduleNext() {
    active = tasks.poll();
    Runnable next = active;
    if (next != null) {
      delegate.execute(next);
    }
  }
}
