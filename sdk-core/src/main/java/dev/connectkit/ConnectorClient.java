package dev.connectkit;

import dev.connectkit.internal.AmbiguousOutcomeException;
import dev.connectkit.internal.Backend;
import dev.connectkit.internal.BasicAuthInterceptor;
import dev.connectkit.internal.BearerAuthInterceptor;
import dev.connectkit.internal.HttpExecutor;
import dev.connectkit.internal.LoggingInterceptor;
import dev.connectkit.internal.SharedHttp;
import dev.connectkit.internal.selfservice.SelfServiceBackend;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, changes and deletes connectors. Thread-safe; build one per scope and share it.
 *
 * <pre>{@code
 * Placement dev = Placement.dedicated("sales", Stage.DEV);
 * try (ConnectorClient client = ConnectorClient.builder()
 *     .selfService("https://ss-confluent-api.example.com", dev)
 *     .bearerToken(TokenProvider.of(Secret.fromEnv("SS_TOKEN")))
 *     .build()) {
 *   Connector created = client.create(config);
 *   System.out.println(client.status(created.name()).state());
 *   client.pause(created.name());
 *   client.resume(created.name());
 *   client.delete(created.name());
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link ConnectorException}: {@link ConnectorNotFoundException},
 * {@link ConnectorAlreadyExistsException}, {@link ConnectorValidationException}, {@link UnauthenticatedException},
 * {@link ForbiddenException}, {@link RateLimitedException}, {@link ServerErrorException}, or the root type for
 * transport failures and timeouts. Retries follow the {@link RetryPolicy}.
 */
public final class ConnectorClient implements Closeable {
  private final Builder settings;
  private final SharedHttp http;
  private final HttpExecutor executor;
  private final Backend backend;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ConnectorClient(Builder settings, SharedHttp http, Backend backend, HttpExecutor executor) {
    this.settings = settings;
    this.http = http;
    this.backend = backend;
    this.executor = executor;
  }

  /** A builder for a new client. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this client's settings, whose clients share this client's connection pool and threads (for
   * example a client for another stage: {@code client.newBuilder().selfService(url, placement.withStage(QAS))}).
   */
  public Builder newBuilder() {
    return settings.copy(http);
  }

  /** Which API this client talks to, for messages and logs. */
  public String target() {
    return backend.describe();
  }

  /**
   * Creates a connector. On the Self-Service target the request carries the bare identifier; the server composes the
   * name, which the returned connector holds.
   *
   * <p>A create is never re-sent blindly: if the outcome is unknown (the connection broke after sending, or a gateway
   * answered 502/503/504), the client looks the name up. If the connector exists with the properties it sent, the
   * create succeeded; if it exists with other properties, {@link ConnectorAlreadyExistsException}; if it does not
   * exist, the create is sent again, within the {@link RetryPolicy}'s attempts and deadline.
   *
   * @throws ConnectorAlreadyExistsException if a connector of that name exists
   * @throws ConnectorValidationException if the config is refused (client side or by the server)
   */
  public Connector create(ConnectorConfig config) {
    checkOpen();
    String name = backend.fullName(config);
    HttpExecutor.Deadline deadline = executor.deadline();
    AmbiguousOutcomeException ambiguous = null;
    for (int attempt = 1; ; attempt++) {
      try {
        return backend.create(config);
      } catch (AmbiguousOutcomeException e) {
        ambiguous = e;
      } catch (ConnectorAlreadyExistsException e) {
        if (ambiguous == null) {
          throw e;
        }
        // An earlier attempt may have been applied: decide by what is there.
      }
      Connector existing = lookUp(name);
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
      if (attempt >= executor.policy().maxAttempts()) {
        throw ambiguous.lastFailure();
      }
      executor.sleep(executor.backoff(attempt), deadline, "create " + name, ambiguous.lastFailure());
    }
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

  /** Creates the connector, or replaces its config if it exists. */
  public Connector apply(ConnectorConfig config) {
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
  public Connector update(ConnectorConfig config) {
    checkOpen();
    return backend.putConfig(config);
  }

  /**
   * Deletes the connector.
   *
   * @throws ConnectorNotFoundException if there is none
   */
  public void delete(String name) {
    checkOpen();
    backend.delete(name);
  }

  /** Asks the server to pause the connector; the state changes asynchronously. */
  public void pause(String name) {
    checkOpen();
    backend.pause(name);
  }

  /** Asks the server to resume a paused connector; the state changes asynchronously. */
  public void resume(String name) {
    checkOpen();
    backend.resume(name);
  }

  /** Asks the server to restart the connector and its tasks; the state changes asynchronously. */
  public void restart(String name) {
    checkOpen();
    backend.restart(name);
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
   * Asks the server to set the offsets of the given partitions (others stay). Applied asynchronously, one request at a
   * time per connector; follow it with {@link #offsetsRequestStatus(String)}. Not re-sent after an ambiguous failure:
   * read the request status instead.
   */
  public void alterOffsets(String name, List<ConnectorOffset> offsets) {
    checkOpen();
    if (offsets.isEmpty()) {
      throw new ConnectorValidationException(
          "offsets", List.of(ConfigViolation.missing("offsets", "at least one partition and offset")));
    }
    backend.requestOffsets(name, "PATCH", offsets);
  }

  /** Asks the server to reset the offsets, as if the connector were new. Asynchronous, like {@link #alterOffsets}. */
  public void resetOffsets(String name) {
    checkOpen();
    backend.requestOffsets(name, "DELETE", List.of());
  }

  /** The status of the last offsets request. */
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    checkOpen();
    return backend.offsetsRequestStatus(name);
  }

  /** Releases the threads and connections this client created (shared ones once every sharing client is closed). */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
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
    private @Nullable HttpUrl baseUrl;
    private @Nullable Placement scope;
    private @Nullable TokenProvider tokens;
    private @Nullable String basicKey;
    private @Nullable Secret basicSecret;
    private @Nullable OkHttpClient userClient;
    private @Nullable SharedHttp shared;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable HttpLogger logger;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    private Builder() {}

    private Builder copy(SharedHttp sharedHttp) {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.scope = scope;
      b.tokens = tokens;
      b.basicKey = basicKey;
      b.basicSecret = basicSecret;
      b.userClient = userClient;
      b.shared = sharedHttp;
      b.retryPolicy = retryPolicy;
      b.logger = logger;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      return b;
    }

    /**
     * Talk to the Self-Service API at {@code baseUrl}, in the business unit and stage of {@code scope} (its landing
     * zone, if any, is used to predict names).
     *
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
     */
    public Builder selfService(String baseUrl, Placement scope) {
      HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (url == null) {
        throw new IllegalArgumentException("baseUrl must be an http or https URL (was '" + baseUrl + "')");
      }
      this.baseUrl = url;
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
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

    /** Connect timeout of one attempt; 10 s if not set. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Read timeout of one attempt; 60 s if not set. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no target was chosen
     */
    public ConnectorClient build() {
      HttpUrl url = baseUrl;
      Placement placement = scope;
      if (url == null || placement == null) {
        throw new IllegalStateException("choose a target first, e.g. selfService(baseUrl, placement)");
      }
      SharedHttp base = shared;
      if (base == null) {
        OkHttpClient user = userClient;
        base =
            user != null
                ? new SharedHttp(user, false)
                : new SharedHttp(
                    new OkHttpClient.Builder()
                        .connectTimeout(connectTimeout)
                        .readTimeout(readTimeout)
                        .writeTimeout(readTimeout)
                        .build(),
                    true);
      }
      base.retain();
      OkHttpClient.Builder derived = base.client().newBuilder();
      TokenProvider t = tokens;
      String key = basicKey;
      Secret secret = basicSecret;
      if (t != null) {
        derived.addInterceptor(new BearerAuthInterceptor(t));
      } else if (key != null && secret != null) {
        derived.addInterceptor(new BasicAuthInterceptor(key, secret));
      }
      HttpLogger l = logger;
      if (l != null) {
        derived.addNetworkInterceptor(new LoggingInterceptor(l));
      }
      HttpExecutor executor = new HttpExecutor(retryPolicy);
      Backend backend = new SelfServiceBackend(url, placement, derived.build(), executor);
      return new ConnectorClient(copy(base), base, backend, executor);
    }
  }
}
