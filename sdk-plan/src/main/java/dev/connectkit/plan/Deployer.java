package dev.connectkit.plan;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.WaitOptions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Plans, applies and promotes {@link ConnectorSet}s, one {@link ConnectorClient} per stage. Thread-safe.
 *
 * <!-- example: ConnectorClient qasClient; ConnectorClient runClient; ConnectorSet salesQas; String envName(ConnectorName n, String k) -->
 * <pre>{@code
 * Deployer deployer = Deployer.builder()
 *     .stage(Stage.QAS, qasClient)
 *     .stage(Stage.RUN, runClient)
 *     .ledger(Stage.QAS, Ledger.file(Path.of("ledger-qas.json")))
 *     .ledger(Stage.RUN, Ledger.file(Path.of("ledger-run.json")))
 *     .fingerprintKey(Stage.RUN, Secret.fromEnv("CK_RUN_LEDGER_KEY"))
 *     .secrets(Stage.RUN, (name, key) -> Secret.fromEnv(envName(name, key)))
 *     .build();
 * Plan plan = deployer.promote(salesQas, Stage.QAS, Stage.RUN);
 * System.out.println(plan.toText());
 * ApplyResult result = deployer.apply(plan, plan.id());
 * }</pre>
 *
 * <p>Safety defaults: prune off (a live connector not in the set is {@link Change.Kind#UNMANAGED}); with prune on,
 * only connectors the ledger says this set created are deleted, at most {@link Builder#maxDeletes(int)} (default 1),
 * never a protected one, and in {@code run} only with {@link Builder#allowDeletesIn(Stage)}. Apply needs the plan's
 * id as confirmation, re-reads each connector before writing it (skipping it as STALE if it changed since the plan),
 * runs validate, creates, updates and state changes, then deletes (skipped if anything earlier did not succeed), and
 * verifies each write.
 */
public final class Deployer {
  final Map<Stage, StageTarget> targets;
  final SecretPolicy secretPolicy;
  final boolean prune;
  final int maxDeletes;
  final Set<Stage> deletesAllowedIn;
  final int concurrency;
  final Duration soakTime;
  final Duration settleTime;
  final @Nullable WaitOptions waitOptions;
  final Clock clock;

  /** What the deployer knows of one stage. */
  record StageTarget(Stage stage, ConnectorClient client, Ledger ledger, byte @Nullable [] fingerprintKey,
      SecretSource secrets) {}

  private Deployer(Builder b) {
    Map<Stage, StageTarget> t = new EnumMap<>(Stage.class);
    b.clients.forEach((stage, client) -> {
      Secret key = b.keys.get(stage);
      t.put(stage, new StageTarget(stage, client, b.ledgers.getOrDefault(stage, Ledger.none()),
          key == null ? null : key.reveal().getBytes(StandardCharsets.UTF_8),
          b.secrets.getOrDefault(stage, SecretSource.none())));
    });
    this.targets = t;
    this.secretPolicy = b.secretPolicy;
    this.prune = b.prune;
    this.maxDeletes = b.maxDeletes;
    this.deletesAllowedIn = EnumSet.copyOf(b.deletesAllowedIn);
    this.concurrency = b.concurrency;
    this.soakTime = b.soakTime;
    this.settleTime = b.settleTime;
    this.waitOptions = b.waitOptions;
    this.clock = b.clock;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  StageTarget target(Stage stage) {
    StageTarget t = targets.get(stage);
    if (t == null) {
      throw new IllegalArgumentException("no client for stage " + stage.id() + "; give one with Deployer.builder()"
          + ".stage(Stage." + stage.name() + ", client) (stages known: " + targets.keySet() + ")");
    }
    return t;
  }

  /**
   * Plans {@code set} against its stage: one list request, then no further request. Never throws for what a plan can
   * report: those are {@link Plan#errors()}.
   *
   * @throws IllegalArgumentException if the deployer has no client for the set's stage
   * @throws dev.connectkit.ConnectorException if the list request fails
   */
  public Plan plan(ConnectorSet set) {
    return new Planner(this, target(set.stage())).plan(set);
  }

  /**
   * Applies {@code plan}: validate every create and update, then creates, then updates and state changes, then
   * deletes; each step re-reads its connector first and is verified after. Deletes are skipped if any earlier step did
   * not succeed. Each verified write is recorded in the stage's ledger.
   *
   * @param confirmation the plan's {@link Plan#id()}: a plan whose content differs needs a new confirmation
   * @throws PlanException before any request if the confirmation does not match or the plan has errors
   */
  public ApplyResult apply(Plan plan, String confirmation) {
    if (!plan.id().equals(confirmation)) {
      throw new PlanException("confirmation " + confirmation + " does not match plan " + plan.id()
          + "; review this plan and confirm it with its id");
    }
    if (!plan.errors().isEmpty()) {
      throw new PlanException("plan " + plan.id() + " has errors and cannot be applied: "
          + String.join("; ", plan.errors()));
    }
    return new Applier(this, target(plan.stage())).apply(plan);
  }

  /**
   * Plans {@code set} (as built for stage {@code from}) against stage {@code to}: every name is re-derived for
   * {@code to}, and secrets come from {@code to}'s {@link Builder#secrets(Stage, SecretSource)}, never from
   * {@code set}. Refused unless every connector of the set is in {@code from}'s ledger with the same spec digest,
   * healthy when applied, applied at least the soak time ago, and healthy live now.
   *
   * @throws PlanException naming every connector that is not ready to promote
   */
  public Plan promote(ConnectorSet set, Stage from, Stage to) {
    return new Promoter(this).promote(set, from, to);
  }

  /** Builds a {@link Deployer}. */
  public static final class Builder {
    private final Map<Stage, ConnectorClient> clients = new EnumMap<>(Stage.class);
    private final Map<Stage, Ledger> ledgers = new EnumMap<>(Stage.class);
    private final Map<Stage, Secret> keys = new EnumMap<>(Stage.class);
    private final Map<Stage, SecretSource> secrets = new EnumMap<>(Stage.class);
    private SecretPolicy secretPolicy = SecretPolicy.FINGERPRINT;
    private boolean prune;
    private int maxDeletes = 1;
    private final Set<Stage> deletesAllowedIn = EnumSet.of(Stage.DEV, Stage.QAS);
    private int concurrency = 4;
    private Duration soakTime = Duration.ZERO;
    private Duration settleTime = Duration.ofSeconds(30);
    private @Nullable WaitOptions waitOptions;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The client that reaches {@code stage}'s connectors. */
    public Builder stage(Stage stage, ConnectorClient client) {
      clients.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(client, "client"));
      return this;
    }

    /** {@code stage}'s ledger; default {@link Ledger#none()}. */
    public Builder ledger(Stage stage, Ledger ledger) {
      ledgers.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(ledger, "ledger"));
      return this;
    }

    /**
     * The key of {@code stage}'s secret fingerprints (HMAC-SHA256), at least 16 characters; keep it out of the ledger
     * (an environment variable, a vault). Without it every secret is unverified under {@link SecretPolicy#FINGERPRINT}.
     */
    public Builder fingerprintKey(Stage stage, Secret key) {
      if (key.reveal().length() < 16) {
        throw new IllegalArgumentException("fingerprintKey for " + stage.id() + " is shorter than 16 characters");
      }
      keys.put(stage, key);
      return this;
    }

    /** Where {@code stage}'s secrets come from when a set is promoted into it; default none (every one unknown). */
    public Builder secrets(Stage stage, SecretSource source) {
      secrets.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(source, "source"));
      return this;
    }

    /** When secrets make an update; default {@link SecretPolicy#FINGERPRINT}. */
    public Builder secretPolicy(SecretPolicy policy) {
      this.secretPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Whether connectors this set created and no longer holds are deleted; default off. */
    public Builder prune(boolean prune) {
      this.prune = prune;
      return this;
    }

    /** The most deletes one plan may hold (more is a plan error); default 1. */
    public Builder maxDeletes(int maxDeletes) {
      if (maxDeletes < 0) {
        throw new IllegalArgumentException("maxDeletes must be at least 0 (was " + maxDeletes + ")");
      }
      this.maxDeletes = maxDeletes;
      return this;
    }

    /** Allows deletes in {@code stage}; {@code dev} and {@code qas} allow them by default, {@code run} does not. */
    public Builder allowDeletesIn(Stage stage) {
      deletesAllowedIn.add(stage);
      return this;
    }

    /** How many connectors are written at once within a phase; default 4. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("concurrency must be 1..64 (was " + concurrency + ")");
      }
      this.concurrency = concurrency;
      return this;
    }

    /** How long a connector must have been applied and healthy in the lower stage to be promoted; default zero. */
    public Builder soakTime(Duration soakTime) {
      if (soakTime.isNegative()) {
        throw new IllegalArgumentException("soakTime must not be negative");
      }
      this.soakTime = soakTime;
      return this;
    }

    /**
     * How long an updated connector is watched after it reached its state, to catch an update the server accepted and
     * then FAILED (Confluent Cloud keeps running the old config then); default 30 s.
     */
    public Builder settleTime(Duration settleTime) {
      if (settleTime.isNegative()) {
        throw new IllegalArgumentException("settleTime must not be negative");
      }
      this.settleTime = settleTime;
      return this;
    }

    /** The wait options of the verification after each write; default each client's own. */
    public Builder waitOptions(WaitOptions options) {
      this.waitOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    /** The clock of plan times, ledger times and soak checks; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The deployer.
     *
     * @throws IllegalStateException if no stage has a client
     */
    public Deployer build() {
      if (clients.isEmpty()) {
        throw new IllegalStateException("give at least one stage(Stage, ConnectorClient)");
      }
      return new Deployer(this);
    }
  }
}
