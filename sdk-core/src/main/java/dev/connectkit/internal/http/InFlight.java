package dev.connectkit.internal.http;

import dev.connectkit.internal.Scrubber;

import org.jspecify.annotations.Nullable;

/**
 * What the request being sent on this thread carries besides its bytes: the {@link Scrubber} of its secrets and the
 * deadline of the whole call. OkHttp runs a synchronous call's interceptors on the calling thread, so the HTTP log
 * scrubs with it and a token fetched on the way counts against the call's deadline.
 *
 * <!-- example runs -->
 * <pre>{@code
 * InFlight now = InFlight.current();
 * long left = now == null ? Long.MAX_VALUE : now.remainingNanos();
 * }</pre>
 */
public final class InFlight {
  private static final ThreadLocal<InFlight> CURRENT = new ThreadLocal<>();

  private final Scrubber scrubber;
  private final long deadlineNanos;
  private final String timeoutDescription;

  private InFlight(Scrubber scrubber, long deadlineNanos, String timeoutDescription) {
    this.scrubber = scrubber;
    this.deadlineNanos = deadlineNanos;
    this.timeoutDescription = timeoutDescription;
  }

  /** The call this thread is sending, if any. */
  public static @Nullable InFlight current() {
    return CURRENT.get();
  }

  /** Runs {@code body} as the call bounded by {@code deadlineNanos} ({@link System#nanoTime()}), scrubbing with {@code scrubber}. */
  static <T, E extends Exception> T run(
      Scrubber scrubber, long deadlineNanos, String timeoutDescription, Body<T, E> body) throws E {
    InFlight previous = CURRENT.get();
    CURRENT.set(new InFlight(scrubber, deadlineNanos, timeoutDescription));
    try {
      return body.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** A body of {@link #run}. */
  interface Body<T, E extends Exception> {
    T run() throws E;
  }

  /** Scrubs the request's secrets (the client's credentials are added by whoever knows them). */
  public Scrubber scrubber() {
    return scrubber;
  }

  /** Nanoseconds left before the call's deadline (zero or less: passed). */
  public long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  /** What the deadline is, for messages: {@code "the retry policy's total timeout of PT10S"}. */
  public String timeoutDescription() {
    return timeoutDescription;
  }
}
