package dev.connectkit.plan;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Promotes a set from one stage to the next: the gate on the lower stage, then a plan against the upper one. */
final class Promoter {
  private final Deployer deployer;

  Promoter(Deployer deployer) {
    this.deployer = deployer;
  }

  Plan promote(ConnectorSet set, Stage from, Stage to) {
    if (set.stage() != from) {
      throw new IllegalArgumentException("the set is in stage " + set.stage().id() + ", not " + from.id());
    }
    if (from == to) {
      throw new IllegalArgumentException("promote from " + from.id() + " to itself");
    }
    Deployer.StageTarget lower = deployer.target(from);
    Deployer.StageTarget upper = deployer.target(to);
    Map<String, ConnectorInfo> live = new HashMap<>();
    for (ConnectorInfo info : lower.client().list()) {
      live.put(info.name(), info);
    }
    Instant now = deployer.clock.instant();
    List<String> refusals = new ArrayList<>();
    for (DesiredConnector d : set.entries()) {
      String name = d.name();
      String spec = Planner.specDigest(d.config());
      Optional<LedgerEntry> entry = lower.ledger().get(name);
      ConnectorInfo info = live.get(name);
      if (entry.isEmpty()) {
        refusals.add(name + " was never applied in " + from.id() + " (not in its ledger)");
      } else if (!entry.get().specDigest().equals(spec)) {
        refusals.add(name + " in " + from.id() + " has another spec applied (" + entry.get().specDigest()
            + ", this set's is " + spec + ")");
      } else if (!entry.get().healthy()) {
        refusals.add(name + " was not healthy when applied in " + from.id());
      } else if (entry.get().appliedAt().plus(deployer.soakTime).isAfter(now)) {
        refusals.add(name + " was applied in " + from.id() + " at " + entry.get().appliedAt() + ", less than the "
            + "soak time " + deployer.soakTime + " ago");
      } else if (info == null) {
        refusals.add(name + " is not live in " + from.id());
      } else if (!info.status().state().equals(d.state().connectorState())
          || !info.status().failedTasks().isEmpty()) {
        refusals.add(name + " is " + info.status().state().value()
            + (info.status().failedTasks().isEmpty() ? "" : " with failed tasks") + " in " + from.id()
            + ", not " + d.state());
      }
    }
    if (!refusals.isEmpty()) {
      throw new PlanException("promotion of " + set.id() + " from " + from.id() + " to " + to.id()
          + " refused: " + String.join("; ", refusals));
    }
    ConnectorSet.Builder promoted = ConnectorSet.builder(set.id(), to);
    for (DesiredConnector d : set.entries()) {
      promoted.add(d.withConfig(promote(d.config(), to, upper.secrets())));
    }
    return new Planner(deployer, upper).plan(promoted.build());
  }

  /**
   * The config with its name re-derived for {@code stage} and its secrets taken from {@code secrets} (never from the
   * lower stage); non-secret properties as they are, with the lower placement's prefix rewritten (topics such as
   * {@code sales-qas-orders} become {@code sales-run-orders}).
   */
  static ConnectorConfig promote(ConnectorConfig config, Stage stage, SecretSource secrets) {
    ConnectorName name = config.name();
    if (name.placement().isEmpty()) {
      throw new IllegalArgumentException(name.fullName() + " has a raw name and no placement: promotion needs "
          + "placement(...) and id(...)");
    }
    ConnectorName next = name.promote(stage);
    String fromPrefix = name.placement().get().prefix();
    String toPrefix = next.placement().orElseThrow().prefix();
    GenericConnectorConfig.Builder b = GenericConnectorConfig.builder()
        .name(next)
        .connectorClass(config.connectorClass())
        .type(config.type());
    config.properties().forEach((k, v) -> {
      if (!k.equals("connector.class") && !k.equals("name")) {
        b.property(k, v.replace(fromPrefix, toPrefix));
      }
    });
    config.secrets().keySet().forEach(k -> b.secret(k, secrets.secret(next, k)));
    return b.build();
  }
}
