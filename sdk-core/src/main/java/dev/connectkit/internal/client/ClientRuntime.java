package dev.connectkit.internal.client;

import dev.connectkit.ConnectorEventListener;
import dev.connectkit.HttpLogger;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Target;
import dev.connectkit.TokenProvider;
import dev.connectkit.internal.ExecutorScheduler;
import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.backend.ConnectBackend;
import dev.connectkit.internal.backend.OffsetsLedger;
import dev.connectkit.internal.backend.TargetSpec;
import dev.connectkit.internal.events.Events;
import dev.connectkit.internal.http.BasicAuthInterceptor;
import dev.connectkit.internal.http.BearerAuthInterceptor;
import dev.connectkit.internal.http.CallDeadlines;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.LoggingInterceptor;
import dev.connectkit.internal.http.ResponseSizeLimit;
import dev.connectkit.internal.http.SharedHttp;
import dev.connectkit.internal.wait.Waiter;
import dev.connectkit.internal.watch.WatchHub;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client's runtime, assembled from its builder's settings: the OkHttp client (shared pool, auth, size limit, log),
 * the executors (retrying calls; single-attempt async reads for waits and watches), the target's backends, the
 * poller's scheduler, the waiter and the watches. {@link #close} releases what it created.
 */
public final class ClientRuntime {
  /** Calls a client makes with OkHttp's per-call timeout before its timer keeps the deadlines (CallDeadlines). */
  private static final int CALLS_BEFORE_TIMER = 16;

  /** What the builder was given; null where nothing was set. */
  public record Settings(
      TargetKind kind,
      HttpUrl baseUrl,
      @Nullable Placement scope,
      @Nullable String environmentId,
      @Nullable String clusterId,
      @Nullable TokenProvider tokens,
      @Nullable String basicKey,
      @Nullable Secret basicSecret,
      @Nullable OkHttpClient userClient,
      @Nullable SharedHttp shared,
      RetryPolicy retryPolicy,
      @Nullable HttpLogger logger,
      @Nullable Duration connectTimeout,
      @Nullable Duration readTimeout,
      @Nullable Scheduler scheduler,
      @Nullable Executor eventExecutor,
      ConnectorEventListener.@Nullable Factory eventListeners,
      long maxResponseBytes) {}

  private final SharedHttp http;
  private final HttpExecutor executor;
  private final HttpExecutor pollExecutor;
  private final Backend backend;
  private final Backend pollBackend;
  private final @Nullable ExecutorScheduler ownScheduler;
  private final Waiter waiter;
  private final WatchHub watches;

  private ClientRuntime(
      SharedHttp http,
      HttpExecutor executor,
      HttpExecutor pollExecutor,
      Backend backend,
      Backend pollBackend,
      Scheduler scheduler,
      @Nullable ExecutorScheduler ownScheduler,
      @Nullable Executor eventExecutor,
      Events events) {
    this.http = http;
    this.executor = executor;
    this.pollExecutor = pollExecutor;
    this.backend = backend;
    this.pollBackend = pollBackend;
    this.ownScheduler = ownScheduler;
    this.waiter = new Waiter(scheduler, pollBackend, events);
    this.watches = new WatchHub(scheduler, pollBackend, eventExecutor != null ? eventExecutor : ownEventThread());
  }

  /**
   * One thread delivers every watch's events (each watch's in order): the SDK's threads stay two (this and the
   * poller) however many watches are open. It ends after 5 s idle.
   */
  private static Executor ownEventThread() {
    ThreadPoolExecutor own = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        runnable -> {
          Thread t = new Thread(runnable, "connectkit-events");
          t.setDaemon(true);
          return t;
        });
    own.allowCoreThreadTimeOut(true);
    return own;
  }

  /** Assembles the runtime {@code settings} describe. */
  public static ClientRuntime assemble(Settings settings) {
    SharedHttp base = settings.shared();
    if (base == null) {
      OkHttpClient user = settings.userClient();
      base =
          user != null
              ? new SharedHttp(user, false)
              : new SharedHttp(
                  new OkHttpClient.Builder()
                      .connectTimeout(Duration.ofSeconds(10))
                      .readTimeout(Duration.ofSeconds(60))
                      .writeTimeout(Duration.ofSeconds(60))
                      .build(),
                  true);
    }
    base.retain();
    // OkHttp would silently re-send a POST after a broken connection; the client decides about retries itself.
    // Redirects are not followed: one to another origin would carry the credentials and a create's secrets there.
    OkHttpClient.Builder derived = base.client().newBuilder().retryOnConnectionFailure(false)
        .followRedirects(false).followSslRedirects(false);
    Duration connect = settings.connectTimeout();
    Duration read = settings.readTimeout();
    if (connect != null) {
      derived.connectTimeout(connect);
    }
    if (read != null) {
      derived.readTimeout(read).writeTimeout(read);
    }
    TokenProvider t = settings.tokens();
    String key = settings.basicKey();
    Secret secret = settings.basicSecret();
    HttpExecutor.Credentials sent = null;
    if (t != null) {
      BearerAuthInterceptor bearer = new BearerAuthInterceptor(t);
      derived.addInterceptor(bearer);
      sent = bearer;
    } else if (key != null && secret != null) {
      BasicAuthInterceptor basic = new BasicAuthInterceptor(key, secret);
      derived.addInterceptor(basic);
      sent = basic;
    }
    derived.addInterceptor(new ResponseSizeLimit(settings.maxResponseBytes()));
    HttpLogger l = settings.logger();
    if (l != null) {
      derived.addNetworkInterceptor(new LoggingInterceptor(l, sent));
    }
    RetryPolicy retryPolicy = settings.retryPolicy();
    HttpExecutor executor = new HttpExecutor(retryPolicy).withCredentials(sent);
    OkHttpClient okHttp = derived.build();
    // Waits and watches pace themselves: their reads make one attempt each, sent with OkHttp's enqueue (inline
    // when tests drive time by hand).
    HttpExecutor single = new HttpExecutor(retryPolicy.toBuilder().maxAttempts(1).build()).withCredentials(sent);
    Scheduler injected = settings.scheduler();
    ExecutorScheduler own = null;
    if (injected == null) {
      // The timer thread that paces waits and watches also ends calls at their deadline (see CallDeadlines).
      own = new ExecutorScheduler();
      CallDeadlines deadlines = new CallDeadlines(own, CALLS_BEFORE_TIMER);
      executor = executor.withDeadlines(deadlines);
      single = single.withAsyncReads().withDeadlines(deadlines);
    }
    HttpUrl url = settings.baseUrl();
    TargetSpec target;
    switch (settings.kind()) {
      case CONFLUENT_CLOUD:
        target = TargetSpec.confluentCloud(url, Objects.requireNonNull(settings.environmentId()),
            Objects.requireNonNull(settings.clusterId()));
        break;
      case KAFKA_CONNECT:
        target = TargetSpec.kafkaConnect(url);
        break;
      default:
        target = TargetSpec.selfService(url, Objects.requireNonNull(settings.scope()));
        break;
    }
    OffsetsLedger ledger = new OffsetsLedger();
    // Events report the client's own calls (and waits); the reads of waits and watches are not calls of the user's.
    Events events = Events.of(settings.eventListeners(), Target.valueOf(settings.kind().name()));
    Backend backend = events.observe(new ConnectBackend(target, okHttp, executor, ledger));
    Backend pollBackend = new ConnectBackend(target, okHttp, single, ledger);
    return new ClientRuntime(base, executor, single, backend, pollBackend,
        injected != null ? injected : Objects.requireNonNull(own), own, settings.eventExecutor(), events);
  }

  /** The connection pool and OkHttp threads, shared with clients built from this one's {@code newBuilder()}. */
  public SharedHttp http() {
    return http;
  }

  /** The retrying executor of the client's own calls. */
  public HttpExecutor executor() {
    return executor;
  }

  /** The backend of the client's own calls (retried). */
  public Backend backend() {
    return backend;
  }

  /** The backend of waits and watches (single attempts, async reads). */
  public Backend pollBackend() {
    return pollBackend;
  }

  public Waiter waiter() {
    return waiter;
  }

  public WatchHub watches() {
    return watches;
  }

  /**
   * Closes every watch and wait, stops polling, cancels the calls still out and releases the connections (shared
   * ones once every sharing client is closed).
   */
  public void close() {
    watches.closeAll();
    waiter.closeAll();
    ExecutorScheduler s = ownScheduler;
    if (s != null) {
      s.shutdown();
    }
    pollExecutor.cancelReads();
    executor.cancelCalls();
    // The event threads are not shut down here: they deliver the queued events and onClosed, then end by
    // themselves within 5 s of idling (the pool keeps no core thread).
    http.release();
  }
}
