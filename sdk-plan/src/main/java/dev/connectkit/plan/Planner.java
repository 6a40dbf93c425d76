package dev.connectkit.plan;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.internal.CredentialKeys;
import dev.connectkit.plan.internal.CredentialValues;
import dev.connectkit.plan.internal.Digests;
import dev.connectkit.plan.internal.ServerKeys;
import dev.connectkit.plan.internal.TypedCodecs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Makes a {@link Plan}: one list request, then a 3-way diff per connector (desired, live, ledger). */
final class Planner {
  static final String ABSENT = "absent";

  private final Deployer deployer;
  private final Deployer.StageTarget target;
  private final boolean kafkaConnect;
  private final Digests.@Nullable Fingerprinter fingerprinter;

  Planner(Deployer deployer, Deployer.StageTarget target) {
    this.deployer = deployer;
    this.target = target;
    this.kafkaConnect = isKafkaConnect(target);
    byte[] key = target.fingerprintKey();
    this.fingerprinter = key == null ? null : Digests.fingerprinter(key);
  }

  static boolean isKafkaConnect(Deployer.StageTarget target) {
    return target.client().endpoint().startsWith("Kafka Connect");
  }

  Plan plan(ConnectorSet set) {
    List<ConnectorInfo> live = target.client().list();
    return plan(set, live);
  }

  Plan plan(ConnectorSet set, List<ConnectorInfo> live) {
    Map<String, ConnectorInfo> byName = new HashMap<>(live.size() * 2);
    for (ConnectorInfo info : live) {
      byName.put(info.name(), info);
    }
    List<Change> changes = new ArrayList<>(set.size() + 8);
    List<String> errors = new ArrayList<>();
    for (DesiredConnector d : set.entries()) {
      changes.add(planOne(d, byName.get(d.name()), errors));
    }
    Set<String> desiredNames = new HashSet<>();
    set.entries().forEach(d -> desiredNames.add(d.name()));
    int deletes = 0;
    for (String name : new TreeSet<>(byName.keySet())) {
      if (desiredNames.contains(name)) {
        continue;
      }
      ConnectorInfo info = java.util.Objects.requireNonNull(byName.get(name));
      Optional<LedgerEntry> entry = target.ledger().get(name);
      boolean owned = entry.isPresent() && entry.get().setId().equals(set.id());
      String observed = observed(info.config(), Set.of());
      if (deployer.prune && owned) {
        List<String> notes = new ArrayList<>();
        notes.add("created by set " + set.id() + " (ledger) and no longer in it");
        if (entry.get().isProtected()) {
          errors.add(name + " is protected and cannot be deleted; put it back in the set, or apply it once "
              + "without protect() first");
        }
        if (!deployer.deletesAllowedIn.contains(set.stage())) {
          errors.add("deleting " + name + " in stage " + set.stage().id() + " needs Deployer.builder()"
              + ".allowDeletesIn(Stage." + set.stage().name() + ")");
        }
        deletes++;
        changes.add(new Change(Change.Kind.DELETE, name, List.of(), info.status().state(), null, notes, null,
            observed, Map.of(), ""));
      } else {
        List<String> notes = new ArrayList<>();
        if (owned) {
          notes.add("created by set " + set.id() + " (ledger) and no longer in it; prune is off");
        } else if (entry.isPresent()) {
          notes.add("owned by set " + entry.get().setId());
        }
        changes.add(new Change(Change.Kind.UNMANAGED, name, List.of(), info.status().state(), null, notes, null,
            observed, Map.of(), ""));
      }
    }
    if (deletes > deployer.maxDeletes) {
      errors.add("the plan deletes " + deletes + " connectors, more than maxDeletes " + deployer.maxDeletes
          + "; raise Deployer.builder().maxDeletes(...) if that is intended");
    }
    return new Plan(set.id(), set.stage(), target.client().endpoint(), deployer.secretPolicy,
        deployer.clock.instant(), changes, errors);
  }

  private Change planOne(DesiredConnector d, @Nullable ConnectorInfo info, List<String> errors) {
    ConnectorConfig config = d.config();
    String name = d.name();
    Map<String, String> props = config.properties();
    Map<String, Secret> secrets = config.secrets();
    Map<String, String> fingerprints = fingerprints(d);
    String spec = specDigest(config);
    List<String> notes = new ArrayList<>();
    if (d.state() == DesiredState.STOPPED && !kafkaConnect) {
      errors.add(name + ": STOPPED exists only on Kafka Connect; " + target.client().endpoint()
          + " has RUNNING and PAUSED");
    }
    if (info == null) {
      List<FieldDiff> diffs = new ArrayList<>();
      new TreeMap<>(props).forEach((k, v) -> diffs.add(new FieldDiff(k, FieldDiff.Kind.ADD, null, v, null)));
      new TreeMap<>(secrets).forEach((k, s) ->
          diffs.add(new FieldDiff(k, FieldDiff.Kind.SECRET_ADD, null, null, fingerprints.get(k))));
      requireKnownSecrets(d, "a create", errors);
      if (d.state() != DesiredState.RUNNING) {
        notes.add(kafkaConnect
            ? "created " + d.state() + " (Kafka Connect initial_state)"
            : "created, then " + (d.state() == DesiredState.PAUSED ? "paused" : "stopped")
                + ": this target cannot create a connector paused, so it runs briefly");
      }
      return new Change(Change.Kind.CREATE, name, diffs, null, d.state(), notes, d, ABSENT, fingerprints, spec);
    }
    Map<String, String> liveConfig = info.config();
    // The typed codec reads the live config only if a value differs as a string (most do not: a no-op stays cheap).
    boolean same = true;
    for (Map.Entry<String, String> e : props.entrySet()) {
      if (!e.getValue().equals(liveConfig.get(e.getKey()))) {
        same = false;
        break;
      }
    }
    TypedCodecs.LiveRead read = same ? null : TypedCodecs.read(config, name, liveConfig);
    Map<String, String> canonical = read == null ? Map.of() : read.canonical();
    Set<String> liveSecretKeys = read == null ? Set.of() : read.secretKeys();
    Optional<LedgerEntry> entry = target.ledger().get(name);
    List<FieldDiff> diffs = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(props).entrySet()) {
      String k = e.getKey();
      String want = e.getValue();
      String raw = liveConfig.get(k);
      String canon = canonical.get(k);
      if (want.equals(raw) || want.equals(canon)) {
        continue;
      }
      if (raw == null) {
        diffs.add(new FieldDiff(k, FieldDiff.Kind.ADD, null, want, null));
      } else {
        diffs.add(new FieldDiff(k, FieldDiff.Kind.CHANGE, canon != null ? canon : raw, want, null));
      }
    }
    diffSecrets(d, liveConfig, entry, fingerprints, diffs, notes);
    Set<String> applied = entry.map(LedgerEntry::appliedKeys).orElse(Set.of());
    for (String k : new TreeSet<>(liveConfig.keySet())) {
      if (props.containsKey(k) || secrets.containsKey(k) || ServerKeys.isServerOwned(k)) {
        continue;
      }
      String value = java.util.Objects.requireNonNullElse(liveConfig.get(k), "");
      boolean secret = liveSecretKeys.contains(k) || Secret.isMask(value) || looksSecret(k)
          || ServerKeys.isPassword(config.connectorClass(), k) || CredentialValues.carriesCredential(value);
      if (applied.contains(k)) {
        diffs.add(new FieldDiff(k, FieldDiff.Kind.REMOVE, secret ? null : value, null, null));
      } else if (!ServerKeys.isDefault(config.connectorClass(), k, value)) {
        diffs.add(new FieldDiff(k, FieldDiff.Kind.CONFLICT, secret ? Secret.MASK : value, null, null));
      }
    }
    diffs.sort((a, b) -> a.key().compareTo(b.key()));
    boolean write = diffs.stream().anyMatch(x -> x.kind().causesWrite());
    ConnectorState liveState = info.status().state();
    boolean settling = liveState.equals(ConnectorState.PROVISIONING) || liveState.equals(ConnectorState.RESTARTING)
        || liveState.equals(ConnectorState.UNASSIGNED);
    boolean stateDiff = !liveState.equals(d.state().connectorState())
        && !(settling && d.state() == DesiredState.RUNNING);
    if (settling) {
      notes.add("live state is " + liveState.value() + " (on its way)");
    }
    Change.Kind kind = write ? Change.Kind.UPDATE : stateDiff ? Change.Kind.SET_STATE : Change.Kind.NO_OP;
    if (write) {
      requireKnownSecrets(d, "an update (it sends every secret)", errors);
    }
    if (!write && diffs.stream().anyMatch(x -> x.kind() == FieldDiff.Kind.CONFLICT)) {
      notes.add("keys set outside this set: drift only, not updated; an update would erase them");
    }
    if (stateDiff && liveState.isFailed()) {
      notes.add("live state is " + liveState.value() + "; restart it to recover (a state change does not)");
    }
    return new Change(kind, name, diffs, liveState, d.state(), notes, d,
        observed(liveConfig, secrets.keySet()), fingerprints, spec);
  }

  private void diffSecrets(DesiredConnector d, Map<String, String> live, Optional<LedgerEntry> entry,
      Map<String, String> fingerprints, List<FieldDiff> diffs, List<String> notes) {
    Map<String, String> recorded = entry.map(LedgerEntry::secretFingerprints).orElse(Map.of());
    boolean unverified = false;
    for (Map.Entry<String, Secret> e : new TreeMap<>(d.config().secrets()).entrySet()) {
      String k = e.getKey();
      Secret s = e.getValue();
      String liveValue = live.get(k);
      String fp = fingerprints.get(k);
      SecretPolicy policy = deployer.secretPolicy;
      FieldDiff.Kind kind = null;
      if (policy == SecretPolicy.ALWAYS_SEND) {
        kind = FieldDiff.Kind.SECRET_RESEND;
      } else if (liveValue == null) {
        kind = FieldDiff.Kind.SECRET_ADD;
      } else if (policy == SecretPolicy.NEVER || !s.isKnown()) {
        kind = null;
      } else if (!Secret.isMask(liveValue) && !liveValue.startsWith("${") && !isMaskLike(liveValue)) {
        // Plaintext read back (Kafka Connect): compare the values themselves, in constant time.
        kind = Digests.same(liveValue, s.reveal()) ? null : FieldDiff.Kind.SECRET_CHANGED;
      } else {
        String was = recorded.get(k);
        if (fp == null || was == null) {
          kind = FieldDiff.Kind.SECRET_UNVERIFIED;
          unverified = true;
        } else if (!Digests.same(fp, was)) {
          kind = FieldDiff.Kind.SECRET_CHANGED;
        }
      }
      if (kind != null) {
        diffs.add(new FieldDiff(k, kind, null, null, policy == SecretPolicy.FINGERPRINT ? fp : null));
      }
    }
    if (unverified) {
      notes.add(entryNote(entry));
    }
  }

  private static boolean isMaskLike(String value) {
    return value.equals("[hidden]") || !value.isEmpty() && value.chars().allMatch(c -> c == '\u2022');
  }

  private String entryNote(Optional<LedgerEntry> entry) {
    if (deployer.secretPolicy == SecretPolicy.VERSIONED) {
      return "secrets unverified: no secretsVersion recorded for this connector (first run, import or lost ledger)";
    }
    return target.fingerprintKey() == null
        ? "secrets unverified: no fingerprint key for stage " + target.stage().id()
        : entry.isEmpty()
            ? "secrets unverified: not in the ledger (first run, import or lost ledger); the next update records them"
            : "secrets unverified: the ledger has no fingerprint for them";
  }

  private static void requireKnownSecrets(DesiredConnector d, String what, List<String> errors) {
    for (Map.Entry<String, Secret> e : new TreeMap<>(d.config().secrets()).entrySet()) {
      if (!e.getValue().isKnown()) {
        errors.add(d.name() + ": secret " + e.getKey() + " is required for " + what + " but is unknown "
            + "(Secret.unknown()); supply its value");
      }
    }
  }

  /** Fingerprints (or versions) of the desired secrets that can be computed. */
  private Map<String, String> fingerprints(DesiredConnector d) {
    Map<String, Secret> secrets = d.config().secrets();
    if (secrets.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    if (deployer.secretPolicy == SecretPolicy.VERSIONED) {
      d.secretsVersion().ifPresent(v -> secrets.keySet().forEach(k -> out.put(k, "v:" + v)));
      return out;
    }
    Digests.Fingerprinter f = fingerprinter;
    if (f == null) {
      return out;
    }
    secrets.forEach((k, s) -> {
      if (s.isKnown()) {
        out.put(k, f.of(target.stage().id(), d.name(), k, s.reveal()));
      }
    });
    return out;
  }

  /**
   * The stage-independent digest of a config's non-secret properties: {@code name} left out, and the placement's
   * prefix (e.g. {@code sales-qas}) in any value written as {@code {prefix}}, so that the same spec in two stages has
   * the same digest.
   */
  static String specDigest(ConnectorConfig config) {
    Optional<Placement> placement = config.name().placement();
    Map<String, String> props = new TreeMap<>();
    config.properties().forEach((k, v) -> {
      if (!k.equals("name")) {
        props.put(k, placement.isPresent() ? v.replace(placement.get().prefix(), "{prefix}") : v);
      }
    });
    props.put("connector.class", config.connectorClass());
    return Digests.ofConfig(props, Set.of());
  }

  /** A digest of the live config (secret keys left out): what apply compares before writing. */
  static String observed(Map<String, String> live, Set<String> secretKeys) {
    Set<String> leaveOut = new HashSet<>(secretKeys);
    live.forEach((k, v) -> {
      if (Secret.isMask(v) || looksSecret(k) || CredentialValues.carriesCredential(v)) {
        leaveOut.add(k);
      }
    });
    return Digests.ofConfig(live, leaveOut);
  }

  /**
   * Whether a key's name suggests a credential (masked in plans, left out of digests: a plaintext read-back must not
   * leak): sdk-core's {@link CredentialKeys}, or a broader substring check.
   */
  private static boolean looksSecret(String key) {
    if (CredentialKeys.isCredential(key)) {
      return true;
    }
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("password") || k.contains("secret") || k.contains("token") || k.contains("credential")
        || k.contains("private.key") || k.contains("api.key") || k.contains("sensitive");
  }
}
