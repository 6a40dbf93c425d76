package dev.connectkit;

import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.Responses;
import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.Scrubber;
import dev.connectkit.internal.client.Change;
import dev.connectkit.internal.client.ClientRuntime;
import dev.connectkit.internal.client.Operations;
import dev.connectkit.internal.client.TargetKind;
import dev.connectkit.internal.http.ResponseSizeLimit;
import dev.connectkit.internal.http.SharedHttp;
import dev.connectkit.internal.wait.Evidence;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, changes and deletes connectors. Thread-safe; build one per scope and share it.
 *
 * <!-- example: ConnectorConfig config -->
 * <!-- snippet:readme-lifecycle -->
 * <pre>{@code
 * Placement dev = Placement.dedicated("sales", Stage.DEV);
 * try (ConnectorClient client = ConnectorClient.builder()
 *     .selfService("https://ss-confluent-api.example.com", dev)
 *     .bearerToken(TokenProvider.of(Secret.fromEnv("SS_TOKEN")))
 *     .build()) {
 *   String name = client.create(config).await(Duration.ofMinutes(30))   // PROVISIONING -> RUNNING
 *       .finalStatus().orElseThrow().name();                           // sales-dev-orders-datagen-connector
 *   ConnectorStatus status = client.status(name);                      // state, worker, trace, tasks
 *   client.pause(name).await(Duration.ofMinutes(5));
 *   client.resume(name).await(Duration.ofMinutes(5));
 *   client.delete(name).await(Duration.ofMinutes(5));
 * }
 * }</pre>
 * <!-- end-snippet -->
 *
 * <p>Three targets speak the same calls: the Self-Service API ({@link Builder#selfService}), Confluent Cloud's Connect
 * v1 API ({@link Builder#confluentCloud(String, String)}) and a self-managed Apache Kafka Connect cluster
 * ({@link Builder#kafkaConnect(String)}). What a target lacks ({@link #stop}, {@link #restartTask}, restart options on
 * the managed targets) throws {@link UnsupportedOnTargetException} before anything is sent.
 *
 * <p>Every failure is a {@link ConnectorException} (a call on a closed client is an {@link IllegalStateException}):
 * {@link ConnectorNotFoundException}, {@link OutcomeUnknownException},
 * {@link ConnectorAlreadyExistsException}, {@link ConnectorValidationException}, {@link UnauthenticatedException},
 * {@link ForbiddenException}, {@link RateLimitedException}, {@link ServerErrorException}, or the root type for
 * transport failures and timeouts. Retries follow the {@link RetryPolicy}.
 */
public final class ConnectorClient implements Closeable {
  private final Builder settings;
  private final ClientRuntime runtime;
  private final Operations operations;
  private final WaitOptions waitOptions;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ConnectorClient(Builder settings, ClientRuntime runtime) {
    this.settings = settings;
    this.runtime = runtime;
    this.waitOptions = settings.waitDefaults();
    this.operations = new Operations(
        runtime.backend(), runtime.executor(), Objects.requireNonNull(settings.kind), closed::get);
  }

  /** The transition of what an operation started (complete at once if nothing had to change). */
  /** The transition of a change that sent {@code config}: its wait scrubs the config's secrets from traces. */
  private Transition transition(Change change, ConnectorConfig config) {
    Set<String> secrets = ConfigMaps.secretValues(config);
    return transition(secrets.isEmpty() ? change : change.sent(Scrubber.of(secrets)));
  }

  private Transition transition(Change change) {
    ConnectorStatus there = change.alreadyThere();
    WaitResult done = there == null ? null : Responses.factory().waitResult(there, null,
        List.of(Responses.factory().observation(Duration.ZERO, there.state().value(), there.trace())), 0,
        Duration.ZERO);
    return new Transition(change.operation(), change.name(), change.connector(), runtime.waiter(),
        runtime.pollBackend(), waitOptions, change.evidence(), done);
  }

  /**
   * The wait options of this client's transitions: those given to {@link Builder#waitOptions}, or the defaults of
   * its target (see {@link WaitOptions}). Per-call options start from them:
   *
   * <!-- example: ConnectorClient client; String name -->
   * <pre>{@code
   * client.restart(name).await(client.waitOptions().toBuilder().timeout(Duration.ofMinutes(2)).build());
   * }</pre>
   */
  public WaitOptions waitOptions() {
    return waitOptions;
  }

  /**
   * Waits until the connector reaches {@code state} ({@code RUNNING}, {@code PAUSED} or {@code STOPPED}), whoever
   * changed it: for a connector this client did not just change. A {@code RUNNING} connector with a failed task
   * fails the wait after the failure grace, like a transition's; a 404 that lasts is a
   * {@link ConnectorNotFoundException}.
   *
   * <!-- example: ConnectorClient client; String name -->
   * <pre>{@code
   * WaitResult running = client.await(name, ConnectorState.RUNNING, client.waitOptions());
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code state} is not one of the three
   * @throws ConnectorFailedException if the connector failed (after the grace window)
   * @throws WaitTimeoutException if it did not get there in time
   */
  public WaitResult await(String name, ConnectorState state, WaitOptions options) {
    checkOpen();
    Transition.Operation operation;
    if (state.equals(ConnectorState.RUNNING)) {
      operation = Transition.Operation.RESUME;
    } else if (state.equals(ConnectorState.PAUSED)) {
      operation = Transition.Operation.PAUSE;
    } else if (state.equals(ConnectorState.STOPPED)) {
      operation = Transition.Operation.STOP;
    } else {
      throw new IllegalArgumentException("await takes RUNNING, PAUSED or STOPPED (was " + state.value() + ")");
    }
    return new Transition(operation, name, null, runtime.waiter(), runtime.pollBackend(), waitOptions, Evidence.NONE,
        null).await(options);
  }

  /** A builder for a new client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this client's settings, whose clients share this client's connection pool and OkHttp threads (each client has its own poller for waits and watches; for
   * example a client for another stage: {@code client.newBuilder().selfService(url, placement.withStage(QAS))}).
   */
  public Builder newBuilder() {
    return settings.copy(runtime.http());
  }

  /**
   * Which API this client talks to and where, for messages and logs: for example
   * {@code Kafka Connect http://localhost:8083/}.
   */
  public String endpoint() {
    return runtime.backend().describe();
  }

  /**
   * Creates a connector. On the Self-Service target the request carries the bare identifier; the server composes the
   * name, which the returned connector holds. On Confluent Cloud and Kafka Connect the client sends the full name
   * ({@code config.name().fullName()}) as {@code name} and as {@code config.name}.
   *
   * <p>A create is never re-sent blindly: if the outcome is unknown (the connection broke after sending, or a gateway
   * answered 502/503/504), the client looks the name up. If the connector exists with the properties it sent, the
   * create succeeded; if it exists with other properties, {@link ConnectorAlreadyExistsException}; if it does not
   * exist, the create is sent again, within the {@link RetryPolicy}'s attempts and deadline.
   *
   * @return the transition to {@code RUNNING}, holding the server's answer ({@link Transition#connector()})
   * @throws ConnectorAlreadyExistsException if a connector of that name exists
   * @throws ConnectorValidationException if the config is refused (client side or by the server)
   */
  public Transition create(ConnectorConfig config) {
    checkOpen();
    return transition(operations.create(config), config);
  }

  /**
   * Creates a connector that starts in {@code initialState}, never running first: Kafka Connect 3.5+'s
   * {@code initial_state} (KIP-980). {@code RUNNING} is a plain {@link #create(ConnectorConfig)}. For {@code PAUSED}
   * or {@code STOPPED} the returned transition is a {@link Transition.Operation#PAUSE} or
   * {@link Transition.Operation#STOP}: it waits for that state. An ambiguous outcome is handled as for a plain create.
   *
   * <!-- example: ConnectorClient client; ConnectorConfig config -->
   * <pre>{@code
   * client.create(config, ConnectorState.PAUSED).await(Duration.ofMinutes(1));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code initialState} is not RUNNING, PAUSED or STOPPED
   * @throws UnsupportedOnTargetException for PAUSED or STOPPED on Confluent Cloud and Self-Service, which create
   *     connectors running (nothing is sent; create, then {@link #pause})
   */
  public Transition create(ConnectorConfig config, ConnectorState initialState) {
    if (initialState.equals(ConnectorState.RUNNING)) {
      return create(config);
    }
    checkOpen();
    return transition(operations.create(config, initialState), config);
  }

  /** Creates the connector, or replaces its config if it exists; the transition is a create or an update. */
  public Transition apply(ConnectorConfig config) {
    checkOpen();
    return transition(operations.apply(config), config);
  }

  /**
   * The connector named {@code name} (its full name), config secrets masked.
   *
   * @throws ConnectorNotFoundException if there is none
   */
  public Connector get(String name) {
    checkOpen();
    return runtime.backend().get(name);
  }

  /** Every connector in the client's scope with its status: one request. */
  public List<ConnectorInfo> list() {
    checkOpen();
    return runtime.backend().list();
  }

  /**
   * Replaces the connector's whole config (not a merge). Refuses a config holding a value the server masked or a
   * {@link Secret#unknown()}: supply every secret.
   *
   * @throws ConnectorValidationException if the config holds masked values or the server refuses it
   */
  public Transition update(ConnectorConfig config) {
    checkOpen();
    return transition(operations.update(config), config);
  }

  /**
   * Deletes the connector.
   *
   * @throws ConnectorNotFoundException if there is none
   */
  public Transition delete(String name) {
    checkOpen();
    return transition(operations.delete(name));
  }

  /**
   * Asks the server to pause the connector; the returned transition waits for {@code PAUSED}. Like the engines' pause,
   * it is idempotent. On Kafka Connect, whose reads are never stale, a connector already {@code PAUSED} is left alone
   * and the transition is {@linkplain Transition#isComplete() complete}; the managed targets may read an old state for
   * a while, so there the pause is always sent.
   */
  public Transition pause(String name) {
    checkOpen();
    return transition(operations.pause(name));
  }

  /**
   * Asks the server to resume a paused or stopped connector; the returned transition waits for {@code RUNNING}. Like
   * the engines' resume, it is idempotent. On Kafka Connect a connector already {@code RUNNING} with every task healthy
   * is left alone and the transition is {@linkplain Transition#isComplete() complete}; with a failed task the resume is
   * sent and the wait reports the failure (a resume does not restart failed tasks: use {@link #restart}). The managed
   * targets may read an old state for a while, so there the resume is always sent.
   *
   * @throws IllegalConnectorStateException if the connector is neither paused, stopped nor running (nothing is sent)
   */
  public Transition resume(String name) {
    checkOpen();
    return transition(operations.resume(name));
  }

  /**
   * Asks the server to restart the connector and its tasks; the returned transition waits for {@code RUNNING}.
   *
   * @throws IllegalConnectorStateException if the connector is provisioning, paused, stopped or deleted (nothing
   *     is sent: a restart would not make it run)
   */
  public Transition restart(String name) {
    return restart(name, RestartOptions.connectorAndTasks());
  }

  /**
   * Asks the server to restart what {@code options} name (Kafka Connect's
   * {@code POST /restart?includeTasks=&onlyFailed=}). The managed targets only restart everything:
   * {@link RestartOptions#connectorAndTasks()}.
   *
   * <!-- example: ConnectorClient client; String name -->
   * <pre>{@code
   * client.restart(name, RestartOptions.failedOnly()).await(Duration.ofMinutes(2)); // only what failed
   * }</pre>
   *
   * @throws UnsupportedOnTargetException for other options on Confluent Cloud or Self-Service (nothing is sent)
   * @throws IllegalConnectorStateException if the connector is provisioning, paused, stopped or deleted
   */
  public Transition restart(String name, RestartOptions options) {
    checkOpen();
    return transition(operations.restart(name, options));
  }

  /**
   * Asks Kafka Connect to restart one task; the returned transition waits for {@code RUNNING} (connector and tasks).
   *
   * @throws UnsupportedOnTargetException on Confluent Cloud and Self-Service (nothing is sent)
   */
  public Transition restartTask(String name, int taskId) {
    checkOpen();
    return transition(operations.restartTask(name, taskId));
  }

  /**
   * Asks Kafka Connect to stop the connector: its tasks shut down and free their resources (lighter than a delete,
   * and the state offsets can be changed in). The returned transition waits for {@code STOPPED}; {@link #resume}
   * starts it again.
   *
   * @throws UnsupportedOnTargetException on Confluent Cloud and Self-Service, which have no stop (nothing is sent)
   */
  public Transition stop(String name) {
    checkOpen();
    return transition(operations.stop(name));
  }

  /** The connector's state, worker, trace and tasks. */
  public ConnectorStatus status(String name) {
    checkOpen();
    return runtime.backend().status(name);
  }

  /**
   * The server's pre-flight check of {@code config}. An invalid config is a result with errors, not an exception;
   * call {@link ValidationResult#throwIfInvalid()} to turn it into one.
   */
  public ValidationResult validate(ConnectorConfig config) {
    checkOpen();
    return runtime.backend().validate(config);
  }

  /** The connector's offsets as last observed by the server. */
  public ConnectorOffsets offsets(String name) {
    checkOpen();
    return runtime.backend().offsets(name);
  }

  /**
   * Asks the server to set the offsets of the given partitions (others stay). On the managed targets this is applied
   * asynchronously, one request at a time per connector; follow it with {@link #offsetsRequestStatus(String)}. There
   * it is not re-sent after an ambiguous failure ({@link OutcomeUnknownException}: read the request status instead).
   * Kafka Connect applies it synchronously (an idempotent PATCH, retried like any update) and only to a
   * {@code STOPPED} connector; the returned transition is then complete at once.
   *
   * @throws OutcomeUnknownException on the managed targets if the request may or may not have been taken
   * @throws IllegalConnectorStateException on Kafka Connect if the connector is not {@code STOPPED} (nothing is
   *     changed)
   */
  public Transition alterOffsets(String name, List<ConnectorOffset> offsets) {
    checkOpen();
    return transition(operations.alterOffsets(name, offsets));
  }

  /**
   * Asks the server to reset the offsets, as if the connector were new. Asynchronous on the managed targets,
   * synchronous on a stopped Kafka Connect connector, like {@link #alterOffsets}.
   */
  public Transition resetOffsets(String name) {
    checkOpen();
    return transition(operations.resetOffsets(name));
  }

  /**
   * The status of the last offsets request. On Kafka Connect, which keeps none, the outcome of the last change this
   * client made.
   *
   * @throws UnsupportedOnTargetException on Kafka Connect if this client changed no offsets of that connector
   */
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    checkOpen();
    return runtime.backend().offsetsRequestStatus(name);
  }

  /**
   * Watches the selected connectors: one list request per poll (every 10 s) serves every watch of this client.
   *
   * <!-- example: ConnectorClient client -->
   * <pre>{@code
   * Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
   *   public void onTransition(ConnectorChange change) {
   *     System.out.println(change.name() + " " + change.previous().state() + " -> " + change.current().state());
   *   }
   * });
   * }</pre>
   */
  public Watch watch(WatchSelector selector, WatchListener listener) {
    return watch(selector, listener, Duration.ofSeconds(10));
  }

  /** Watches with a poll interval of its own; the client polls at the shortest interval of its open watches. */
  public Watch watch(WatchSelector selector, WatchListener listener, Duration interval) {
    checkOpen();
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(listener, "listener");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be more than zero (was " + interval + ")");
    }
    return runtime.watches().register(selector, selector.exactNames(), listener, interval);
  }

  /**
   * Closes every watch, stops polling and releases the threads and connections this client created (shared ones once
   * every sharing client is closed). Waits still running fail, and so do calls still out on other threads (a create
   * among them fails as an ambiguous outcome: it may have been applied).
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      runtime.close();
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this ConnectorClient is closed");
    }
  }

  @Override
  public String toString() {
    return "ConnectorClient{" + runtime.backend().describe() + "}";
  }

  /** Configures a {@link ConnectorClient}. */
  public static final class Builder {
    private static final String CONFLUENT_CLOUD = "https://api.confluent.cloud";

    private @Nullable TargetKind kind;
    private @Nullable HttpUrl baseUrl;
    private @Nullable Placement scope;
    private @Nullable String environmentId;
    private @Nullable String clusterId;
    private @Nullable TokenProvider tokens;
    private @Nullable String basicKey;
    private @Nullable Secret basicSecret;
    private @Nullable OkHttpClient userClient;
    private @Nullable SharedHttp shared;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable HttpLogger logger;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable WaitOptions waitOptions;
    private @Nullable Scheduler scheduler;
    private @Nullable Executor eventExecutor;
    private ConnectorEventListener.@Nullable Factory eventListeners;
    private long maxResponseBytes = ResponseSizeLimit.DEFAULT_BYTES;

    private Builder() {}

    private Builder copy(SharedHttp sharedHttp) {
      Builder b = new Builder();
      b.kind = kind;
      b.baseUrl = baseUrl;
      b.scope = scope;
      b.environmentId = environmentId;
      b.clusterId = clusterId;
      b.tokens = tokens;
      b.basicKey = basicKey;
      b.basicSecret = basicSecret;
      b.userClient = userClient;
      b.shared = sharedHttp;
      b.retryPolicy = retryPolicy;
      b.logger = logger;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.waitOptions = waitOptions;
      b.scheduler = scheduler;
      b.eventExecutor = eventExecutor;
      b.eventListeners = eventListeners;
      b.maxResponseBytes = maxResponseBytes;
      return b;
    }

    /**
     * Talk to the Self-Service API at {@code baseUrl}, in the business unit and stage of {@code scope} (its landing
     * zone, if any, is used to predict names).
     *
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
     */
    public Builder selfService(String baseUrl, Placement scope) {
      this.baseUrl = url(baseUrl);
      this.scope = Objects.requireNonNull(scope, "scope");
      this.kind = TargetKind.SELF_SERVICE;
      return this;
    }

    /**
     * Talk to Confluent Cloud's Connect v1 API at {@code https://api.confluent.cloud}, for the connectors of Kafka
     * cluster {@code clusterId} ({@code lkc-…}) in environment {@code environmentId} ({@code env-…}). Authenticate
     * with a Cloud API key ({@link #basicAuth}) or an OAuth token ({@link #bearerToken(TokenProvider)}).
     *
     * <pre>{@code
     * ConnectorClient client = ConnectorClient.builder()
     *     .confluentCloud("env-abc123", "lkc-xyz789")
     *     .basicAuth("CLOUDKEY", Secret.fromEnv("CONFLUENT_CLOUD_API_SECRET"))
     *     .build();
     * }</pre>
     */
    public Builder confluentCloud(String environmentId, String clusterId) {
      return confluentCloud(environmentId, clusterId, CONFLUENT_CLOUD);
    }

    /**
     * Like {@link #confluentCloud(String, String)}, at another base URL (a proxy, a test server).
     *
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL or an id is blank
     */
    public Builder confluentCloud(String environmentId, String clusterId, String baseUrl) {
      this.environmentId = id("environmentId", environmentId);
      this.clusterId = id("clusterId", clusterId);
      this.baseUrl = url(baseUrl);
      this.scope = null;
      this.kind = TargetKind.CONFLUENT_CLOUD;
      return this;
    }

    /**
     * Talk to a self-managed Apache Kafka Connect cluster's REST API at {@code url} (any worker), without
     * authentication unless {@link #basicAuth} is set.
     *
     * <pre>{@code
     * ConnectorClient client = ConnectorClient.builder().kafkaConnect("http://connect:8083").build();
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code url} is not an http(s) URL
     */
    public Builder kafkaConnect(String url) {
      this.baseUrl = url(url);
      this.scope = null;
      this.kind = TargetKind.KAFKA_CONNECT;
      return this;
    }

    private static HttpUrl url(String baseUrl) {
      HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (url == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an http or https URL (was '" + Scrubber.withoutUserInfo(baseUrl) + "')");
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        // Credentials in a URL end up in logs and messages: take them the typed way.
        throw new IllegalArgumentException(
            "baseUrl must not carry credentials (user:password@); use basicAuth(key, secret) or bearerToken(...)");
      }
      return url;
    }

    private static String id(String what, String value) {
      Objects.requireNonNull(value, what);
      if (value.isBlank() || value.contains("/")) {
        throw new IllegalArgumentException(what + " must be a non-blank id without '/' (was '" + value + "')");
      }
      return value;
    }

    /** Authenticate with bearer tokens from {@code tokens} (renewed once on a 401). */
    public Builder bearerToken(TokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      this.basicKey = null;
      this.basicSecret = null;
      return this;
    }

    /** Authenticate with a fixed bearer token. */
    public Builder bearerToken(Secret token) {
      return bearerToken(TokenProvider.of(token));
    }

    /** Authenticate with HTTP basic: an API key and its secret. */
    public Builder basicAuth(String key, Secret secret) {
      this.basicKey = Objects.requireNonNull(key, "key");
      this.basicSecret = Objects.requireNonNull(secret, "secret");
      this.tokens = null;
      return this;
    }

    /**
     * Use this OkHttpClient (its pool, threads, proxies, TLS). The client derives its own from it with
     * {@code newBuilder()} and never shuts it down.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.userClient = Objects.requireNonNull(client, "client");
      this.shared = null;
      return this;
    }

    /** How to retry; {@link RetryPolicy#defaults()} if not set. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Log one line per HTTP exchange (never headers, bodies or secrets). */
    public Builder httpLogger(HttpLogger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /** Connect timeout of one attempt; 10 s (or the given OkHttpClient's) if not set. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** Read and write timeout of one attempt; 60 s (or the given OkHttpClient's) if not set. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    private static Duration positive(String what, Duration timeout) {
      Objects.requireNonNull(timeout, what);
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(what + " must be more than zero (was " + timeout + ")");
      }
      return timeout;
    }

    /**
     * The wait options of {@link Transition#await(Duration)} and {@link Transition#future()}; if not set, the
     * defaults of the target (see the table on {@link WaitOptions}).
     */
    public Builder waitOptions(WaitOptions waitOptions) {
      this.waitOptions = Objects.requireNonNull(waitOptions, "waitOptions");
      return this;
    }

    /**
     * Where watch events are delivered. By default one thread of the client's ({@code connectkit-events}) delivers
     * the events of every watch, so a listener that blocks delays the others; with an executor of your own, each
     * watch's events still come in order and one at a time, and a slow listener delays only itself. The client never
     * shuts this executor down.
     *
     * <!-- example: String url; Placement placement; TokenProvider tokens -->
     * <pre>{@code
     * ExecutorService events = Executors.newCachedThreadPool();
     * ConnectorClient client = ConnectorClient.builder()
     *     .selfService(url, placement)
     *     .bearerToken(tokens)
     *     .eventExecutor(events)
     *     .build();
     * }</pre>
     */
    public Builder eventExecutor(Executor executor) {
      this.eventExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Hear every API request (start, retries, end) and every wait of the client's (see {@link
     * ConnectorEventListener}); none if not set, at no cost.
     *
     * <!-- example: String url; void log(String line) -->
     * <pre>{@code
     * ConnectorClient.builder().kafkaConnect(url).eventListener(new ConnectorEventListener() {
     *   @Override public void callEnd(CallInfo call, CallResult result) { log(call.operation() + " " + result); }
     * }).build();
     * }</pre>
     */
    public Builder eventListener(ConnectorEventListener listener) {
      Objects.requireNonNull(listener, "listener");
      this.eventListeners = () -> listener;
      return this;
    }

    /** Like {@link #eventListener}, with a listener made by {@code factory} for each request and each wait. */
    public Builder eventListenerFactory(ConnectorEventListener.Factory factory) {
      this.eventListeners = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** The wait options given, or the target's defaults. */
    private WaitOptions waitDefaults() {
      WaitOptions given = waitOptions;
      if (given != null) {
        return given;
      }
      return kind == TargetKind.KAFKA_CONNECT ? WaitOptions.KAFKA_CONNECT : WaitOptions.defaults();
    }

    /**
     * The largest response body the client reads, in bytes (16 MiB if not set); a larger one ends the call with
     * {@link ResponseTooLargeException} instead of filling the heap.
     *
     * <!-- example: String url -->
     * <pre>{@code
     * ConnectorClient.builder().kafkaConnect(url).maxResponseBytes(64L << 20).build();
     * }</pre>
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024 (was " + bytes + ")");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /** Time and polling for waits and watches; tests use manual time. */
    Builder scheduler(Scheduler scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no target was chosen
     */
    public ConnectorClient build() {
      HttpUrl url = baseUrl;
      TargetKind target = kind;
      if (url == null || target == null) {
        throw new IllegalStateException(
            "choose a target first: selfService(baseUrl, placement), confluentCloud(env, cluster) or kafkaConnect(url)");
      }
      ClientRuntime runtime = ClientRuntime.assemble(new ClientRuntime.Settings(target, url, scope, environmentId,
          clusterId, tokens, basicKey, basicSecret, userClient, shared, retryPolicy, logger, connectTimeout,
          readTimeout, scheduler, eventExecutor, eventListeners, maxResponseBytes));
      return new ConnectorClient(copy(runtime.http()), runtime);
    }
  }
}
