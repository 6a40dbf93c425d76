package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorState;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plan, apply, plan again: on each target, a set converges and its second plan is all no-ops with no write. */
class PlanAndApplyTest {
  @ParameterizedTest
  @EnumSource(FakeTarget.class)
  void applyingAPlanConvergesAndTheNextPlanIsNoOp(FakeTarget target) {
    try (Fakes f = Fakes.start(target, Stage.DEV)) {
      Ledger ledger = Ledger.inMemory();
      Deployer deployer = f.deployer(Stage.DEV).ledger(Stage.DEV, ledger).build();
      ConnectorSet set = ConnectorSet.builder("sales-connectors", Stage.DEV)
          .add(Fakes.datagen(Stage.DEV, "orders", "s3cr3t"))
          .add(DesiredConnector.of(Fakes.datagen(Stage.DEV, "users", "s3cr3t")).paused())
          .build();

      Plan plan = deployer.plan(set);
      assertThat(plan.changes()).extracting(Change::kind).containsExactly(Change.Kind.CREATE, Change.Kind.CREATE);
      assertThat(plan.exitCode()).isEqualTo(2);
      assertThat(plan.toText()).doesNotContain("s3cr3t").contains("+ create");
      assertThat(plan.toJson()).doesNotContain("s3cr3t").contains("\"format_version\": 1");

      ApplyResult result = deployer.apply(plan, plan.id());
      assertThat(result.succeeded()).as(result.toString()).isTrue();
      assertThat(f.client.status("sales-dev-users-connector").state()).isEqualTo(ConnectorState.PAUSED);
      boolean pausedAfterCreate = f.fake.requests().stream().anyMatch(r -> r.target().endsWith("/pause"));
      // Kafka Connect creates it paused (initial_state); the managed targets create it, then pause it.
      assertThat(pausedAfterCreate).isEqualTo(target != FakeTarget.KAFKA_CONNECT);
      assertThat(plan.change("sales-dev-users-connector").orElseThrow().notes()).singleElement().asString()
          .contains(target == FakeTarget.KAFKA_CONNECT ? "initial_state" : "runs briefly");
      assertThat(ledger.entries()).hasSize(2);

      long before = f.fake.requestCount();
      Plan again = deployer.plan(set);
      assertThat(again.changes()).as(again.toText()).extracting(Change::kind)
          .containsOnly(Change.Kind.NO_OP);
      assertThat(again.exitCode()).isEqualTo(0);
      assertThat(f.fake.requestCount() - before).isEqualTo(1);
      ApplyResult nothing = deployer.apply(again, again.id());
      assertThat(nothing.steps()).isEmpty();
      assertThat(f.fake.requestCount() - before).isEqualTo(1);
    }
  }
}
