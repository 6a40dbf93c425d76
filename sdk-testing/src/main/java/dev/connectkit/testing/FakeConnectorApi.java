package dev.connectkit.testing;

import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorType;
import dev.connectkit.Placement;
import dev.connectkit.testing.internal.AccessControl;
import dev.connectkit.testing.internal.ConfluentCloudRoutes;
import dev.connectkit.testing.internal.ConnectorStore;
import dev.connectkit.testing.internal.FakeDispatcher;
import dev.connectkit.testing.internal.FaultInjector;
import dev.connectkit.testing.internal.JournalEntry;
import dev.connectkit.testing.internal.KafkaConnectRoutes;
import dev.connectkit.testing.internal.NoDelayServerSocketFactory;
import dev.connectkit.testing.internal.PluginCatalog;
import dev.connectkit.testing.internal.Scope;
import dev.connectkit.testing.internal.SelfServiceRoutes;
import dev.connectkit.testing.internal.Settings;
import dev.connectkit.testing.internal.StoredConnector;
import dev.connectkit.testing.internal.TargetRoutes;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

/**
 * A stateful fake of a connector API on a real socket ({@code mockwebserver3}), for your own tests. It speaks the
 * Self-Service API by default, or Confluent Cloud's Connect v1 or Apache Kafka Connect ({@link Builder#target}, {@link
 * FakeTarget}), each with its own names, status codes, error bodies and secret masking, from one in-memory store. On
 * Self-Service it implements the whole contract: create (the server composes the name from the identifier and returns 409
 * for a duplicate), get (secrets masked, template defaults and server keys added, see {@link FakeTarget}), list with
 * {@code expand}, update, delete, pause, resume, restart, status, validate and offsets; it checks the bearer token
 * (401) and the business unit it grants (403).
 *
 * <p>Connectors change state on the fake's clock: {@code PROVISIONING} for {@link Builder#provisioningTime}, then
 * {@code RUNNING}; pause, resume, restart and a config update take effect after {@link Builder#transitionDelay}, and
 * reads in between show the old state, as the real service does (a restart or update then shows connector and tasks on
 * a new worker id). With the default {@link FakeClock} nothing moves until you {@link FakeClock#advance advance} it;
 * {@link FakeClock#autoAdvancing()} moves on by itself as clients poll; pass {@link Clock#systemUTC()} for real time.
 *
 * <!-- example: ConnectorConfig config -->
 * <pre>{@code
 * FakeClock clock = new FakeClock();
 * try (FakeConnectorApi fake = FakeConnectorApi.builder().clock(clock).start()) {
 *   ConnectorClient client = ConnectorClient.builder()
 *       .selfService(fake.baseUrl(), Placement.dedicated("sales", Stage.DEV))
 *       .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
 *       .build();
 *   // ... client.create(config): the fake holds it in PROVISIONING
 *   clock.advance(Duration.ofMinutes(1));
 *   // ... now RUNNING
 *   fake.failConnector("sales-dev-orders-datagen-connector", "Invalid API key");
 *   fake.faults().next(Route.STATUS, Fault.status(503));
 * }
 * }</pre>
 *
 * <p>The other targets, for a client built for them:
 *
 * <pre>{@code
 * FakeConnectorApi cloud = FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).start();
 * ConnectorClient.builder()
 *     .confluentCloud("env-abc123", "lkc-xyz789", cloud.baseUrl())
 *     .basicAuth("CLOUDKEY", Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
 * FakeConnectorApi connect = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT).start();
 * ConnectorClient.builder().kafkaConnect(connect.baseUrl());
 * }</pre>
 *
 * <p>What goes wrong: {@link #faults()} scripts faults per request and a server-side {@link RateLimit} (429 with
 * {@code Retry-After}); {@link #failAfterNextUpdate(String, LateFailure)} makes an accepted update fail later.
 *
 * <!-- example: FakeConnectorApi fake; String name -->
 * <pre>{@code
 * fake.faults().rateLimit(RateLimit.of(10, Duration.ofSeconds(1)));
 * fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(2, "Invalid value for snowflake.url.name"));
 * }</pre>
 *
 * <p>Every request gets an answer: a request outside the contract gets a 404 naming the problem, never a hang.
 * Thread-safe.
 */
public final class FakeConnectorApi implements Closeable {
  /** The token the fake accepts, for every business unit, unless the builder configures tokens. */
  public static final String DEFAULT_TOKEN = "fake-token";

  private final MockWebServer server;
  private final Settings settings;
  private final ConnectorStore store;
  private final AccessControl access;
  private final FaultInjector injector;
  private final FakeDispatcher dispatcher;
  private final Faults faults;
  private final FakeTarget target;

  private FakeConnectorApi(Builder builder) throws IOException {
    PluginCatalog catalog = PluginCatalog.standard();
    builder.lenientPlugins.forEach(
        builder.target == FakeTarget.KAFKA_CONNECT ? catalog::addSelfManaged : catalog::addLenient);
    this.settings =
        new Settings(
            builder.clock,
            builder.provisioningTime,
            builder.transitionDelay,
            builder.offsetsRequestDelay,
            catalog,
            builder.landingZones,
            builder.journalCapacity);
    Map<String, Set<String>> tokens =
        builder.tokens.isEmpty() ? Map.of(DEFAULT_TOKEN, Set.of(AccessControl.ALL)) : builder.tokens;
    this.access = new AccessControl(tokens);
    this.store = new ConnectorStore(settings);
    this.injector = new FaultInjector();
    this.faults = new Faults(injector, builder.clock);
    this.target = builder.target;
    this.dispatcher = new FakeDispatcher(settings, routes(builder.target), injector);
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(dispatcher);
    dispatcher.attach(server);
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  private TargetRoutes routes(FakeTarget target) {
    switch (target) {
      case CONFLUENT_CLOUD:
        return new ConfluentCloudRoutes(settings, store, access);
      case KAFKA_CONNECT:
        return new KafkaConnectRoutes(settings, store);
      default:
        return new SelfServiceRoutes(settings, store, access);
    }
  }

  /** A builder for a fake with non-default behaviour. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a fake with the defaults: a {@link FakeClock}, token {@link #DEFAULT_TOKEN} for every business unit. */
  public static FakeConnectorApi start() {
    return builder().start();
  }

  /** The base URL to give the client, e.g. {@code http://127.0.0.1:50123} (no trailing slash, no scope). */
  public String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** The API this fake speaks. */
  public FakeTarget target() {
    return target;
  }

  /** The clock the fake's connectors change state on. */
  public Clock clock() {
    return settings.clock;
  }

  /** The fault plan: scripted and random faults. */
  public Faults faults() {
    return faults;
  }

  /** The requests received, oldest first; at most {@link Builder#journalCapacity(int)} of the latest. */
  public List<RecordedCall> requests() {
    List<RecordedCall> out = new ArrayList<>();
    for (JournalEntry e : dispatcher.journal()) {
      out.add(new RecordedCall(e.at, e.method, e.target, e.route, e.status, e.fault, e.body));
    }
    return out;
  }

  /** How many requests the fake answered (or dropped) since it started or was reset. */
  public long requestCount() {
    return dispatcher.requestCount();
  }

  /** Every connector, in creation order, in its state as of now on the fake's clock. */
  public List<FakeConnector> connectors() {
    List<FakeConnector> out = new ArrayList<>();
    synchronized (store) {
      for (StoredConnector c : store.all()) {
        out.add(snapshot(c));
      }
    }
    return out;
  }

  /** The connector with full name {@code name}, if it exists. */
  public Optional<FakeConnector> connector(String name) {
    synchronized (store) {
      StoredConnector c = store.find(name);
      return c == null ? Optional.empty() : Optional.of(snapshot(c));
    }
  }

  /**
   * Puts a connector in place as if it had been created and provisioned long ago: {@code RUNNING}, no validation.
   *
   * @return the connector, named by the portal's convention
   * @throws IllegalStateException if the fake does not speak {@link FakeTarget#SELF_SERVICE} (create it through the
   *     client there)
   */
  public FakeConnector seed(Placement placement, String id, Map<String, String> config) {
    if (target != FakeTarget.SELF_SERVICE) {
      throw new IllegalStateException(
          "seed(placement, id, config) composes a Self-Service name; this fake speaks " + target
              + ": create the connector through the client instead");
    }
    Scope scope =
        new Scope(placement.businessUnit(), placement.stage().id(), placement.landingZone().orElse(null));
    synchronized (store) {
      return snapshot(store.seed(scope, SelfServiceRoutes.name(scope, id), config));
    }
  }

  /**
   * Sets the connector's state directly, cancelling the state changes it was waiting for. Tasks follow: {@code
   * RUNNING} tasks for RUNNING, {@code STOPPED} for PAUSED, {@code USER_ACTIONABLE_ERROR} for FAILED, one failed task for
   * DEGRADED, none for PROVISIONING; any other state (e.g. {@link ConnectorState#RESTARTING}) is shown as is, tasks
   * unchanged.
   *
   * <!-- example: FakeConnectorApi fake; String name -->
   * <pre>{@code
   * fake.setState(name, ConnectorState.PAUSED);
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no such connector
   */
  public void setState(String name, ConnectorState state) {
    String value = Objects.requireNonNull(state, "state").value();
    modify(
        name,
        c -> {
          switch (value) {
            case "RUNNING":
              c.setAllPublic("RUNNING", "RUNNING", "");
              break;
            case "PAUSED":
              c.setAllPublic("PAUSED", "STOPPED", "");
              break;
            case "FAILED":
              c.setAllPublic("FAILED", "USER_ACTIONABLE_ERROR", "set to FAILED by the test");
              break;
            case "DEGRADED":
              c.setAllPublic("RUNNING", "RUNNING", "");
              c.tasks.get(0).state = "USER_ACTIONABLE_ERROR";
              c.tasks.get(0).msg = "set to DEGRADED by the test";
              c.state = "DEGRADED";
              break;
            case "PROVISIONING":
              c.setAllPublic("PROVISIONING", "RUNNING", "");
              break;
            default:
              c.state = value;
          }
        });
  }

  /**
   * Fails the connector: state {@code FAILED} with {@code trace}, every task {@code USER_ACTIONABLE_ERROR}. It stays
   * failed until {@link #recover}, or until a restart takes effect.
   *
   * @throws IllegalArgumentException if there is no such connector
   */
  public void failConnector(String name, String trace) {
    modify(name, c -> c.setAllPublic("FAILED", "USER_ACTIONABLE_ERROR", trace));
    modify(name, c -> c.tasks.forEach(t -> t.msg = trace));
  }

  /**
   * Fails one task with {@code message} ({@code USER_ACTIONABLE_ERROR}): the connector becomes {@code DEGRADED}, or
   * {@code FAILED} when no task is left running.
   *
   * @throws IllegalArgumentException if there is no such connector or task
   */
  public void failTask(String name, int task, String message) {
    modify(
        name,
        c -> {
          if (c.tasks.isEmpty()) {
            c.setAllPublic("RUNNING", "RUNNING", "");
          }
          if (task < 0 || task >= c.tasks.size()) {
            throw new IllegalArgumentException(
                "connector " + name + " has tasks 0.." + (c.tasks.size() - 1) + ", not " + task);
          }
          c.tasks.get(task).state = "USER_ACTIONABLE_ERROR";
          c.tasks.get(task).msg = message;
          boolean anyRunning = c.tasks.stream().anyMatch(t -> t.state.equals("RUNNING"));
          c.state = anyRunning ? "DEGRADED" : "FAILED";
        });
  }

  /**
   * Recovers the connector: {@code RUNNING}, every task {@code RUNNING}, no trace.
   *
   * @throws IllegalArgumentException if there is no such connector
   */
  public void recover(String name) {
    modify(name, c -> c.setAllPublic("RUNNING", "RUNNING", ""));
  }

  /**
   * The next config update of connector {@code name} that the fake accepts fails later, as {@code failure} says: the
   * update is answered 200, the connector reports {@code RUNNING}, then {@code FAILED} with the failure's trace. One
   * update only; arming it again replaces the earlier one.
   *
   * <!-- example: FakeConnectorApi fake; String name -->
   * <pre>{@code
   * fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(1, "Invalid Snowflake private key"));
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no such connector
   */
  public void failAfterNextUpdate(String name, LateFailure failure) {
    Objects.requireNonNull(failure, "failure");
    if (!store.armFailure(Objects.requireNonNull(name, "name"), failure)) {
      modify(name, c -> {}); // throws, naming the connectors the fake holds
    }
  }

  /**
   * Like {@link #failAfterNextUpdate(String, LateFailure)} for whichever connector is updated next (a connector armed
   * by name goes first).
   */
  public void failAfterNextUpdate(LateFailure failure) {
    store.armFailure(null, Objects.requireNonNull(failure, "failure"));
  }

  /** Accepts {@code token} for {@code businessUnits} (none: every business unit) from now on. */
  public void grantToken(String token, String... businessUnits) {
    access.grant(token, businessUnits.length == 0 ? Set.of(AccessControl.ALL) : Set.of(businessUnits));
  }

  /** Rejects {@code token} with 401 from now on (an expired or revoked token). */
  public void revokeToken(String token) {
    access.revoke(token);
  }

  /** How many creates were answered 409 because the name existed: what a client that re-sends creates causes. */
  public long duplicateCreates() {
    return store.duplicateCreates();
  }

  /** How many creates the fake applied (201). */
  public long createsApplied() {
    return store.createsApplied();
  }

  /** Forgets connectors, faults, requests and token changes; the clock is left as it is. */
  public void reset() {
    store.reset();
    injector.reset();
    access.reset();
    dispatcher.resetJournal();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeConnectorApi{" + target + " " + baseUrl() + "}";
  }

  private void modify(String name, Consumer<StoredConnector> change) {
    if (!store.modify(name, change)) {
      List<String> names = new ArrayList<>();
      for (FakeConnector c : connectors()) {
        names.add(c.name());
      }
      throw new IllegalArgumentException("no connector named " + name + " (the fake holds " + names + ")");
    }
  }

  private static FakeConnector snapshot(StoredConnector c) {
    List<String> tasks = new ArrayList<>();
    for (StoredConnector.Task t : c.tasks) {
      tasks.add(t.state);
    }
    return new FakeConnector(
        c.name, c.id, c.businessUnit, c.stage, c.type, c.config, c.state, c.trace, tasks, c.createdAt);
  }

  /**
   * Configures a {@link FakeConnectorApi}.
   *
   * <pre>{@code
   * FakeConnectorApi fake = FakeConnectorApi.builder()
   *     .clock(Clock.systemUTC())                  // real time, e.g. for a demo
   *     .provisioningTime(Duration.ofSeconds(2))
   *     .landingZone("scada", "edh-shared")        // scada lives on a shared cluster
   *     .token("ci-token", "scada", "sales")       // 403 for other business units
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private Clock clock = new FakeClock();
    private Duration provisioningTime = Duration.ofMinutes(1);
    private Duration transitionDelay = Duration.ofSeconds(5);
    private Duration offsetsRequestDelay = Duration.ofSeconds(10);
    private final Map<String, String> landingZones = new LinkedHashMap<>();
    private final Map<String, Set<String>> tokens = new LinkedHashMap<>();
    private final Map<String, String> lenientPlugins = new LinkedHashMap<>();
    private int journalCapacity = 1000;
    private FakeTarget target = FakeTarget.SELF_SERVICE;

    private Builder() {}

    /** The API the fake speaks; default {@link FakeTarget#SELF_SERVICE}. */
    public Builder target(FakeTarget target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /** The clock connectors change state on; default a new {@link FakeClock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long a new connector is {@code PROVISIONING}; default 1 minute. */
    public Builder provisioningTime(Duration duration) {
      this.provisioningTime = nonNegative(duration);
      return this;
    }

    /** How long pause, resume, restart and a config update take to show; default 5 seconds. */
    public Builder transitionDelay(Duration duration) {
      this.transitionDelay = nonNegative(duration);
      return this;
    }

    /** How long an alter-offsets request stays {@code PENDING}; default 10 seconds. */
    public Builder offsetsRequestDelay(Duration duration) {
      this.offsetsRequestDelay = nonNegative(duration);
      return this;
    }

    /** Every change takes effect at once (no provisioning, no stale reads). */
    public Builder instantTransitions() {
      return provisioningTime(Duration.ZERO).transitionDelay(Duration.ZERO).offsetsRequestDelay(Duration.ZERO);
    }

    /**
     * Business unit {@code businessUnit} lives on a shared cluster of {@code landingZone}: its names become {@code
     * {landing_zone}-{business_unit}-{stage}-{id}-connector}. Other business units are dedicated.
     */
    public Builder landingZone(String businessUnit, String landingZone) {
      landingZones.put(Objects.requireNonNull(businessUnit), Objects.requireNonNull(landingZone));
      return this;
    }

    /**
     * Accepts bearer token {@code token} for {@code businessUnits} (none: all). Once any token is configured, {@link
     * #DEFAULT_TOKEN} is no longer accepted unless configured too.
     */
    public Builder token(String token, String... businessUnits) {
      tokens.put(
          Objects.requireNonNull(token, "token"),
          businessUnits.length == 0 ? Set.of(AccessControl.ALL) : Set.of(businessUnits));
      return this;
    }

    /**
     * Accepts connector class {@code className} with only the checks common to all connectors (the fake's table knows
     * the seven managed connectors of the portal; anything else is refused like an unknown plugin). On {@link
     * FakeTarget#KAFKA_CONNECT} only Kafka Connect's own checks apply (a sink needs {@code topics} or {@code
     * topics.regex}), none of the managed connectors'.
     */
    public Builder plugin(String className, ConnectorType type) {
      lenientPlugins.put(Objects.requireNonNull(className), type == ConnectorType.SINK ? "sink" : "source");
      return this;
    }

    /** How many requests {@link #requests()} keeps; default 1000. */
    public Builder journalCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("capacity < 0: " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * Starts the fake on a free loopback port.
     *
     * @throws UncheckedIOException if the server cannot start
     */
    public FakeConnectorApi start() {
      try {
        return new FakeConnectorApi(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start FakeConnectorApi", e);
      }
    }

    private static Duration nonNegative(Duration d) {
      if (d.isNegative()) {
        throw new IllegalArgumentException("duration is negative: " + d);
      }
      return d;
    }
  }
}
