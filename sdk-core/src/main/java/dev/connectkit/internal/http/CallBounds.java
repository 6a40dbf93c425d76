package dev.connectkit.internal.http;

import dev.connectkit.internal.Scrubber;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Bounds one call by its deadline: by the client's {@link CallDeadlines} timer when it has one, else (manual time in
 * tests, or before the timer takes over) by OkHttp's own per-call timeout. A call the deadline cut short fails as a
 * timeout ({@link InterruptedIOException}).
 */
final class CallBounds {
  private final @Nullable CallDeadlines deadlines;
  private final String totalTimeout;

  /** {@code totalTimeout} says what bounds a call, for messages. */
  CallBounds(@Nullable CallDeadlines deadlines, String totalTimeout) {
    this.deadlines = deadlines;
    this.totalTimeout = totalTimeout;
  }

  /**
   * Sends {@code call}, cancelled at {@code deadlineNanos}. While it is out, {@link InFlight} tells the HTTP log and a
   * token fetched on the way its scrubber and deadline.
   */
  <T> Response<T> execute(Call<T> call, long deadlineNanos, Scrubber requestSecrets) throws IOException {
    CallDeadlines d = deadlines;
    if (d == null) {
      okHttpTimeout(call, deadlineNanos);
      return InFlight.run(requestSecrets, deadlineNanos, totalTimeout, call::execute);
    }
    CallDeadlines.Watched watched = d.watch(call, deadlineNanos);
    if (!watched.timed()) {
      okHttpTimeout(call, deadlineNanos);
    }
    try {
      return InFlight.run(requestSecrets, deadlineNanos, totalTimeout, call::execute);
    } catch (IOException e) {
      throw watched.release() ? timeout(e) : e;
    } finally {
      watched.release();
    }
  }

  /**
   * Arms the deadline of a call about to be enqueued; the caller releases the returned watch (if any) when the call
   * answers, and {@link CallDeadlines.Watched#release()} then says whether the deadline ended it.
   */
  CallDeadlines.@Nullable Watched arm(Call<?> call, long deadlineNanos) {
    CallDeadlines d = deadlines;
    CallDeadlines.Watched watched = d == null ? null : d.watch(call, deadlineNanos);
    if (watched == null || !watched.timed()) {
      okHttpTimeout(call, deadlineNanos);
    }
    return watched;
  }

  /** Cancels every call still out that the {@link CallDeadlines} watch (the client is closing). */
  void cancelAll() {
    CallDeadlines d = deadlines;
    if (d != null) {
      d.cancelAll();
    }
  }

  /** Bounds {@code call} with OkHttp's own per-call timeout (wakes okio's watchdog thread: not for hot paths). */
  private static void okHttpTimeout(Call<?> call, long deadlineNanos) {
    call.timeout().timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  /** The failure of a call its deadline cut short. */
  static InterruptedIOException timeout(Throwable cause) {
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    timeout.initCause(cause);
    return timeout;
  }
}
