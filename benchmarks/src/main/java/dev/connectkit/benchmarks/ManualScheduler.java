package dev.connectkit.benchmarks;

import dev.connectkit.internal.Scheduler;
import java.time.Duration;
import java.util.PriorityQueue;

/**
 * Simulated time for the SDK's waiter and watch poller: tasks run only when {@link #runNext()} is called, and the
 * clock jumps to the task's due time. Single-threaded.
 */
final class ManualScheduler implements Scheduler {
  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private long now;
  private long sequence;

  private static final class Task implements Comparable<Task>, Cancellable {
    final long due;
    final long seq;
    final Runnable runnable;
    boolean cancelled;

    Task(long due, long seq, Runnable runnable) {
      this.due = due;
      this.seq = seq;
      this.runnable = runnable;
    }

    @Override
    public int compareTo(Task o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    Task t = new Task(now + Math.max(0, delay.toNanos()), sequence++, task);
    queue.add(t);
    return t;
  }

  /** Whether a task (not cancelled) is due at some time. */
  boolean hasNext() {
    while (!queue.isEmpty() && queue.peek().cancelled) {
      queue.poll();
    }
    return !queue.isEmpty();
  }

  /** The due time of the next task, in simulated nanoseconds. */
  long nextDue() {
    if (!hasNext()) {
      throw new IllegalStateException("nothing scheduled");
    }
    return queue.peek().due;
  }

  /** Moves the clock to the next task's due time and runs it. */
  void runNext() {
    if (!hasNext()) {
      throw new IllegalStateException("nothing scheduled");
    }
    Task t = queue.poll();
    now = Math.max(now, t.due);
    t.runnable.run();
  }
}
