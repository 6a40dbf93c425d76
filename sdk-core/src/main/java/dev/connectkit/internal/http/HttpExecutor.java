package dev.connectkit.internal.http;

import dev.connectkit.internal.ExecutorScheduler;
import dev.connectkit.internal.Scrubber;

import dev.connectkit.ConnectorException;
import dev.connectkit.RateLimitedException;
import dev.connectkit.ResponseTooLargeException;
import dev.connectkit.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Executes Retrofit calls with the retry rules of {@link RetryPolicy}: 429 after {@code Retry-After}; 502/503/504 and
 * connection failures with exponential backoff and jitter, for idempotent requests only; everything bounded by
 * attempts and the policy's total deadline. A 409 whose {@link ErrorResponses.ConflictMeaning} is {@code REBALANCE}
 * (Kafka Connect rebalancing) is retried with backoff too, for idempotent requests. A non-idempotent request that fails ambiguously ends in
 * {@link AmbiguousOutcomeException} so the caller can check what happened instead of re-sending blindly.
 */
public final class HttpExecutor {
  /** Whether a request may be re-sent after an ambiguous failure. */
  public enum Mode {
    IDEMPOTENT,
    NOT_IDEMPOTENT,
    /** Idempotent, and a 404 after an ambiguous attempt means that attempt deleted it: returned, not thrown. */
    DELETE
  }

  /** Sleeps; replaced in tests. */
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** The answer to a read made with {@link #read}: exactly one of the two is non-null. */
  public interface Reply<T> {
    void accept(@Nullable T value, @Nullable ConnectorException failure);
  }

  /** A read that may still be out; cancelling one that has answered does nothing. */
  public interface PendingRead {
    PendingRead NONE = () -> {};

    void cancel();
  }

  /**
   * The client's own credentials as it sends them (API secret, bearer token), scrubbed from server messages like a
   * config's secrets: a server may echo what it was sent.
   */
  public interface Credentials {
    /** Scrubs the credentials last sent. */
    Scrubber scrubber();
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final boolean asyncReads;
  private final @Nullable Credentials credentials;
  private final @Nullable CallDeadlines deadlines;
  private final Set<Call<?>> readsInFlight = ConcurrentHashMap.newKeySet();

  private HttpExecutor(
      RetryPolicy policy,
      Sleeper sleeper,
      boolean asyncReads,
      @Nullable Credentials credentials,
      @Nullable CallDeadlines deadlines) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.asyncReads = asyncReads;
    this.credentials = credentials;
    this.deadlines = deadlines;
  }

  public HttpExecutor(RetryPolicy policy, Sleeper sleeper) {
    this(policy, sleeper, false, null, null);
  }

  public HttpExecutor(RetryPolicy policy) {
    this(policy, d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000)));
  }

  /**
   * This executor, except that {@link #read} sends with OkHttp's {@code enqueue} and returns at once: polls hold no
   * thread of their own while the server answers. Without it (manual time in tests) a read runs on the calling thread.
   */
  public HttpExecutor withAsyncReads() {
    return new HttpExecutor(policy, sleeper, true, credentials, deadlines);
  }

  /** This executor, scrubbing {@code credentials} (if any) from every failure's message too. */
  public HttpExecutor withCredentials(@Nullable Credentials credentials) {
    return new HttpExecutor(policy, sleeper, asyncReads, credentials, deadlines);
  }

  /**
   * This executor, bounding each call by {@code deadlines} instead of OkHttp's per-call timeout (which wakes a
   * watchdog thread on every call). Without it (manual time in tests) each call gets OkHttp's timeout.
   */
  public HttpExecutor withDeadlines(CallDeadlines deadlines) {
    return new HttpExecutor(policy, sleeper, asyncReads, credentials, deadlines);
  }

  /**
   * Sends {@code call}, cancelled at {@code deadlineNanos}; a call the deadline cut short fails as a timeout. While it
   * is out, {@link InFlight} tells the HTTP log and a token fetched on the way its scrubber and deadline.
   */
  private <T> Response<T> send(Call<T> call, long deadlineNanos, Scrubber requestSecrets) throws IOException {
    CallDeadlines d = deadlines;
    if (d == null) {
      okHttpTimeout(call, deadlineNanos);
      return InFlight.run(requestSecrets, deadlineNanos, totalTimeout(), call::execute);
    }
    CallDeadlines.Watched watched = d.watch(call, deadlineNanos);
    if (!watched.timed()) {
      okHttpTimeout(call, deadlineNanos);
    }
    try {
      return InFlight.run(requestSecrets, deadlineNanos, totalTimeout(), call::execute);
    } catch (IOException e) {
      throw watched.release() ? timeout(e) : e;
    } finally {
      watched.release();
    }
  }

  /** Bounds {@code call} with OkHttp's own per-call timeout (wakes okio's watchdog thread: not for hot paths). */
  private static void okHttpTimeout(Call<?> call, long deadlineNanos) {
    call.timeout().timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private static InterruptedIOException timeout(Throwable cause) {
    InterruptedIOException timeout = new InterruptedIOException("timeout");
    timeout.initCause(cause);
    return timeout;
  }

  /**
   * {@code now + duration} in {@link System#nanoTime()}, the duration capped at about 73 years so that deadlines
   * still compare by subtraction.
   */
  private static long after(Duration duration) {
    return System.nanoTime() + Math.min(ExecutorScheduler.saturatedNanos(duration), Long.MAX_VALUE / 4);
  }

  /** Scrubs what a server may echo: the request's {@code secrets} and the client's credentials. */
  public Scrubber scrubber(Collection<String> secrets) {
    return withCredentials(Scrubber.of(secrets));
  }

  /** {@code request} and the credentials last sent (asked after the response: a bearer token may have changed). */
  private Scrubber withCredentials(Scrubber request) {
    Credentials c = credentials;
    return c == null ? request : c.scrubber().and(request);
  }

  /** What bounds a call, for messages. */
  private String totalTimeout() {
    return "the retry policy's total timeout of " + policy.totalTimeout();
  }

  /**
   * One attempt at an idempotent read, bounded by the policy's total timeout, whose outcome goes to {@code reply}
   * exactly once: on an OkHttp thread with {@link #withAsyncReads}, else before this returns. Failures are the same
   * typed exceptions {@link #execute} throws; nothing is retried (waits and watches pace themselves). The returned
   * handle cancels the read (its reply then reports the cancellation).
   */
  public <T> PendingRead read(
      String verb, String subject, Supplier<Call<T>> calls, ErrorResponses.ConflictMeaning conflict, Reply<T> reply) {
    Call<T> call;
    try {
      call = calls.get();
    } catch (IllegalArgumentException e) {
      reply.accept(null, new ConnectorException(
          label(verb, subject) + ": the request cannot be built (" + e.getMessage() + ")", e));
      return PendingRead.NONE;
    }
    long deadlineNanos = after(policy.totalTimeout());
    if (!asyncReads) {
      Response<T> response;
      try {
        response = send(call, deadlineNanos, Scrubber.NONE);
      } catch (IOException | RuntimeException e) {
        reply.accept(null, readFailure(verb, subject, e));
        return PendingRead.NONE;
      }
      answer(verb, subject, response, conflict, reply);
      return PendingRead.NONE;
    }
    CallDeadlines d = deadlines;
    CallDeadlines.Watched watched = d == null ? null : d.watch(call, deadlineNanos);
    if (watched == null || !watched.timed()) {
      okHttpTimeout(call, deadlineNanos);
    }
    readsInFlight.add(call);
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            readsInFlight.remove(c);
            if (watched != null) {
              watched.release();
            }
            answer(verb, subject, response, conflict, reply);
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            readsInFlight.remove(c);
            boolean expired = watched != null && watched.release();
            reply.accept(null, readFailure(verb, subject, expired ? timeout(t) : t));
          }
        });
    return call::cancel;
  }

  /** Cancels every call still out that this executor's {@link CallDeadlines} watch (the client is closing). */
  public void cancelCalls() {
    CallDeadlines d = deadlines;
    if (d != null) {
      d.cancelAll();
    }
  }

  /** Cancels every {@link #read} still out (the client is closing); their replies then report the cancellation. */
  public void cancelReads() {
    for (Call<?> call : readsInFlight) {
      call.cancel();
    }
  }

  private <T> void answer(
      String verb, String subject, Response<T> response, ErrorResponses.ConflictMeaning conflict, Reply<T> reply) {
    if (response.isSuccessful()) {
      T body = response.body();
      if (body == null) {
        reply.accept(null, new ConnectorException("the server sent no body for " + verb));
      } else {
        reply.accept(body, null);
      }
      return;
    }
    reply.accept(null,
        ErrorResponses.toException(
            response.code(), response.headers(), response.errorBody(), conflict, scrubber(List.of())));
  }

  private ConnectorException readFailure(String verb, String subject, Throwable t) {
    TokenFailure token = TokenFailure.in(t);
    if (token != null) {
      return token.failure();
    }
    ResponseTooLargeException tooLarge = ResponseSizeLimit.tooLarge(t, label(verb, subject));
    if (tooLarge != null) {
      return tooLarge;
    }
    if (t instanceof IOException) {
      return transportFailure(label(verb, subject), (IOException) t, scrubber(List.of()));
    }
    // Moshi refusing a malformed body, and anything else a library throws: still a typed error, scrubbed.
    return libraryFailure(
        label(verb, subject) + ": the server's response could not be read", t, scrubber(List.of()));
  }

  public RetryPolicy policy() {
    return policy;
  }

  private final ThreadLocal<Deadline> enclosing = new ThreadLocal<>();

  /**
   * A deadline starting now, for an operation made of several calls; inside {@link #within} the enclosing operation's
   * deadline, so the calls of one operation share one deadline.
   */
  public Deadline deadline() {
    Deadline outer = enclosing.get();
    return outer != null ? outer : new Deadline(after(policy.totalTimeout()));
  }

  /** Runs {@code body} with every call on this thread bounded by {@code deadline}. */
  public <T> T within(Deadline deadline, Supplier<T> body) {
    Deadline previous = enclosing.get();
    enclosing.set(deadline);
    try {
      return body.get();
    } finally {
      if (previous == null) {
        enclosing.remove();
      } else {
        enclosing.set(previous);
      }
    }
  }

  /**
   * Runs the calls {@code calls} makes until one succeeds or the policy gives up. {@code verb} and {@code subject}
   * name the operation in messages ({@code "status"}, the connector's name); they are joined only on failure.
   */
  public <T> Response<T> execute(
      String verb,
      String subject,
      Supplier<Call<T>> calls,
      Mode mode,
      ErrorResponses.ConflictMeaning conflict,
      Collection<String> secrets) {
    return execute(verb, subject, calls, mode, conflict, secrets, deadline());
  }

  /** As above, bounded by {@code deadline}. */
  public <T> Response<T> execute(
      String verb,
      String subject,
      Supplier<Call<T>> calls,
      Mode mode,
      ErrorResponses.ConflictMeaning conflict,
      Collection<String> secrets,
      Deadline deadline) {
    ConnectorException last = null;
    boolean ambiguous = false;
    Scrubber requestSecrets = Scrubber.of(secrets);
    for (int attempt = 1; ; attempt++) {
      long remaining = deadline.remainingNanos();
      if (remaining <= 0) {
        throw timedOut(label(verb, subject), last);
      }
      Call<T> call;
      try {
        call = calls.get();
      } catch (IllegalArgumentException e) {
        throw new ConnectorException(label(verb, subject) + ": the request cannot be built (" + e.getMessage() + ")", e);
      }
      Response<T> response;
      try {
        response = send(call, deadline.deadlineNanos, requestSecrets);
      } catch (TokenFailure e) {
        throw e.failure();
      } catch (RuntimeException e) {
        // Moshi refusing a malformed body, and anything else a library throws: still a typed error. After a write
        // (a 201 whose body cannot be decoded) the server may have applied it.
        ConnectorException unreadable = libraryFailure(
            label(verb, subject) + ": the server's response could not be read", e, withCredentials(requestSecrets));
        throw mode == Mode.NOT_IDEMPOTENT ? new AmbiguousOutcomeException(unreadable) : unreadable;
      } catch (IOException e) {
        TokenFailure token = TokenFailure.in(e);
        if (token != null) {
          throw token.failure(); // no token, so nothing was sent
        }
        ResponseTooLargeException tooLarge = ResponseSizeLimit.tooLarge(e, label(verb, subject));
        if (tooLarge != null) {
          // The answer came, too large to read: a write may have been applied.
          throw mode == Mode.NOT_IDEMPOTENT ? new AmbiguousOutcomeException(tooLarge) : tooLarge;
        }
        last = transportFailure(label(verb, subject), e, withCredentials(requestSecrets));
        if (call.isCanceled() && !(e instanceof InterruptedIOException)) {
          // Cancelled by close(), not by the deadline (that one fails as a timeout): no retry on a closed client.
          ConnectorException closed =
              new dev.connectkit.ClientClosedException(label(verb, subject) + " was cancelled: the client was closed", e);
          throw mode == Mode.NOT_IDEMPOTENT ? new AmbiguousOutcomeException(closed) : closed;
        }
        if (deadline.remainingNanos() <= 0) {
          throw mode == Mode.NOT_IDEMPOTENT ? new AmbiguousOutcomeException(timedOut(label(verb, subject), last)) : timedOut(label(verb, subject), last);
        }
        boolean notSent =
            e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
        if (mode == Mode.NOT_IDEMPOTENT && !notSent) {
          throw new AmbiguousOutcomeException(last);
        }
        ambiguous |= !notSent;
        if (attempt >= policy.maxAttempts()) {
          throw last;
        }
        sleep(backoff(attempt), deadline, verb, subject, last);
        continue;
      }
      if (response.isSuccessful()) {
        return response;
      }
      int code = response.code();
      if (code == 404 && mode == Mode.DELETE && ambiguous) {
        // An earlier attempt that may have been applied deleted it.
        okhttp3.ResponseBody unread = response.errorBody();
        if (unread != null) {
          unread.close();
        }
        return response;
      }
      ConnectorException failure =
          ErrorResponses.toException(
              code, response.headers(), response.errorBody(), conflict, withCredentials(requestSecrets));
      last = failure;
      if (code == 429) {
        Duration hint = failure instanceof RateLimitedException
            ? ((RateLimitedException) failure).retryAfter().orElse(null)
            : null;
        Duration wait = hint != null ? hint : backoff(attempt);
        if (attempt >= policy.maxAttempts() || ExecutorScheduler.saturatedNanos(wait) >= deadline.remainingNanos()) {
          // Retry-After beyond the deadline (however absurd): the failure carries the delay the server asked for.
          throw failure;
        }
        sleep(wait, deadline, verb, subject, failure);
        continue;
      }
      boolean rebalance = code == 409 && ErrorResponses.isRebalance(failure.serverMessage())
          && conflict != ErrorResponses.ConflictMeaning.CONFLICT;
      if (code == 409 && ((conflict == ErrorResponses.ConflictMeaning.REBALANCE && mode != Mode.NOT_IDEMPOTENT)
          || rebalance)) {
        // Kafka Connect refused it while rebalancing: nothing was applied (even a create), try again shortly.
        if (attempt >= policy.maxAttempts()) {
          throw failure;
        }
        sleep(backoff(attempt), deadline, verb, subject, failure);
        continue;
      }
      if (code >= 500 && mode == Mode.NOT_IDEMPOTENT) {
        // A server error after a write may come after applying it (Kafka Connect answers 500 "Request timed out"
        // while the worker goes on applying the request): the caller looks before it concludes.
        throw new AmbiguousOutcomeException(failure);
      }
      if (code == 502 || code == 503 || code == 504) {
        if (mode == Mode.NOT_IDEMPOTENT) {
          throw new AmbiguousOutcomeException(failure);
        }
        ambiguous = true;
        if (attempt >= policy.maxAttempts()) {
          throw failure;
        }
        sleep(backoff(attempt), deadline, verb, subject, failure);
        continue;
      }
      throw failure;
    }
  }

  /** Exponential backoff with equal jitter (half fixed, half random) for retry number {@code attempt} (1 = first retry). */
  public Duration backoff(int attempt) {
    long base = policy.initialBackoff().toNanos();
    long cap = policy.maxBackoff().toNanos();
    long exp = base;
    for (int i = 1; i < attempt && exp < cap; i++) {
      exp = exp > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : exp * 2;
    }
    long bound = Math.min(exp, cap);
    return Duration.ofNanos(bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
  }

  /** Sleeps {@code duration} unless that passes the deadline, in which case {@code failure} is thrown now. */
  public void sleep(Duration duration, Deadline deadline, String verb, String subject, ConnectorException failure) {
    if (ExecutorScheduler.saturatedNanos(duration) >= deadline.remainingNanos()) {
      throw failure;
    }
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(label(verb, subject) + " was interrupted", e);
    }
  }

  /** {@code "status my-connector"}; built only when a message needs it. */
  public static String label(String verb, String subject) {
    return subject.isEmpty() ? verb : verb + " " + subject;
  }

  private ConnectorException timedOut(String operation, @org.jspecify.annotations.Nullable ConnectorException last) {
    return new ConnectorException(
        operation
            + " did not complete within "
            + policy.totalTimeout()
            + (last == null ? "" : "; last failure: " + last.getMessage()),
        last);
  }

  /**
   * A transport failure. Its message may quote the server (OkHttp's "Unexpected status line: …"), so it is scrubbed
   * and cut; see {@link #libraryFailure}.
   */
  private static ConnectorException transportFailure(String operation, IOException e, Scrubber scrubber) {
    return libraryFailure(operation + (e instanceof InterruptedIOException ? " timed out" : " failed"), e, scrubber);
  }

  /**
   * What a library threw (OkHttp's transport failures, Moshi refusing a malformed body): its message may quote the
   * server, so it is scrubbed and cut, and the library's exception is kept as the cause only when no message in its
   * chain held anything to scrub (else its stack trace would print it); otherwise only its stack trace is kept.
   */
  private static ConnectorException libraryFailure(String headline, Throwable e, Scrubber scrubber) {
    String message = e.getMessage();
    String scrubbed = message == null ? "" : scrubber.scrub(message);
    boolean clean = true;
    for (Throwable t = e; t != null && clean; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      clean = m == null || scrubber.scrub(m).equals(m);
    }
    String detail = message == null ? "" : ": " + Scrubber.truncate(scrubbed.replaceAll("\\p{Cntrl}+", " "), 300);
    ConnectorException failure =
        new ConnectorException(headline + " (" + e.getClass().getSimpleName() + detail + ")", clean ? e : null);
    if (!clean) {
      failure.setStackTrace(e.getStackTrace());
    }
    return failure;
  }

  /** An operation's deadline. */
  public static final class Deadline {
    private final long deadlineNanos;

    Deadline(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    public long remainingNanos() {
      return deadlineNanos - System.nanoTime();
    }
  }
}
