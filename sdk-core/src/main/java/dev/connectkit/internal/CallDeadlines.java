package dev.connectkit.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Cancels the HTTP calls of a client that are still out at their deadline, on the client's timer thread.
 *
 * <p>Why not OkHttp's per-call timeout: each call that sets one enters okio's watchdog queue, which wakes the
 * watchdog thread; with the client on one CPU that cost about 40 µs per call, more than half of a status call's
 * whole time on loopback (measured with {@code PerCallBenchmark}). Here a call registers by joining a set: no
 * thread is woken. One timer task at a time sleeps until the earliest deadline; calls made later have later
 * deadlines, so a new call almost never reschedules it. A call cancelled here fails with an {@link
 * java.io.IOException}; {@link Watched#release()} tells the caller it was the deadline.
 */
public final class CallDeadlines {
  private static final long NONE = Long.MAX_VALUE;

  private final Scheduler timer;
  private final Set<Watched> out = ConcurrentHashMap.newKeySet();
  /** When the pending check runs (System.nanoTime), or {@link #NONE}. */
  private final AtomicLong checkAt = new AtomicLong(NONE);

  public CallDeadlines(Scheduler timer) {
    this.timer = timer;
  }

  /** A call being watched. */
  public final class Watched {
    private final Call<?> call;
    private final long deadlineNanos;
    private volatile boolean expired;

    Watched(Call<?> call, long deadlineNanos) {
      this.call = call;
      this.deadlineNanos = deadlineNanos;
    }

    /** Stops watching the call (again is harmless); true if its deadline cancelled it. */
    public boolean release() {
      out.remove(this);
      return expired;
    }
  }

  /**
   * Cancels {@code call} if it is still out at {@code deadlineNanos} ({@link System#nanoTime()}); null if the timer is
   * closed (the client is closing), in which case the caller bounds the call itself.
   */
  public @Nullable Watched watch(Call<?> call, long deadlineNanos) {
    Watched watched = new Watched(call, deadlineNanos);
    out.add(watched);
    try {
      checkBy(deadlineNanos);
    } catch (IllegalStateException closed) {
      out.remove(watched);
      return null;
    }
    return watched;
  }

  /** Cancels every call still out (the client is closing); their callers see a failure, not a timeout. */
  public void cancelAll() {
    for (Watched w : out) {
      out.remove(w);
      w.call.cancel();
    }
  }

  /** The number of calls being watched (tests). */
  int size() {
    return out.size();
  }

  /** Makes sure a check runs no later than {@code deadline}. */
  private void checkBy(long deadline) {
    while (true) {
      long at = checkAt.get();
      if (at != NONE && at - deadline <= 0) {
        return;
      }
      if (checkAt.compareAndSet(at, deadline)) {
        timer.schedule(this::check, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        return;
      }
    }
  }

  /**
   * Cancels the calls past their deadline and schedules the next check. A check that finds an earlier one pending (a
   * later call got an earlier deadline) just does its scan again: harmless.
   */
  private void check() {
    checkAt.set(NONE);
    long now = System.nanoTime();
    long next = NONE;
    for (Watched w : out) {
      if (w.deadlineNanos - now <= 0) {
        w.expired = true;
        out.remove(w);
        w.call.cancel();
      } else if (next == NONE || w.deadlineNanos - next < 0) {
        next = w.deadlineNanos;
      }
    }
    if (next != NONE) {
      try {
        checkBy(next);
      } catch (IllegalStateException closed) {
        // The client closed: its calls end with it.
      }
    }
  }
}
