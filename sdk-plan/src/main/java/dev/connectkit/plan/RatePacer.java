package dev.connectkit.plan;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Paces every request of a client to the server's rate limit, so that a large apply neither floods the server nor
 * waits longer than the limit requires. Install it on the client's OkHttpClient and share one pacer per limit (per
 * API key, per cluster); it is safe to share between threads:
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
 *   <li>{@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds until the
 *       budget is full again, as Confluent Cloud sends them). What remains is spent at once: the server's burst.
 *       After that, requests follow at the advertised rate: the limit per the time the server takes to refill from
 *       empty (the reset it announces when nothing remains). Each start is counted from the newest answer, so a
 *       slightly wrong estimate never adds up. Should a 429 come all the same (a server that refills a whole window at
 *       once, or another client spending the same limit), it waits for each reset instead. Requests of a method
 *       (GET, PUT, ...) whose answers come without these headers are not limited and pass at once.</li>
 *   <li>Without those headers, one request at a time (each starts when the previous answer arrives; nothing sleeps)
 *       until the first 429. Its {@code Retry-After} gives the end of the server's window (taken to be a whole number
 *       of seconds, as {@code Retry-After} is), and the requests admitted before it the budget of each window, spent
 *       from each window's start. At most one request is wasted; should another 429 come (a sliding window),
 *       requests are spaced evenly at 10% below that rate.</li>
 * </ul>
 * A 429 holds every request back for its {@code Retry-After}, or until the reset it announces if that is sooner
 * ({@code Retry-After} counts whole seconds). Before the server has said anything about a limit, nothing sleeps.
 * Hostile values never throw and never hang: negative numbers count as 0, malformed ones (NaN, exponents, words) as
 * absent, a {@code X-RateLimit-Reset} of 10^9 or more as an epoch second; no request waits longer than one minute,
 * nor past its call's cancellation or timeout. The client still retries a 429 after {@code Retry-After} (its
 * {@code RetryPolicy}); the retry waits here too.
 */
public final class RatePacer implements Interceptor {
  private static final long DEFAULT_RETRY_NANOS = Duration.ofSeconds(1).toNanos();
  /** How often a waiting request looks whether its call was cancelled. */
  private static final long CANCEL_CHECK_NANOS = Duration.ofMillis(100).toNanos();
  /** No time to wait for: wait for an answer. */
  private static final long ANSWER = Long.MIN_VALUE;
  /** The ticket of a request that neither waited nor counts. */
  private static final long FREE = -1;
  /** The ticket of a request admitted by the rules without headers. */
  private static final long PROBED = -2;

  private final long maxWaitNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private long rateLimited;
  /** No request starts before this (System.nanoTime), after a 429; MIN_VALUE if open. */
  private long gateOpenAt = Long.MIN_VALUE;

  // Learned from X-RateLimit-* headers.
  /** Whether any answer carried X-RateLimit-Remaining: from then on, requests of unlimited methods pass at once. */
  private boolean announced;
  /** Methods answered with X-RateLimit-* headers or 429 at least once. */
  private final Set<String> limitedMethods = new HashSet<>();
  /** Methods answered without them at least once; unlimited unless also in {@link #limitedMethods}. */
  private final Set<String> headerlessMethods = new HashSet<>();
  private long limit;
  /** Tokens per nanosecond the server refills; 0 while unknown. */
  private double refillRate;
  /** How many tokens the estimate of {@link #refillRate} covered: the more, the better the estimate. */
  private long refillEvidence;
  /** Whether the server refills continuously (a token bucket); false after a 429 in spite of the headers. */
  private boolean continuous = true;
  /**
   * The server's remaining budget at {@link #reportedAt} (with the fraction of a token the model knows of), less what
   * it may not have counted yet; -1 if unknown.
   */
  private double reported = -1;
  private long reportedAt;
  /** When the server's budget is full again, as it last said (with a margin). */
  private long fullAt;
  private long startedSinceReport;
  private long nextSequence;
  /** The paced requests in flight: each one's sequence number, and the oldest one in flight when it started. */
  private final TreeMap<Long, Long> pacedInFlight = new TreeMap<>();

  // Learned from 429s without headers.
  /** The learned spacing between request starts; 0 while unknown. */
  private long intervalNanos;
  private long lastStart = Long.MIN_VALUE;
  private long firstStart = Long.MIN_VALUE;
  /** When the first answer came: the server's first window began between our first request and then. */
  private long firstAnswer = Long.MIN_VALUE;
  private long admitted;
  private int inFlight;
  /** Requests the server allows per window, learned from the first 429 without headers; 0 while unknown. */
  private long budget;
  private long windowNanos;
  private long windowEnd;
  private long usedInWindow;

  RatePacer(Duration maxWait) {
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** A pacer that has learned nothing yet. */
  public static RatePacer create() {
    return new RatePacer(RateLimitHeaders.MAX_WAIT);
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

  /**
   * The spacing between requests once the server's burst is spent: from the announced limit and reset, or learned
   * from 429s without them (after a second one); empty while unknown.
   */
  public Optional<Duration> interval() {
    lock.lock();
    try {
      if (announced && continuous && refillRate > 0) {
        return Optional.of(Duration.ofNanos(Math.max(1, (long) Math.ceil(1 / refillRate))));
      }
      return intervalNanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(intervalNanos));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String method = chain.request().method();
    long ticket = acquire(chain, method);
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException | RuntimeException e) {
      release(ticket, method, null);
      throw e;
    }
    release(ticket, method, response);
    return response;
  }

  /** Waits until the request may start: FREE, PROBED, or the sequence number of a request paced by the headers. */
  private long acquire(Chain chain, String method) throws IOException {
    lock.lock();
    try {
      long since = System.nanoTime();
      while (true) {
        long now = System.nanoTime();
        boolean overdue = now - since >= maxWaitNanos;
        long next;
        if (announced) {
          if (headerlessMethods.contains(method) && !limitedMethods.contains(method)) {
            return FREE;
          }
          next = overdue ? now : pacedStart(now);
          if (next == now) {
            long sequence = nextSequence++;
            pacedInFlight.put(sequence, pacedInFlight.isEmpty() ? sequence : pacedInFlight.firstKey());
            startedSinceReport++;
            return sequence;
          }
        } else {
          next = overdue ? now : probedStart(now);
          if (next == now) {
            startProbed(now);
            return PROBED;
          }
        }
        await(chain, now, next, since + maxWaitNanos);
      }
    } finally {
      lock.unlock();
    }
  }

  private void await(Chain chain, long now, long next, long deadline) throws IOException {
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
    long nanos = Math.min(CANCEL_CHECK_NANOS, deadline - now);
    if (next != ANSWER) {
      nanos = Math.min(nanos, next - now);
    }
    try {
      changed.awaitNanos(Math.max(1, nanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while pacing to the server's rate limit");
    }
  }

  /** {@code now} if a request paced by the headers may start now, else when to look again (or ANSWER). */
  private long pacedStart(long now) {
    if (gateOpenAt != Long.MIN_VALUE && gateOpenAt - now > 0) {
      return gateOpenAt;
    }
    if (reported < 0) {
      return pacedInFlight.isEmpty() ? now : ANSWER; // limited, but no budget known yet: one at a time
    }
    if (now - fullAt >= 0) {
      if (limit > 0 && limit - startedSinceReport >= 1) {
        return now;
      }
      return pacedInFlight.isEmpty() ? now : ANSWER; // full again, of an unknown or spent budget: one at a time
    }
    if (tokens(now) >= 1 - 1e-9) {
      return now;
    }
    long next = fullAt;
    if (continuous && refillRate > 0) {
      long token = reportedAt + (long) Math.ceil((startedSinceReport + 1 - reported) / refillRate);
      next = token - fullAt < 0 ? token : fullAt;
    }
    return next - now > 0 ? next : now + 1;
  }

  /** The tokens left for new requests by what the server last said, refilled since if it refills continuously. */
  private double tokens(long now) {
    double tokens = reported;
    if (continuous && refillRate > 0) {
      tokens = Math.min(limit, reported + (now - reportedAt) * refillRate);
    }
    return tokens - startedSinceReport;
  }

  /** {@code now} if a request may start by the rules without headers, else when to look again (or ANSWER). */
  private long probedStart(long now) {
    long next = gateOpenAt;
    if (intervalNanos > 0 && lastStart != Long.MIN_VALUE) {
      next = Math.max(next, lastStart + intervalNanos);
    }
    if (next != Long.MIN_VALUE && now - next < 0) {
      return next;
    }
    if (budget > 0) {
      while (now - windowEnd >= 0) {
        windowEnd += windowNanos;
        usedInWindow = 0;
      }
      if (usedInWindow >= budget) {
        return windowEnd;
      }
    }
    if (intervalNanos == 0 && budget == 0 && inFlight > 0) {
      return ANSWER; // rate unknown: one at a time, so that at most one request meets the limit
    }
    return now;
  }

  private void startProbed(long now) {
    lastStart = now;
    if (firstStart == Long.MIN_VALUE) {
      firstStart = now;
    }
    inFlight++;
    usedInWindow++;
  }

  private void release(long ticket, String method, @Nullable Response response) {
    lock.lock();
    try {
      long oldestAtStart = ticket;
      if (ticket == PROBED) {
        inFlight--;
      } else if (ticket >= 0) {
        oldestAtStart = pacedInFlight.getOrDefault(ticket, ticket);
        pacedInFlight.remove(ticket);
      }
      if (response != null) {
        long now = System.nanoTime();
        RateLimitHeaders headers = RateLimitHeaders.of(response);
        if (headers.remaining >= 0) {
          announced = true;
          limitedMethods.add(method);
        } else {
          headerlessMethods.add(method);
        }
        if (response.code() == 429) {
          rateLimited++;
          limitedMethods.add(method);
        }
        if (announced) {
          learnFromHeaders(ticket, oldestAtStart, headers, response.code() == 429, now);
        } else if (ticket == PROBED) {
          learnWithoutHeaders(headers, response.code() == 429, now);
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void learnFromHeaders(long ticket, long oldestAtStart, RateLimitHeaders headers, boolean refused,
      long now) {
    if (headers.limit > 0) {
      limit = headers.limit;
    }
    if (headers.remaining >= 0) {
      // The server may not have counted the requests still in flight, nor any started since the oldest one in flight
      // when this one started (the server may have answered this one before them, though they were answered first).
      long uncounted = ticket >= 0 ? nextSequence - oldestAtStart - 1 : pacedInFlight.size();
      // The server rounds down: what it says is the whole tokens it has, so a model within that token (and its
      // fraction, which the floor drops) stands; one outside it is corrected.
      double floor = Math.max(0, headers.remaining - uncounted);
      double model = reported >= 0 && now - fullAt < 0 ? tokens(now) : -1;
      reported = model >= floor && model < headers.remaining + 1 ? model : floor;
      reportedAt = now;
      startedSinceReport = 0;
      long reset = headers.resetNanos >= 0 ? headers.resetNanos : DEFAULT_RETRY_NANOS;
      fullAt = now + reset + margin(reset);
      // The rate: what the server must refill (limit - remaining) in the time it says that takes. The answer that
      // covered the most tokens rounds the least (Reset may be whole seconds): the first of those, or the slowest.
      long missing = limit - headers.remaining;
      if (limit > 0 && missing > 0 && headers.resetNanos > 0 && missing >= refillEvidence) {
        double rate = (double) missing / headers.resetNanos;
        refillRate = missing > refillEvidence || refillRate == 0 ? rate : Math.min(refillRate, rate);
        refillEvidence = missing;
      }
    }
    if (refused) {
      // Retry-After counts whole seconds; a reset the server announced names the same moment more precisely.
      long wait = headers.retryAfterNanos >= 0 ? headers.retryAfterNanos : DEFAULT_RETRY_NANOS;
      if (headers.resetNanos > 0 && headers.resetNanos < wait) {
        wait = headers.resetNanos;
      }
      long open = now + wait + margin(wait);
      gateOpenAt = gateOpenAt == Long.MIN_VALUE || open - gateOpenAt > 0 ? open : gateOpenAt;
      if (headers.remaining < 0) {
        reported = 0;
        reportedAt = now;
        startedSinceReport = 0;
        fullAt = open;
      }
      continuous = false;
    }
  }

  private void learnWithoutHeaders(RateLimitHeaders headers, boolean refused, long now) {
    if (firstAnswer == Long.MIN_VALUE) {
      firstAnswer = now;
    }
    if (!refused) {
      admitted++;
      return;
    }
    long wait = headers.retryAfterNanos >= 0 ? headers.retryAfterNanos
        : headers.resetNanos >= 0 ? headers.resetNanos : DEFAULT_RETRY_NANOS;
    gateOpenAt = Math.max(gateOpenAt == Long.MIN_VALUE ? now : gateOpenAt, now + wait + margin(wait));
    if (budget == 0 && intervalNanos == 0) {
      // The first 429: the requests admitted so far are the window's budget. The server's window began at or before
      // our first request, so it ends by firstStart + window; from then on, the budget per window.
      windowNanos = window(now - firstStart, wait);
      budget = Math.max(1, admitted);
      // Counted from our first answer (2% later still): the server's first window began before it, so each of ours
      // starts after the server's and its budget never spills into a window already spent.
      windowEnd = firstAnswer + windowNanos + windowNanos / 50;
      usedInWindow = budget;
      gateOpenAt = Math.max(now, Math.min(gateOpenAt, windowEnd));
    } else {
      // The window is not what it seemed (a sliding window): space the requests evenly instead.
      long base = intervalNanos > 0 ? intervalNanos : windowNanos / Math.max(1, budget);
      intervalNanos = Math.max(1, base * 110 / 100);
      budget = 0;
    }
  }

  /** A little past a reset the server announced: its clock and ours, and the trip there, differ by milliseconds. */
  private static long margin(long waitNanos) {
    return Math.max(5_000_000L, waitNanos / 50);
  }

  /**
   * The server's window, from the time its first window took ({@code elapsed}) and what Retry-After said remained
   * ({@code retry}, rounded up to whole seconds): the whole number of seconds in (elapsed + retry - 1 s, elapsed +
   * retry], as Retry-After counts whole seconds; elapsed + retry if there is none.
   */
  static long window(long elapsedNanos, long retryNanos) {
    long second = 1_000_000_000L;
    long upper = elapsedNanos + retryNanos;
    long whole = upper / second * second;
    return whole > upper - second && whole >= elapsedNanos && whole > 0 ? whole : upper;
  }

  /** What the pacer has learned, for example {@code RatePacer{limit 50, remaining 12, interval PT0.02S, 429s 0}}. */
  @Override
  public String toString() {
    lock.lock();
    try {
      StringBuilder s = new StringBuilder("RatePacer{");
      if (announced) {
        s.append("limit ").append(limit > 0 ? String.valueOf(limit) : "unknown")
            .append(", remaining ").append(reported >= 0 ? String.valueOf((long) reported) : "unknown").append(", ");
      }
      Optional<Duration> interval = interval();
      s.append(interval.map(d -> "interval " + d).orElse("interval unknown"));
      return s.append(", 429s ").append(rateLimited).append('}').toString();
    } finally {
      lock.unlock();
    }
  }
}
