package dev.connectkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Stage;
import dev.connectkit.WaitOptions;
import dev.connectkit.plan.ApplyResult;
import dev.connectkit.plan.Change;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.Deployer;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.Ledger;
import dev.connectkit.plan.Plan;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plan and apply on the real engine: a set is created (one connector paused through KIP-980's initial_state), plans
 * again as all no-ops (the worker's read-back compares equal), takes an update, and is pruned of what it created.
 */
@ExtendWith(RealKafkaConnect.class)
@Timeout(180)
class PlanApplyIT {
  private static ConnectorSet set(DesiredConnector... entries) {
    ConnectorSet.Builder b = ConnectorSet.builder("plan-it", Stage.DEV);
    for (DesiredConnector d : entries) {
      b.add(d);
    }
    return b.build();
  }

  private static ApplyResult applied(Deployer deployer, ConnectorSet set) {
    Plan plan = deployer.plan(set);
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.succeeded()).as(plan.toText() + result).isTrue();
    return result;
  }

  @Test
  void aSetIsCreatedPlansAsNoOpsTakesAnUpdateAndIsPruned(KafkaConnectWorker worker) {
    try (ConnectorClient client = ConnectorClient.builder().kafkaConnect(worker.url()).build()) {
      Deployer deployer = Deployer.builder()
          .stage(Stage.DEV, client)
          .ledger(Stage.DEV, Ledger.inMemory())
          .prune(true)
          .settleTime(Duration.ofSeconds(2))
          .waitOptions(client.waitOptions().toBuilder().timeout(Duration.ofSeconds(60)).build())
          .build();
      DesiredConnector a = DesiredConnector.of(Sources.verifiable("plan-it-a", "5"));
      DesiredConnector b = DesiredConnector.of(Sources.verifiable("plan-it-b", "5")).paused();

      long start = System.nanoTime();
      applied(deployer, set(a, b));
      RealKafkaConnect.report("plan/apply: 2 creates (one paused by initial_state) in "
          + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
      assertThat(client.status("plan-it-b").state()).isEqualTo(ConnectorState.PAUSED);

      Plan again = deployer.plan(set(a, b));
      assertThat(again.changes()).as(again.toText()).extracting(Change::kind).containsOnly(Change.Kind.NO_OP);
      assertThat(again.exitCode()).isZero();

      DesiredConnector faster = DesiredConnector.of(Sources.verifiable("plan-it-a", "10"));
      Plan update = deployer.plan(set(faster, b));
      assertThat(update.change("plan-it-a").orElseThrow().kind()).isEqualTo(Change.Kind.UPDATE);
      applied(deployer, set(faster, b));
      assertThat(client.get("plan-it-a").config()).containsEntry("throughput", "10");

      Plan prune = deployer.plan(set(faster));
      assertThat(prune.change("plan-it-b").orElseThrow().kind()).isEqualTo(Change.Kind.DELETE);
      applied(deployer, set(faster));
      assertThat(client.list()).extracting(i -> i.name()).doesNotContain("plan-it-b");
      client.delete("plan-it-a").await(Duration.ofSeconds(60));
    }
  }
}
