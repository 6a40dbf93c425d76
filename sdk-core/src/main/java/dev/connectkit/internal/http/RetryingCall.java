package dev.connectkit.internal.http;

import dev.connectkit.ClientClosedException;
import dev.connectkit.ConnectorException;
import dev.connectkit.RateLimitedException;
import dev.connectkit.ResponseTooLargeException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.internal.ExecutorScheduler;
import dev.connectkit.internal.Scrubber;
import dev.connectkit.internal.events.Events;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * The retrying call: sends the calls a supplier makes until one succeeds or the {@link RetryPolicy} gives up. 429 is
 * retried after {@code Retry-After}; 502/503/504, connection failures and a 409 that is Kafka Connect rebalancing
 * with exponential backoff and jitter, for idempotent requests only; everything bounded by attempts and the
 * operation's {@link Deadline}. A non-idempotent request that fails ambiguously ends in
 * {@link AmbiguousOutcomeException} so the caller can check what happened instead of re-sending blindly.
 */
final class RetryingCall {
  private final RetryPolicy policy;
  private final HttpExecutor.Sleeper sleeper;
  private final CallBounds bounds;
  private final Function<Scrubber, Scrubber> withCredentials;

  /** {@code withCredentials} adds the client's credentials (as last sent) to a request's scrubber. */
  RetryingCall(
      RetryPolicy policy, HttpExecutor.Sleeper sleeper, CallBounds bounds, Function<Scrubber, Scrubber> withCredentials) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.bounds = bounds;
    this.withCredentials = withCredentials;
  }

  /** See {@link HttpExecutor#execute}. */
  <T> Response<T> execute(
      String verb,
      String subject,
      Supplier<Call<T>> calls,
      HttpExecutor.Mode mode,
      ErrorResponses.ConflictMeaning conflict,
      Scrubber requestSecrets,
      Deadline deadline) {
    boolean writes = mode == HttpExecutor.Mode.NOT_IDEMPOTENT;
    ConnectorException last = null;
    boolean ambiguous = false;
    for (int attempt = 1; ; attempt++) {
      long remaining = deadline.remainingNanos();
      if (remaining <= 0) {
        throw timedOut(verb, subject, last);
      }
      Call<T> call;
      try {
        call = calls.get();
      } catch (IllegalArgumentException e) {
        throw Failures.unbuildable(verb, subject, e);
      }
      Response<T> response;
      try {
        response = bounds.execute(call, deadline.deadlineNanos, requestSecrets);
      } catch (TokenFailure e) {
        throw e.failure();
      } catch (RuntimeException e) {
        // Moshi refusing a malformed body, and anything else a library throws: still a typed error. After a write
        // (a 201 whose body cannot be decoded) the server may have applied it.
        ConnectorException unreadable =
            Failures.unreadable(verb, subject, e, withCredentials.apply(requestSecrets));
        throw writes ? new AmbiguousOutcomeException(unreadable) : unreadable;
      } catch (IOException e) {
        TokenFailure token = TokenFailure.in(e);
        if (token != null) {
          throw token.failure(); // no token, so nothing was sent
        }
        ResponseTooLargeException tooLarge = ResponseSizeLimit.tooLarge(e, Failures.label(verb, subject));
        if (tooLarge != null) {
          // The answer came, too large to read: a write may have been applied.
          throw writes ? new AmbiguousOutcomeException(tooLarge) : tooLarge;
        }
        last = Failures.transport(Failures.label(verb, subject), e, withCredentials.apply(requestSecrets));
        if (call.isCanceled() && !(e instanceof InterruptedIOException)) {
          // Cancelled by close(), not by the deadline (that one fails as a timeout): no retry on a closed client.
          ConnectorException closed =
              new ClientClosedException(Failures.label(verb, subject) + " was cancelled: the client was closed", e);
          throw writes ? new AmbiguousOutcomeException(closed) : closed;
        }
        if (deadline.remainingNanos() <= 0) {
          throw writes
              ? new AmbiguousOutcomeException(timedOut(verb, subject, last))
              : timedOut(verb, subject, last);
        }
        boolean notSent =
            e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
        if (writes && !notSent) {
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
      if (code == 404 && mode == HttpExecutor.Mode.DELETE && ambiguous) {
        // An earlier attempt that may have been applied deleted it.
        okhttp3.ResponseBody unread = response.errorBody();
        if (unread != null) {
          unread.close();
        }
        return response;
      }
      ConnectorException failure =
          ErrorResponses.toException(
              code, response.headers(), response.errorBody(), conflict, withCredentials.apply(requestSecrets));
      last = failure;
      Duration wait = retryAfter(code, failure, mode, conflict, attempt);
      if (wait == null) {
        throw writes && (code >= 500) ? new AmbiguousOutcomeException(failure) : failure;
      }
      if (attempt >= policy.maxAttempts()
          || (code == 429 && ExecutorScheduler.saturatedNanos(wait) >= deadline.remainingNanos())) {
        // Retry-After beyond the deadline (however absurd): the failure carries the delay the server asked for.
        throw failure;
      }
      ambiguous |= code == 502 || code == 503 || code == 504;
      sleep(wait, deadline, verb, subject, failure);
    }
  }

  /**
   * How long to wait before retrying an HTTP error answer, or null if it is not retried: 429 after its
   * {@code Retry-After} (or backoff); a 409 that is Kafka Connect rebalancing, and 502/503/504 of an idempotent
   * request, after backoff. A server error after a write may come after applying it (Kafka Connect answers 500
   * "Request timed out" while the worker goes on applying the request): it is not retried, and the caller looks
   * before it concludes.
   */
  private @Nullable Duration retryAfter(
      int code,
      ConnectorException failure,
      HttpExecutor.Mode mode,
      ErrorResponses.ConflictMeaning conflict,
      int attempt) {
    if (code == 429) {
      Duration hint = failure instanceof RateLimitedException
          ? ((RateLimitedException) failure).retryAfter().orElse(null)
          : null;
      return hint != null ? hint : backoff(attempt);
    }
    boolean rebalance = code == 409 && ErrorResponses.isRebalance(failure.serverMessage())
        && conflict != ErrorResponses.ConflictMeaning.CONFLICT;
    if (code == 409 && ((conflict == ErrorResponses.ConflictMeaning.REBALANCE && mode != HttpExecutor.Mode.NOT_IDEMPOTENT)
        || rebalance)) {
      // Kafka Connect refused it while rebalancing: nothing was applied (even a create), try again shortly.
      return backoff(attempt);
    }
    if ((code == 502 || code == 503 || code == 504) && mode != HttpExecutor.Mode.NOT_IDEMPOTENT) {
      return backoff(attempt);
    }
    return null;
  }

  /** Exponential backoff with equal jitter (half fixed, half random) for retry number {@code attempt} (1 = first retry). */
  Duration backoff(int attempt) {
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
  void sleep(Duration duration, Deadline deadline, String verb, String subject, ConnectorException failure) {
    if (ExecutorScheduler.saturatedNanos(duration) >= deadline.remainingNanos()) {
      throw failure;
    }
    Events.retrying(failure, duration);
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException(Failures.label(verb, subject) + " was interrupted", e);
    }
  }

  private ConnectorException timedOut(String verb, String subject, @Nullable ConnectorException last) {
    return Failures.timedOut(Failures.label(verb, subject), policy.totalTimeout(), last);
  }
}
