package dev.connectkit.auth;

import java.time.Duration;
import java.util.List;

/** Waits, without fixed sleeps, until threads are parked (blocked on a lock or a latch). */
public final class Threads {
  private Threads() {}

  /** Returns once every thread is WAITING, TIMED_WAITING or BLOCKED; fails after 10 s. */
  public static void awaitParked(List<Thread> threads) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    for (Thread thread : threads) {
      while (!isParked(thread.getState())) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(thread.getName() + " never parked: " + thread.getState());
        }
        Thread.onSpinWait();
      }
    }
  }

  private static boolean isParked(Thread.State state) {
    return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
  }
}
