package dev.connectkit.internal.http;

import dev.connectkit.ConnectorException;
import dev.connectkit.internal.Scrubber;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Single-attempt reads for waits and watches (they pace themselves: nothing is retried here). With {@code async} a
 * read is sent with OkHttp's {@code enqueue} and answers on an OkHttp thread, so a poll holds no thread while the
 * server answers; without it (manual time in tests) it runs on the calling thread.
 */
final class AsyncReads {
  private final Duration totalTimeout;
  private final CallBounds bounds;
  private final boolean async;
  private final Function<List<String>, Scrubber> scrubbers;
  private final Set<Call<?>> inFlight = ConcurrentHashMap.newKeySet();

  /** {@code scrubbers} gives the scrubber of a request's secrets and the client's credentials. */
  AsyncReads(Duration totalTimeout, CallBounds bounds, boolean async, Function<List<String>, Scrubber> scrubbers) {
    this.totalTimeout = totalTimeout;
    this.bounds = bounds;
    this.async = async;
    this.scrubbers = scrubbers;
  }

  /** See {@link HttpExecutor#read}. */
  <T> HttpExecutor.PendingRead read(
      String verb,
      String subject,
      Supplier<Call<T>> calls,
      ErrorResponses.ConflictMeaning conflict,
      HttpExecutor.Reply<T> reply) {
    Call<T> call;
    try {
      call = calls.get();
    } catch (IllegalArgumentException e) {
      reply.accept(null, Failures.unbuildable(verb, subject, e));
      return HttpExecutor.PendingRead.NONE;
    }
    long deadlineNanos = Deadline.afterNanos(totalTimeout);
    if (!async) {
      Response<T> response;
      try {
        response = bounds.execute(call, deadlineNanos, Scrubber.NONE);
      } catch (IOException | RuntimeException e) {
        reply.accept(null, Failures.ofRead(verb, subject, e, scrubbers.apply(List.of())));
        return HttpExecutor.PendingRead.NONE;
      }
      answer(verb, response, conflict, reply);
      return HttpExecutor.PendingRead.NONE;
    }
    CallDeadlines.Watched watched = bounds.arm(call, deadlineNanos);
    inFlight.add(call);
    call.enqueue(
        new Callback<T>() {
          @Override
          public void onResponse(Call<T> c, Response<T> response) {
            inFlight.remove(c);
            if (watched != null) {
              watched.release();
            }
            answer(verb, response, conflict, reply);
          }

          @Override
          public void onFailure(Call<T> c, Throwable t) {
            inFlight.remove(c);
            boolean expired = watched != null && watched.release();
            reply.accept(null, Failures.ofRead(
                verb, subject, expired ? CallBounds.timeout(t) : t, scrubbers.apply(List.of())));
          }
        });
    return call::cancel;
  }

  /** Cancels every read still out (the client is closing); their replies then report the cancellation. */
  void cancelAll() {
    for (Call<?> call : inFlight) {
      call.cancel();
    }
  }

  private <T> void answer(
      String verb, Response<T> response, ErrorResponses.ConflictMeaning conflict, HttpExecutor.Reply<T> reply) {
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
            response.code(), response.headers(), response.errorBody(), conflict, scrubbers.apply(List.of())));
  }
}
