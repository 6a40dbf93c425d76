package dev.connectkit.plan;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Paces every request of a client to the server's rate limit, so that a large apply neither floods the server nor
 * waits longer than the limit requires. Install it on the client's OkHttpClient and share one pacer per limit (per
 * API key, per cluster):
 *
 * <!-- example: String environment; String cluster; String apiKey; Secret apiSecret -->
 * <pre>{@code
 * RatePacer pacer = RatePacer.create();
 * ConnectorClient client = ConnectorClient.builder()
 *     .confluentCloud(environment, cluster)
 *     .basicAuth(apiKey, apiSecret)
 *     .okHttpClient(new okhttp3.OkHttpClient.Builder().addInterceptor(pacer).build())
 *     .build();
 * }</pre>
 *
 * <p>How it paces, best source first:
 * <ul>
 *   <li>{@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (relative seconds, as Confluent Cloud sends them):
 *       when the requests in flight would use up what remains, the next one waits for the reset. No request is
 *       wasted.</li>
 *   <li>Without those headers, one request at a time until the first 429. Its {@code Retry-After} gives the end of
 *       the server's window (taken to be a whole number of seconds, as {@code Retry-After} is), and the requests
 *       admitted before it the budget of each window, spent from each window's start. At most one request is
 *       wasted; should another 429 come (a sliding window), requests are spaced evenly at 10% below that rate.</li>
 * </ul>
 * The client still retries a 429 after {@code Retry-After} (its {@code RetryPolicy}); the retry waits here too.
 */
public final class RatePacer implements Interceptor {
  private static final long DEFAULT_RETRY_NANOS = Duration.ofSeconds(1).toNanos();

  private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
  private final java.util.concurrent.locks.Condition changed = lock.newCondition();
  /** No request starts before this (System.nanoTime). */
  private long gateOpenAt = Long.MIN_VALUE;
  /** The learned spacing between request starts; 0 while unknown. */
  private long intervalNanos;
  private long lastStart = Long.MIN_VALUE;
  private long firstStart = Long.MIN_VALUE;
  /** When the first answer came: the server's first window began between our first request and then. */
  private long firstAnswer = Long.MIN_VALUE;
  private long admitted;
  private int inFlight;
  /** What the server said remains in its window, less what started since; -1 if it never said. */
  private long remaining = -1;
  private long rateLimited;
  /** Requests the server allows per window, learned from the first 429 without headers; 0 while unknown. */
  private long budget;
  private long windowNanos;
  private long windowEnd;
  private long usedInWindow;

  private RatePacer() {}

  /** A pacer that has learned nothing yet. */
  public static RatePacer create() {
    return new RatePacer();
  }

  /** How many 429 answers passed through this pacer. */
  public long rateLimitedResponses() {
    lock.lock();
    try {
      return rateLimited;
    } finally {
      lock.unlock();
    }
  }

  /** The learned even spacing between requests (after a second 429); empty otherwise. */
  public java.util.Optional<Duration> interval() {
    lock.lock();
    try {
      return intervalNanos == 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofNanos(intervalNanos));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    acquire();
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException | RuntimeException e) {
      release(null);
      throw e;
    }
    release(response);
    return response;
  }

  private void acquire() throws InterruptedIOException {
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        long next = gateOpenAt;
        if (intervalNanos > 0 && lastStart != Long.MIN_VALUE) {
          next = Math.max(next, lastStart + intervalNanos);
        }
        boolean headersKnown = remaining >= 0;
        boolean mayStart = now - next >= 0 || next == Long.MIN_VALUE;
        if (mayStart && headersKnown && remaining <= 0) {
          mayStart = false;
          if (inFlight == 0) {
            // Nothing in flight will tell us more: the window must have reset by now (gateOpenAt passed).
            remaining = -1;
            mayStart = true;
          }
        }
        if (mayStart && budget > 0) {
          while (now - windowEnd >= 0) {
            windowEnd += windowNanos;
            usedInWindow = 0;
          }
          if (usedInWindow >= budget) {
            mayStart = false;
            next = windowEnd;
          }
        }
        if (mayStart && !headersKnown && intervalNanos == 0 && budget == 0 && inFlight > 0) {
          mayStart = false; // rate unknown: one at a time, so that at most one request meets the limit
        }
        if (mayStart) {
          lastStart = now;
          if (firstStart == Long.MIN_VALUE) {
            firstStart = now;
          }
          inFlight++;
          usedInWindow++;
          if (remaining > 0) {
            remaining--;
          }
          return;
        }
        long waitNanos = next == Long.MIN_VALUE ? 0 : next - now;
        try {
          changed.awaitNanos(waitNanos > 0 ? waitNanos : 50_000_000L);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while pacing to the server's rate limit");
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void release(@Nullable Response response) {
    lock.lock();
    try {
      inFlight--;
      long now = System.nanoTime();
      if (response != null) {
        if (firstAnswer == Long.MIN_VALUE) {
          firstAnswer = now;
        }
        Long resetNanos = seconds(response.header("X-RateLimit-Reset"));
        Long left = number(response.header("X-RateLimit-Remaining"));
        if (response.code() == 429) {
          rateLimited++;
          Long retry = seconds(response.header("Retry-After"));
          long wait = retry != null ? retry : resetNanos != null ? resetNanos : DEFAULT_RETRY_NANOS;
          gateOpenAt = Math.max(gateOpenAt == Long.MIN_VALUE ? now : gateOpenAt, now + wait + margin(wait));
          if (left == null) {
            if (budget == 0 && intervalNanos == 0) {
              // The first 429: the requests admitted so far are the window's budget. The server's window began at
              // or before our first request, so it ends by firstStart + window; from then on, the budget per window.
              windowNanos = window(now - firstStart, wait);
              budget = Math.max(1, admitted);
              // Counted from our first answer (2% later still): the server's first window began before it, so each of
              // ours starts after the server's and its budget never spills into a window already spent.
              windowEnd = firstAnswer + windowNanos + windowNanos / 50;
              usedInWindow = budget;
              gateOpenAt = Math.max(now, Math.min(gateOpenAt, windowEnd));
            } else {
              // The window is not what it seemed (a sliding window): space the requests evenly instead.
              long base = intervalNanos > 0 ? intervalNanos : windowNanos / Math.max(1, budget);
              intervalNanos = Math.max(1, base * 110 / 100);
              budget = 0;
            }
          } else {
            remaining = 0;
          }
        } else {
          admitted++;
          if (left != null && resetNanos != null) {
            // Requests still in flight were counted by the server or will be: keep them out of what remains.
            remaining = Math.max(0, left - inFlight);
            if (remaining == 0) {
              gateOpenAt = Math.max(gateOpenAt == Long.MIN_VALUE ? now : gateOpenAt,
                  now + resetNanos + margin(resetNanos));
            }
          }
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The server's window, from the time its first window took ({@code elapsed}) and what Retry-After said remained
   * ({@code retry}, rounded up to whole seconds): the whole number of seconds in (elapsed + retry - 1 s, elapsed +
   * retry], as Retry-After counts whole seconds; elapsed + retry if there is none.
   */
  /** A little past a reset the server announced: its clock and ours, and the trip there, differ by milliseconds. */
  private static long margin(long waitNanos) {
    return Math.max(5_000_000L, waitNanos / 50);
  }

  static long window(long elapsedNanos, long retryNanos) {
    long second = 1_000_000_000L;
    long upper = elapsedNanos + retryNanos;
    long whole = upper / second * second;
    return whole > upper - second && whole >= elapsedNanos && whole > 0 ? whole : upper;
  }

  private static @Nullable Long number(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whole (or decimal) seconds as nanoseconds; null if absent or not a number (an HTTP date is not read here). */
  private static @Nullable Long seconds(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      double s = Double.parseDouble(value.trim());
      return s < 0 ? null : (long) (s * 1_000_000_000L);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What the pacer has learned. */
  @Override
  public String toString() {
    lock.lock();
    try {
      return "RatePacer{" + (intervalNanos == 0 ? "interval unknown" : "interval " + Duration.ofNanos(intervalNanos))
          + ", 429s " + rateLimited + "}";
    } finally {
      lock.unlock();
    }
  }
}
