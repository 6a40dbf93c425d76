package dev.connectkit;

import dev.connectkit.internal.http.AmbiguousOutcomeException;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.BasicAuthInterceptor;
import dev.connectkit.internal.http.BearerAuthInterceptor;
import dev.connectkit.internal.http.CallDeadlines;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.wait.Evidence;
import dev.connectkit.internal.ExecutorScheduler;
import dev.connectkit.internal.http.Deadline;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.LoggingInterceptor;
import dev.connectkit.internal.http.ResponseSizeLimit;
import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.http.SharedHttp;
import dev.connectkit.internal.wait.Waiter;
import dev.connectkit.internal.watch.WatchHub;
import dev.connectkit.internal.backend.ConfluentCloudBackend;
import dev.connectkit.internal.backend.KafkaConnectBackend;
import dev.connectkit.internal.backend.OffsetsLedger;
import dev.connectkit.internal.backend.SelfServiceBackend;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, changes and deletes connectors. Thread-safe; build one per scope and share it.
 *
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
  private final SharedHttp http;
  private final HttpExecutor executor;
  private final HttpExecutor pollExecutor;
  private final Backend backend;
  private final Backend pollBackend;
  private final @Nullable ExecutorScheduler ownScheduler;
  private final Waiter waiter;
  private final WatchHub watches;
  private final WaitOptions waitOptions;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Calls a client makes with OkHttp's per-call timeout before its timer keeps the deadlines (CallDeadlines). */
  private static final int CALLS_BEFORE_TIMER = 16;

  private ConnectorClient(
      Builder settings,
      SharedHttp http,
      Backend backend,
      Backend pollBackend,
      HttpExecutor executor,
      HttpExecutor pollExecutor,
      Scheduler scheduler,
      @Nullable ExecutorScheduler ownScheduler) {
    this.settings = settings;
    this.http = http;
    this.backend = backend;
    this.pollBackend = pollBackend;
    this.executor = executor;
    this.pollExecutor = pollExecutor;
    this.waitOptions = settings.waitDefaults();
    this.ownScheduler = ownScheduler;
    Executor delivery = settings.eventExecutor;
    if (delivery == null) {
      // One thread delivers every watch's events (each watch's in order): the SDK's threads stay two (this and the
      // poller) however many watches are open. It ends after 5 s idle.
      ThreadPoolExecutor own = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          runnable -> {
            Thread t = new Thread(runnable, "connectkit-events");
            t.setDaemon(true);
            return t;
          });
      own.allowCoreThreadTimeOut(true);
      delivery = own;
    }
    this.waiter = new Waiter(scheduler, pollBackend);
    this.watches = new WatchHub(scheduler, pollBackend, delivery);
  }

  private Transition transition(Transition.Operation operation, String name, @Nullable Connector connector) {
    return transition(operation, name, connector, Evidence.NONE);
  }

  private Transition transition(
      Transition.Operation operation, String name, @Nullable Connector connector, Evidence evidence) {
    return new Transition(operation, name, connector, waiter, pollBackend, waitOptions, evidence, null);
  }

  /** A transition that was complete when the call returned: nothing had to change. */
  /**
   * Whether a status read shows every change made before it (Kafka Connect). The managed targets may serve a read
   * from before a change for a while, so there a pause or resume is sent even when a read says it is not needed: a
   * stale PAUSED must not turn a pause right after a resume into a no-op.
   */
  private boolean readsAreFresh() {
    return settings.kind == Builder.Kind.KAFKA_CONNECT;
  }

  private Transition complete(Transition.Operation operation, String name, ConnectorStatus status) {
    WaitResult done = new WaitResult(status, null,
        List.of(new Observation(Duration.ZERO, status.state().value(), status.trace())), 0, Duration.ZERO);
    return new Transition(operation, name, null, waiter, pollBackend, waitOptions, Evidence.NONE, done);
  }

  /** The status before a change, as evidence for its wait; none if the connector is not there (yet). */
  private Evidence evidence(String name) {
    try {
      return Evidence.before(backend.status(name));
    } catch (ConnectorNotFoundException e) {
      return Evidence.NONE;
    }
  }

  /**
   * The wait options of this client's transitions: those given to {@link Builder#waitOptions}, or the defaults of
   * its target (see {@link WaitOptions}). Per-call options start from them:
   *
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
    return new Transition(operation, name, null, waiter, pollBackend, waitOptions, Evidence.NONE, null)
        .await(options);
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
    return settings.copy(http);
  }

  /**
   * Which API this client talks to and where, for messages and logs: for example
   * {@code Kafka Connect http://localhost:8083/}.
   */
  public String endpoint() {
    return backend.describe();
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
    Connector created = createConnector(config);
    return transition(Transition.Operation.CREATE, created.name(), created);
  }

  private Connector createConnector(ConnectorConfig config) {
    checkOpen();
    String name = backend.fullName(config);
    Deadline deadline = executor.deadline();
    // Every POST, lookup and wait of this create shares one deadline.
    return executor.within(deadline, () -> {
      AmbiguousOutcomeException ambiguous = null;
      for (int attempt = 1; ; attempt++) {
        try {
          return backend.create(config);
        } catch (AmbiguousOutcomeException e) {
          if (closed.get()) {
            // close() cancelled it: neither look it up nor re-send on a closed client.
            throw new OutcomeUnknownException("create " + name + " may or may not have been applied: the client was "
                + "closed while it was out; check with client.get(\"" + name + "\") before creating it again", e);
          }
          ambiguous = e;
        } catch (ConnectorAlreadyExistsException e) {
          if (ambiguous == null) {
            throw e;
          }
          // An earlier attempt may have been applied: decide by what is there.
        }
        Connector existing;
        try {
          existing = lookUp(name);
        } catch (ConnectorException e) {
          throw new OutcomeUnknownException("create " + name + " may or may not have been applied ("
              + ambiguous.lastFailure().getMessage() + "), and looking it up failed too (" + e.getMessage()
              + "); check with client.get(\"" + name + "\") before creating it again", e);
        }
        if (existing != null) {
          if (matches(config, existing)) {
            return existing;
          }
          throw new ConnectorAlreadyExistsException(
              409,
              null,
              "connector " + name + " exists with a different config (found after an ambiguous create failure)",
              null);
        }
        ConnectorException last = ambiguous.lastFailure();
        if (last instanceof ServerErrorException && isServerRefusal(last)
            && (readsAreFresh() || isUnknownPlugin(last))) {
          // A 500 with nothing there on a target whose reads are fresh, or the 500 every target gives for a
          // connector.class it does not have: the server refused it. Any other 500 on the managed targets stays
          // ambiguous, since their lookup may lag behind a create they applied.
          throw last;
        }
        if (attempt >= executor.policy().maxAttempts()) {
          // The server may have applied one of the attempts (a lookup that lags, then 409s): not a definite failure.
          throw new OutcomeUnknownException("create " + name + " may or may not have been applied ("
              + ambiguous.lastFailure().getMessage() + "), and the connector was not found after " + attempt
              + " attempts; check with client.get(\"" + name + "\") before creating it again", ambiguous);
        }
        // If the deadline leaves no time for another attempt, the outcome is still unknown, not the last failure.
        executor.sleep(executor.backoff(attempt), deadline, "create", name, new OutcomeUnknownException("create "
            + name + " may or may not have been applied (" + ambiguous.lastFailure().getMessage() + "), and the "
            + "connector was not found before the retry policy's deadline; check with client.get(\"" + name
            + "\") before creating it again", ambiguous));
      }
    });
  }

  /**
   * Whether a server error is the server's own refusal: not a gateway's 502/503/504 and not Kafka Connect's
   * "Request timed out" (the worker goes on applying the request).
   */
  private static boolean isServerRefusal(ConnectorException e) {
    int status = e.statusCode().orElse(0);
    return status != 502 && status != 503 && status != 504
        && !e.serverMessage().toLowerCase(java.util.Locale.ROOT).contains("request timed out");
  }

  /** The 500 Kafka Connect and Confluent Cloud give for a {@code connector.class} they have no plugin for. */
  private static boolean isUnknownPlugin(ConnectorException e) {
    return e.serverMessage().contains("Failed to find any class that implements Connector");
  }

  private @Nullable Connector lookUp(String name) {
    try {
      return backend.get(name);
    } catch (ConnectorNotFoundException e) {
      return null;
    }
  }

  /** Whether every non-secret property sent is on the server with the same value (the server adds its own keys). */
  private static boolean matches(ConnectorConfig config, Connector existing) {
    Map<String, String> found = existing.config();
    for (Map.Entry<String, String> e : config.properties().entrySet()) {
      if (!e.getValue().equals(found.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Creates the connector, or replaces its config if it exists; the transition is a create or an update. */
  public Transition apply(ConnectorConfig config) {
    checkOpen();
    String name = backend.fullName(config);
    if (lookUp(name) == null) {
      try {
        return create(config);
      } catch (ConnectorAlreadyExistsException e) {
        // Created concurrently: fall through to update.
      }
    }
    return update(config);
  }

  /**
   * The connector named {@code name} (its full name), config secrets masked.
   *
   * @throws ConnectorNotFoundException if there is none
   */
  public Connector get(String name) {
    checkOpen();
    return backend.get(name);
  }

  /** Every connector in the client's scope with its status: one request. */
  public List<ConnectorInfo> list() {
    checkOpen();
    return backend.list();
  }

  /**
   * Replaces the connector's whole config (not a merge). Refuses a config holding a value the server masked or a
   * {@link Secret#unknown()}: supply every secret.
   *
   * @throws ConnectorValidationException if the config holds masked values or the server refuses it
   */
  public Transition update(ConnectorConfig config) {
    checkOpen();
    ConfigMaps.checkSendable(config); // before any request: a masked value is refused without a word to the server
    Evidence before = evidence(backend.fullName(config));
    Connector updated = backend.putConfig(config);
    return transition(Transition.Operation.UPDATE, updated.name(), updated, before);
  }

  /**
   * Deletes the connector.
   *
   * @throws ConnectorNotFoundException if there is none
   */
  public Transition delete(String name) {
    checkOpen();
    backend.delete(name);
    return transition(Transition.Operation.DELETE, name, null);
  }

  /**
   * Asks the server to pause the connector; the returned transition waits for {@code PAUSED}. Like the engines' pause,
   * it is idempotent. On Kafka Connect, whose reads are never stale, a connector already {@code PAUSED} is left alone
   * and the transition is {@linkplain Transition#isComplete() complete}; the managed targets may read an old state for
   * a while, so there the pause is always sent.
   */
  public Transition pause(String name) {
    checkOpen();
    ConnectorStatus status = backend.status(name);
    if (readsAreFresh() && status.state().equals(ConnectorState.PAUSED)
        && status.tasks().stream().noneMatch(t -> t.state().isHealthy())) {
      return complete(Transition.Operation.PAUSE, name, status);
    }
    backend.pause(name);
    return transition(Transition.Operation.PAUSE, name, null, Evidence.before(status));
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
    ConnectorStatus status = backend.status(name);
    ConnectorState state = status.state();
    if (state.equals(ConnectorState.RUNNING) && readsAreFresh()
        && status.tasks().stream().allMatch(t -> t.state().isHealthy())) {
      return complete(Transition.Operation.RESUME, name, status);
    }
    if (!state.equals(ConnectorState.RUNNING) && !state.equals(ConnectorState.PAUSED)
        && !state.equals(ConnectorState.STOPPED)) {
      throw new IllegalConnectorStateException(
          "resume needs PAUSED, STOPPED or RUNNING; " + name + " is " + state.value(), state);
    }
    backend.resume(name);
    return transition(Transition.Operation.RESUME, name, null, Evidence.before(status));
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
   * <pre>{@code
   * client.restart(name, RestartOptions.failedOnly()).await(Duration.ofMinutes(2)); // only what failed
   * }</pre>
   *
   * @throws UnsupportedOnTargetException for other options on Confluent Cloud or Self-Service (nothing is sent)
   * @throws IllegalConnectorStateException if the connector is provisioning, paused, stopped or deleted
   */
  public Transition restart(String name, RestartOptions options) {
    checkOpen();
    Objects.requireNonNull(options, "options");
    boolean includeTasks = options.includeTasks();
    boolean onlyFailed = options.onlyFailed();
    if (!options.equals(RestartOptions.connectorAndTasks())) {
      require(Backend.Feature.RESTART_OPTIONS, "restart with includeTasks=" + includeTasks + ", onlyFailed=" + onlyFailed);
    }
    ConnectorStatus before = backend.status(name);
    ConnectorState state = before.state();
    if (state.equals(ConnectorState.PROVISIONING) || state.equals(ConnectorState.PAUSED)
        || state.equals(ConnectorState.STOPPED) || state.equals(ConnectorState.DELETED)) {
      throw new IllegalConnectorStateException("restart cannot apply: " + name + " is " + state.value()
          + (state.equals(ConnectorState.PAUSED) || state.equals(ConnectorState.STOPPED) ? "; resume it instead" : ""),
          state);
    }
    ConnectorStatus plan = backend.restart(name, includeTasks, onlyFailed);
    if (plan != null && !plan.state().equals(ConnectorState.RESTARTING)
        && plan.tasks().stream().noneMatch(t -> t.state().equals(TaskState.RESTARTING))) {
      // Kafka Connect's plan restarts nothing (onlyFailed, and nothing failed): there is nothing to wait for.
      return complete(Transition.Operation.RESTART, name, before);
    }
    return transition(Transition.Operation.RESTART, name, null, Evidence.before(before));
  }

  /**
   * Asks Kafka Connect to restart one task; the returned transition waits for {@code RUNNING} (connector and tasks).
   *
   * @throws UnsupportedOnTargetException on Confluent Cloud and Self-Service (nothing is sent)
   */
  public Transition restartTask(String name, int taskId) {
    checkOpen();
    require(Backend.Feature.TASK_RESTART, "restartTask");
    Evidence before = evidence(name);
    backend.restartTask(name, taskId);
    return transition(Transition.Operation.RESTART, name, null, before);
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
    require(Backend.Feature.STOP, "stop");
    backend.stop(name);
    return transition(Transition.Operation.STOP, name, null);
  }

  private void require(Backend.Feature feature, String operation) {
    if (!backend.supports(feature)) {
      throw new UnsupportedOnTargetException(operation, backend.describe());
    }
  }

  /** The connector's state, worker, trace and tasks. */
  public ConnectorStatus status(String name) {
    checkOpen();
    return backend.status(name);
  }

  /**
   * The server's pre-flight check of {@code config}. An invalid config is a result with errors, not an exception;
   * call {@link ValidationResult#throwIfInvalid()} to turn it into one.
   */
  public ValidationResult validate(ConnectorConfig config) {
    checkOpen();
    return backend.validate(config);
  }

  /** The connector's offsets as last observed by the server. */
  public ConnectorOffsets offsets(String name) {
    checkOpen();
    return backend.offsets(name);
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
    if (offsets.isEmpty()) {
      throw new ConnectorValidationException(
          "offsets", List.of(ConfigViolation.missing("offsets", "at least one partition and offset")));
    }
    requestOffsets(name, "PATCH", offsets);
    return transition(Transition.Operation.ALTER_OFFSETS, name, null);
  }

  /**
   * Asks the server to reset the offsets, as if the connector were new. Asynchronous on the managed targets,
   * synchronous on a stopped Kafka Connect connector, like {@link #alterOffsets}.
   */
  public Transition resetOffsets(String name) {
    checkOpen();
    requestOffsets(name, "DELETE", List.of());
    return transition(Transition.Operation.RESET_OFFSETS, name, null);
  }

  private void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    try {
      backend.requestOffsets(name, type, offsets);
    } catch (AmbiguousOutcomeException e) {
      throw new OutcomeUnknownException("the offsets request for " + name + " may or may not have been taken ("
          + e.lastFailure().getMessage() + "); read client.offsetsRequestStatus(\"" + name + "\") before sending "
          + "another (one request at a time)", e.lastFailure());
    }
  }

  /**
   * The status of the last offsets request. On Kafka Connect, which keeps none, the outcome of the last change this
   * client made.
   *
   * @throws UnsupportedOnTargetException on Kafka Connect if this client changed no offsets of that connector
   */
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    checkOpen();
    return backend.offsetsRequestStatus(name);
  }

  /**
   * Watches the selected connectors: one list request per poll (every 10 s) serves every watch of this client.
   *
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
    return watches.register(selector, selector.exactNames(), listener, interval);
  }

  /**
   * Closes every watch, stops polling and releases the threads and connections this client created (shared ones once
   * every sharing client is closed). Waits still running fail, and so do calls still out on other threads (a create
   * among them fails as an ambiguous outcome: it may have been applied).
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
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

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this ConnectorClient is closed");
    }
  }

  @Override
  public String toString() {
    return "ConnectorClient{" + backend.describe() + "}";
  }

  /** Configures a {@link ConnectorClient}. */
  public static final class Builder {
    private static final String CONFLUENT_CLOUD = "https://api.confluent.cloud";

    /** Which API the client speaks. */
    private enum Kind {
      SELF_SERVICE,
      CONFLUENT_CLOUD,
      KAFKA_CONNECT
    }

    private @Nullable Kind kind;
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
      this.kind = Kind.SELF_SERVICE;
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
      this.kind = Kind.CONFLUENT_CLOUD;
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
      this.kind = Kind.KAFKA_CONNECT;
      return this;
    }

    private static HttpUrl url(String baseUrl) {
      HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (url == null) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL (was '" + baseUrl + "')");
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

    /** The wait options given, or the target's defaults. */
    private WaitOptions waitDefaults() {
      WaitOptions given = waitOptions;
      if (given != null) {
        return given;
      }
      return kind == Kind.KAFKA_CONNECT ? WaitOptions.KAFKA_CONNECT : WaitOptions.defaults();
    }

    /**
     * The largest response body the client reads, in bytes (16 MiB if not set); a larger one ends the call with
     * {@link ResponseTooLargeException} instead of filling the heap.
     *
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
      Kind target = kind;
      if (url == null || target == null) {
        throw new IllegalStateException(
            "choose a target first: selfService(baseUrl, placement), confluentCloud(env, cluster) or kafkaConnect(url)");
      }
      SharedHttp base = shared;
      if (base == null) {
        OkHttpClient user = userClient;
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
      Duration connect = connectTimeout;
      Duration read = readTimeout;
      if (connect != null) {
        derived.connectTimeout(connect);
      }
      if (read != null) {
        derived.readTimeout(read).writeTimeout(read);
      }
      TokenProvider t = tokens;
      String key = basicKey;
      Secret secret = basicSecret;
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
      derived.addInterceptor(new ResponseSizeLimit(maxResponseBytes));
      HttpLogger l = logger;
      if (l != null) {
        derived.addNetworkInterceptor(new LoggingInterceptor(l, sent));
      }
      HttpExecutor executor = new HttpExecutor(retryPolicy).withCredentials(sent);
      OkHttpClient okHttp = derived.build();
      // Waits and watches pace themselves: their reads make one attempt each, sent with OkHttp's enqueue (inline
      // when tests drive time by hand).
      HttpExecutor single = new HttpExecutor(retryPolicy.toBuilder().maxAttempts(1).build()).withCredentials(sent);
      Scheduler injected = scheduler;
      ExecutorScheduler own = null;
      if (injected == null) {
        // The timer thread that paces waits and watches also ends calls at their deadline (see CallDeadlines).
        own = new ExecutorScheduler();
        CallDeadlines deadlines = new CallDeadlines(own, CALLS_BEFORE_TIMER);
        executor = executor.withDeadlines(deadlines);
        single = single.withAsyncReads().withDeadlines(deadlines);
      }
      Backend backend;
      Backend pollBackend;
      switch (target) {
        case CONFLUENT_CLOUD:
          String env = Objects.requireNonNull(environmentId);
          String cluster = Objects.requireNonNull(clusterId);
          backend = new ConfluentCloudBackend(url, env, cluster, okHttp, executor);
          pollBackend = new ConfluentCloudBackend(url, env, cluster, okHttp, single);
          break;
        case KAFKA_CONNECT:
          OffsetsLedger ledger = new OffsetsLedger();
          backend = new KafkaConnectBackend(url, okHttp, executor, ledger);
          pollBackend = new KafkaConnectBackend(url, okHttp, single, ledger);
          break;
        default:
          Placement placement = Objects.requireNonNull(scope);
          backend = new SelfServiceBackend(url, placement, okHttp, executor);
          pollBackend = new SelfServiceBackend(url, placement, okHttp, single);
          break;
      }
      return new ConnectorClient(copy(base), base, backend, pollBackend, executor, single,
          injected != null ? injected : Objects.requireNonNull(own), own);
    }
  }
}
