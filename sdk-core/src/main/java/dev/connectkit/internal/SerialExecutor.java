package dev.connectkit.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one at a time, in order, on a shared executor: one listener's events stay ordered, others run beside.
 * A single drain loop per queue, so a burst of events uses one thread, not one per event.
 */
public final class SerialExecutor implements Executor {
  private final Executor delegate;
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean draining;

  public SerialExecutor(Executor delegate) {
    this.delegate = delegate;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      tasks.add(task);
      if (draining) {
        return;
      }
      draining = true;
    }
    try {
      delegate.execute(this::drain);
    } catch (RuntimeException e) {
      // Rejected (the executor is shut down): the next execute tries again instead of queueing forever.
      synchronized (this) {
        draining = false;
      }
      throw e;
    }
  }

  private void drain() {
    boolean normal = false;
    try {
      while (true) {
        Runnable next;
        synchronized (this) {
          next = tasks.poll();
          if (next == null) {
            draining = false;
            normal = true;
            return;
          }
        }
        try {
          next.run();
        } catch (RuntimeException e) {
          // One task's failure does not stop the queue.
        }
      }
    } finally {
      if (!normal) {
        // A task threw an Error: let the next execute start a new drain rather than leaving the queue stuck.
        synchronized (this) {
          draining = false;
        }
      }
    }
  }
}
