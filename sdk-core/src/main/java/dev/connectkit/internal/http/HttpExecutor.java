package dev.connectkit.internal.http;

import dev.connectkit.ConnectorException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.internal.Scrubber;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * How the backends make their calls: {@link #execute} is the {@linkplain RetryingCall retrying call} under the
 * {@link RetryPolicy}, {@link #read} a {@linkplain AsyncReads single-attempt read} for waits and watches. Each call is
 * bounded by its operation's {@link Deadline} ({@link CallBounds}), and every failure is a typed, scrubbed
 * {@link ConnectorException} ({@link Failures}, {@link ErrorResponses}).
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
  private final Deadline.Enclosing enclosing = new Deadline.Enclosing();
  private final CallBounds bounds;
  private final RetryingCall retrying;
  private final AsyncReads reads;

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
    this.bounds = new CallBounds(deadlines, "the retry policy's total timeout of " + policy.totalTimeout());
    this.retrying = new RetryingCall(policy, sleeper, bounds, this::withCredentials);
    this.reads = new AsyncReads(policy.totalTimeout(), bounds, asyncReads, this::scrubber);
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

  public RetryPolicy policy() {
    return policy;
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

  /**
   * A deadline starting now, for an operation made of several calls; inside {@link #within} the enclosing operation's
   * deadline, so the calls of one operation share one deadline.
   */
  public Deadline deadline() {
    return enclosing.orElse(() -> Deadline.after(policy.totalTimeout()));
  }

  /** Runs {@code body} with every call on this thread bounded by {@code deadline}. */
  public <T> T within(Deadline deadline, Supplier<T> body) {
    return enclosing.within(deadline, body);
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
    return retrying.execute(verb, subject, calls, mode, conflict, Scrubber.of(secrets), deadline);
  }

  /**
   * One attempt at an idempotent read, bounded by the policy's total timeout, whose outcome goes to {@code reply}
   * exactly once: on an OkHttp thread with {@link #withAsyncReads}, else before this returns. Failures are the same
   * typed exceptions {@link #execute} throws; nothing is retried (waits and watches pace themselves). The returned
   * handle cancels the read (its reply then reports the cancellation).
   */
  public <T> PendingRead read(
      String verb, String subject, Supplier<Call<T>> calls, ErrorResponses.ConflictMeaning conflict, Reply<T> reply) {
    return reads.read(verb, subject, calls, conflict, reply);
  }

  /** Cancels every call still out that this executor's {@link CallDeadlines} watch (the client is closing). */
  public void cancelCalls() {
    bounds.cancelAll();
  }

  /** Cancels every {@link #read} still out (the client is closing); their replies then report the cancellation. */
  public void cancelReads() {
    reads.cancelAll();
  }

  /** Exponential backoff with equal jitter for retry number {@code attempt} (1 = first retry). */
  public Duration backoff(int attempt) {
    return retrying.backoff(attempt);
  }

  /** Sleeps {@code duration} unless that passes the deadline, in which case {@code failure} is thrown now. */
  public void sleep(Duration duration, Deadline deadline, String verb, String subject, ConnectorException failure) {
    retrying.sleep(duration, deadline, verb, subject, failure);
  }
}
