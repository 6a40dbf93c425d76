package dev.connectkit;

import dev.connectkit.internal.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** Virtual time: tasks run on the test thread when {@link #advance(Duration)} passes their due time. */
final class ManualScheduler implements Scheduler {
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private final List<Long> runTimes = new ArrayList<>();
  private long now = 1_000_000_000L;
  private long sequence;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized Cancellable schedule(Runnable task, Duration delay) {
    Task t = new Task(now + Math.max(0, delay.toNanos()), sequence++, task);
    tasks.add(t);
    return () -> {
      synchronized (this) {
        tasks.remove(t);
      }
    };
  }

  /** Moves time forward by {@code duration}, running every task that falls due, in order. */
  void advance(Duration duration) {
    long target;
    synchronized (this) {
      target = now + duration.toNanos();
    }
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.peek();
        if (next == null || next.due > target) {
          now = target;
          return;
        }
        tasks.poll();
        now = next.due;
        runTimes.add(now);
      }
      next.task.run();
    }
  }

  /** Runs what is due now. */
  void runDue() {
    advance(Duration.ZERO);
  }

  synchronized int pending() {
    return tasks.size();
  }

  /** When each task ran, in virtual nanoseconds. */
  synchronized List<Long> runTimes() {
    return new ArrayList<>(runTimes);
  }

  private static final class Task implements Comparable<Task> {
    final long due;
    final long seq;
    final Runnable task;

    Task(long due, long seq, Runnable task) {
      this.due = due;
      this.seq = seq;
      this.task = task;
    }

    @Override
    public int compareTo(Task o) {
      return due != o.due ? Long.compare(due, o.due) : Long.compare(seq, o.seq);
    }
  }
}
