package dev.connectkit.internal.http;

import dev.connectkit.internal.Scheduler;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>The first {@code warmUpCalls} calls are only tracked (for {@link #cancelAll()}), and their callers bound them with
 * OkHttp's timeout: a client that makes a handful of calls (a runbook snippet, a CLI) starts no timer thread for them,
 * which keeps its cold start at Retrofit's.
 */
public final class CallDeadlines {
  private static final long NONE = Long.MAX_VALUE;

  private final Scheduler timer;
  private final int warmUpCalls;
  private final Set<Watched> out = ConcurrentHashMap.newKeySet();
  /** When the pending check runs (System.nanoTime), or {@link #NONE}. */
  private final AtomicLong checkAt = new AtomicLong(NONE);
  private final AtomicInteger calls = new AtomicInteger();
  /** Set once the warm-up calls are made: from then on the timer keeps every deadline. */
  private volatile boolean timing;

  public CallDeadlines(Scheduler timer, int warmUpCalls) {
    this.timer = timer;
    this.warmUpCalls = warmUpCalls;
    this.timing = warmUpCalls <= 0;
  }

  /** A call being watched. */
  public final class Watched {
    private final Call<?> call;
    private final long deadlineNanos;
    private volatile boolean expired;
    private boolean timed;

    Watched(Call<?> call, long deadlineNanos) {
      this.call = call;
      this.deadlineNanos = deadlineNanos;
    }

    /** Whether the timer keeps this call's deadline; if not, the caller bounds the call itself. */
    public boolean timed() {
      return timed;
    }

    /** Stops watching the call (again is harmless); true if its deadline cancelled it. */
    public boolean release() {
      out.remove(this);
      return expired;
    }
  }

  /**
   * Tracks {@code call} until {@link Watched#release()} and cancels it if it is still out at {@code deadlineNanos}
   * ({@link System#nanoTime()}), unless it is a warm-up call or the timer is closed (the client is closing): then
   * {@link Watched#timed()} is false and the caller bounds the call itself.
   */
  public Watched watch(Call<?> call, long deadlineNanos) {
    Watched watched = new Watched(call, deadlineNanos);
    out.add(watched);
    if (!timing) {
      if (calls.incrementAndGet() <= warmUpCalls) {
        return watched;
      }
      timing = true;
    }
    try {
      checkBy(deadlineNanos);
      watched.timed = true;
    } catch (IllegalStateException closed) {
      // The client is closing: the caller bounds the call.
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
