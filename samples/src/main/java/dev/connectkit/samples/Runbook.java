package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TokenProvider;
import dev.connectkit.WaitOptions;
import dev.connectkit.auth.AzureCliTokenProvider;
import dev.connectkit.testing.FakeConnectorApi;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What every sample starts with: a {@link ConnectorClient} for the target the user chose, or an embedded fake.
 *
 * <p>The target comes from flags or, failing those, environment variables:
 *
 * <table>
 *   <caption>Target settings</caption>
 *   <tr><th>flag</th><th>environment variable</th><th>meaning</th></tr>
 *   <tr><td>{@code --base-url}</td><td>{@code CONNECTKIT_BASE_URL}</td><td>the Self-Service API; without it an
 *       embedded fake runs in this process (no account, no network)</td></tr>
 *   <tr><td>{@code --business-unit}</td><td>{@code CONNECTKIT_BUSINESS_UNIT}</td><td>required with a base URL</td></tr>
 *   <tr><td>{@code --stage}</td><td>{@code CONNECTKIT_STAGE}</td><td>{@code dev}, {@code qas} or {@code run};
 *       required with a base URL</td></tr>
 *   <tr><td>{@code --landing-zone}</td><td>{@code CONNECTKIT_LANDING_ZONE}</td><td>for shared clusters</td></tr>
 *   <tr><td>{@code --token}</td><td>{@code CONNECTKIT_TOKEN}</td><td>a bearer token; without it the Azure CLI's
 *       login ({@code az login}) supplies tokens</td></tr>
 *   <tr><td>{@code --demo-secrets}</td><td>—</td><td>placeholder connector secrets instead of environment
 *       variables (always on the embedded fake)</td></tr>
 * </table>
 *
 * <p>Samples take their own flags too (for example {@code --id orders-datagen}); {@link #option} reads them.
 *
 * <pre>{@code
 * try (Runbook runbook = Runbook.open(args)) {
 *   ConnectorClient client = runbook.client();
 *   System.out.println(client.status(runbook.placement().name("orders-datagen").fullName()).state());
 * }
 * }</pre>
 */
public final class Runbook implements Closeable {
  /** Provisioning time of the embedded fake: short, so that the demo can show the whole lifecycle. */
  public static final Duration FAKE_PROVISIONING = Duration.ofSeconds(2);

  /** Pause, resume and restart delay of the embedded fake. */
  public static final Duration FAKE_TRANSITION = Duration.ofSeconds(1);

  private final Map<String, String> options;
  private final @Nullable FakeConnectorApi fake;
  private final String baseUrl;
  private final Placement placement;
  private final TokenProvider tokens;
  private final String tokenSource;
  private final boolean demoSecrets;
  private final WaitOptions waitOptions;
  private final ConnectorClient client;
  private final List<ConnectorClient> others = new ArrayList<>();
  private final long startNanos = System.nanoTime();
  private final Map<String, String> lastStates = new ConcurrentHashMap<>();

  private Runbook(Map<String, String> options, Map<String, String> env) {
    this.options = options;
    String url = setting(options, env, "base-url", "CONNECTKIT_BASE_URL");
    String landingZone = setting(options, env, "landing-zone", "CONNECTKIT_LANDING_ZONE");
    String businessUnit = setting(options, env, "business-unit", "CONNECTKIT_BUSINESS_UNIT");
    String stage = setting(options, env, "stage", "CONNECTKIT_STAGE");
    String token = setting(options, env, "token", "CONNECTKIT_TOKEN");
    WaitOptions.Builder waits = WaitOptions.defaults().toBuilder().onProgress(this::progress);
    if (url == null) {
      this.placement = placement(landingZone, businessUnit == null ? "sales" : businessUnit,
          stage == null ? Stage.DEV : Stage.parse(stage));
      FakeConnectorApi.Builder fakeBuilder = FakeConnectorApi.builder()
          .clock(Clock.systemUTC())
          .provisioningTime(FAKE_PROVISIONING)
          .transitionDelay(FAKE_TRANSITION)
          .offsetsRequestDelay(FAKE_TRANSITION);
      if (landingZone != null) {
        fakeBuilder.landingZone(placement.businessUnit(), landingZone);
      }
      this.fake = fakeBuilder.start();
      this.baseUrl = fake.baseUrl();
      this.tokens = TokenProvider.of(Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
      this.tokenSource = "the fake's token";
      this.demoSecrets = true;
      // The fake answers in microseconds: poll often, and trust a read once its transition delay has passed.
      waits.minInterval(Duration.ofMillis(250)).staleReadWindow(FAKE_TRANSITION.multipliedBy(2));
    } else {
      if (businessUnit == null || stage == null) {
        throw new IllegalArgumentException("a base URL (--base-url or CONNECTKIT_BASE_URL) needs a business unit"
            + " (--business-unit or CONNECTKIT_BUSINESS_UNIT) and a stage (--stage or CONNECTKIT_STAGE: dev, qas"
            + " or run)");
      }
      this.fake = null;
      this.baseUrl = url;
      this.placement = placement(landingZone, businessUnit, Stage.parse(stage));
      if (token != null) {
        this.tokens = TokenProvider.of(Secret.of(token));
        this.tokenSource = options.containsKey("token") ? "--token" : "CONNECTKIT_TOKEN";
      } else {
        this.tokens = AzureCliTokenProvider.builder().build();
        this.tokenSource = "the Azure CLI (az login)";
      }
      this.demoSecrets = options.containsKey("demo-secrets");
    }
    String poll = options.get("poll-interval");
    if (poll != null) {
      waits.minInterval(Duration.parse(poll));
    }
    String stale = options.get("stale-read-window");
    if (stale != null) {
      waits.staleReadWindow(Duration.parse(stale));
    }
    this.waitOptions = waits.build();
    this.client = clientFor(placement);
  }

  /**
   * Reads the target from {@code args} ({@code --name value} or {@code --name=value}) and the environment, and
   * starts an embedded fake if no base URL is given.
   *
   * @throws IllegalArgumentException if a flag has no value, or a base URL comes without business unit and stage
   */
  public static Runbook open(String... args) {
    return new Runbook(parse(args), System.getenv());
  }

  /** {@link #open} with an explicit environment (tests). */
  static Runbook open(Map<String, String> env, String... args) {
    return new Runbook(parse(args), env);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "': flags are --name value");
      }
      String key = arg.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        out.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (key.equals("demo-secrets")) {
        out.put(key, "true");
      } else if (i + 1 < args.length) {
        out.put(key, args[++i]);
      } else {
        throw new IllegalArgumentException("flag --" + key + " needs a value");
      }
    }
    return out;
  }

  private static @Nullable String setting(Map<String, String> options, Map<String, String> env, String flag,
      String variable) {
    String value = options.get(flag);
    if (value == null) {
      value = env.get(variable);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Placement placement(@Nullable String landingZone, String businessUnit, Stage stage) {
    return landingZone == null
        ? Placement.dedicated(businessUnit, stage)
        : Placement.shared(landingZone, businessUnit, stage);
  }

  /** The client for {@link #placement()}; closed with the runbook. */
  public ConnectorClient client() {
    return client;
  }

  /** The business unit and stage (and landing zone) the client works in. */
  public Placement placement() {
    return placement;
  }

  /** A client for the same API and credentials in another stage (to promote); closed with the runbook. */
  public ConnectorClient client(Stage stage) {
    if (stage == placement.stage()) {
      return client;
    }
    ConnectorClient other = client.newBuilder().selfService(baseUrl, placement.withStage(stage)).build();
    others.add(other);
    return other;
  }

  private ConnectorClient clientFor(Placement target) {
    return ConnectorClient.builder()
        .selfService(baseUrl, target)
        .bearerToken(tokens)
        .waitOptions(waitOptions)
        .build();
  }

  /** The wait options of this runbook's clients (short polls on the embedded fake). */
  public WaitOptions waitOptions() {
    return waitOptions;
  }

  /** The embedded fake, when no base URL was given. */
  public Optional<FakeConnectorApi> fake() {
    return Optional.ofNullable(fake);
  }

  /** Whether this runbook talks to the embedded fake. */
  public boolean isEmbeddedFake() {
    return fake != null;
  }

  /** The sample's own flag {@code --name}, or {@code defaultValue}. */
  public String option(String name, String defaultValue) {
    String value = options.get(name);
    return value == null ? defaultValue : value;
  }

  /**
   * The connector secret in environment variable {@code variable}; a placeholder ({@code demo-<variable>}, base64
   * encoded for a {@code *PRIVATE_KEY}) on the embedded fake or with {@code --demo-secrets}, where no real secret is
   * needed.
   *
   * @throws IllegalArgumentException if the variable is needed but not set (the message names it)
   */
  public Secret secret(String variable) {
    if (demoSecrets) {
      String placeholder = "demo-" + variable.toLowerCase(Locale.ROOT).replace('_', '-');
      // Keys are checked for their shape (a bare base64 body): give them one.
      return Secret.of(variable.endsWith("PRIVATE_KEY")
          ? Base64.getEncoder().encodeToString(placeholder.getBytes(StandardCharsets.UTF_8))
          : placeholder);
    }
    return Secret.fromEnv(variable);
  }

  /**
   * On the embedded fake, puts {@code config} in place as an existing, running connector, so that a sample that
   * works on an existing connector has one; elsewhere does nothing.
   */
  public void existing(ConnectorConfig config) {
    FakeConnectorApi f = fake;
    if (f == null || f.connector(config.name().fullName()).isPresent()) {
      return;
    }
    Map<String, String> all = new HashMap<>(config.properties());
    config.secrets().forEach((k, v) -> all.put(k, v.reveal()));
    all.put("connector.class", config.connectorClass());
    f.seed(config.name().placement().orElse(placement), config.name().id(), all);
  }

  /** Prints {@code line} after the seconds since the runbook started. */
  public void say(String line) {
    System.out.printf("%5.1fs  %s%n", (System.nanoTime() - startNanos) / 1e9, line);
  }

  /** Prints each new state a wait sees (the client's progress listener). */
  private void progress(ConnectorStatus status) {
    String state = status.state().value();
    if (!state.equals(lastStates.put(status.name(), state))) {
      say("  " + status.name() + " is " + state);
    }
  }

  /** One line saying which target this runbook talks to. */
  public String describe() {
    if (fake != null) {
      return "target: embedded fake Self-Service API at " + baseUrl + " (in this process: no account, no network),"
          + " business unit " + placement.businessUnit() + ", stage " + placement.stage().id()
          + placement.landingZone().map(z -> ", landing zone " + z).orElse("")
          + "\n        set CONNECTKIT_BASE_URL, CONNECTKIT_BUSINESS_UNIT and CONNECTKIT_STAGE to use a real API";
    }
    return "target: Self-Service API at " + baseUrl + ", business unit " + placement.businessUnit()
        + ", stage " + placement.stage().id() + placement.landingZone().map(z -> ", landing zone " + z).orElse("")
        + ", token from " + tokenSource;
  }

  /** Closes the clients (and their watches) and stops the embedded fake. */
  @Override
  public void close() {
    others.forEach(ConnectorClient::close);
    client.close();
    if (fake != null) {
      fake.close();
    }
  }

  @Override
  public String toString() {
    return "Runbook{" + describe() + "}";
  }
}
