package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.testing.FakeTarget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Promotion from qas to run: names re-derived, the gate on qas, secrets never copied. */
class PromotionTest {
  private final Fakes qas = Fakes.start(FakeTarget.KAFKA_CONNECT, Stage.QAS);
  private final Fakes run = Fakes.start(FakeTarget.KAFKA_CONNECT, Stage.RUN);
  private final Ledger qasLedger = Ledger.inMemory();
  private final Ledger runLedger = Ledger.inMemory();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final ConnectorSet sales = ConnectorSet.builder("sales-connectors", Stage.QAS)
      .add(Fakes.datagen(Stage.QAS, "orders", "qas-secret"))
      .add(DesiredConnector.of(Fakes.datagen(Stage.QAS, "users", "qas-secret")).paused())
      .build();

  @AfterEach
  void close() {
    qas.close();
    run.close();
  }

  private Deployer.Builder deployer() {
    return Deployer.builder()
        .stage(Stage.QAS, qas.client).ledger(Stage.QAS, qasLedger).fingerprintKey(Stage.QAS, Fakes.KEY)
        .stage(Stage.RUN, run.client).ledger(Stage.RUN, runLedger).fingerprintKey(Stage.RUN, Fakes.KEY)
        .secrets(Stage.RUN, (name, key) -> Secret.of("run-" + key))
        .waitOptions(Fakes.WAIT).settleTime(Duration.ZERO).clock(clock);
  }

  private void appliedInQas(Deployer deployer) {
    Plan plan = deployer.plan(sales);
    assertThat(deployer.apply(plan, plan.id()).succeeded()).isTrue();
  }

  @Test
  void promotionReDerivesNamesAndTakesSecretsFromTheUpperStage() {
    Deployer deployer = deployer().build();
    appliedInQas(deployer);
    Plan plan = deployer.promote(sales, Stage.QAS, Stage.RUN);
    assertThat(plan.stage()).isEqualTo(Stage.RUN);
    assertThat(plan.changes()).extracting(Change::name)
        .containsExactly("sales-run-orders-connector", "sales-run-users-connector");
    assertThat(plan.changes()).extracting(Change::kind).containsOnly(Change.Kind.CREATE);
    assertThat(plan.changes()).extracting(Change::specDigest)
        .containsExactly(qasLedger.get("sales-qas-orders-connector").orElseThrow().specDigest(),
            qasLedger.get("sales-qas-users-connector").orElseThrow().specDigest());
    assertThat(deployer.apply(plan, plan.id()).succeeded()).isTrue();
    assertThat(run.fake.connector("sales-run-orders-connector").orElseThrow().config())
        .containsEntry("kafka.topic", "sales-run-orders")
        .containsEntry("kafka.api.secret", "run-kafka.api.secret")
        .doesNotContainValue("qas-secret");
    assertThat(run.fake.connector("sales-run-users-connector").orElseThrow().state()).isEqualTo("PAUSED");
  }

  @Test
  void withoutTheUpperStagesSecretsThePromotedPlanIsAnError() {
    Deployer deployer = deployer().secrets(Stage.RUN, SecretSource.none()).build();
    appliedInQas(deployer);
    Plan plan = deployer.promote(sales, Stage.QAS, Stage.RUN);
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.errors()).allSatisfy(e -> assertThat(e).contains("is required for a create"));
  }

  @Test
  void promotionIsRefusedUnlessTheSameSpecIsAppliedInTheLowerStage() {
    Deployer deployer = deployer().build();
    assertThatThrownBy(() -> deployer.promote(sales, Stage.QAS, Stage.RUN)).isInstanceOf(PlanException.class)
        .hasMessageContaining("sales-qas-orders-connector was never applied in qas");
    appliedInQas(deployer);
    ConnectorSet changed = sales.toBuilder().remove("sales-qas-orders-connector")
        .add(Fakes.datagen(Stage.QAS, "orders", "qas-secret").toBuilder().topic("sales-qas-other").build()).build();
    assertThatThrownBy(() -> deployer.promote(changed, Stage.QAS, Stage.RUN)).isInstanceOf(PlanException.class)
        .hasMessageContaining("has another spec applied");
  }

  @Test
  void promotionIsRefusedWhileTheLowerStageIsUnhealthy() {
    Deployer deployer = deployer().build();
    appliedInQas(deployer);
    qas.fake.failConnector("sales-qas-orders-connector", "boom");
    assertThatThrownBy(() -> deployer.promote(sales, Stage.QAS, Stage.RUN)).isInstanceOf(PlanException.class)
        .hasMessageContaining("sales-qas-orders-connector is FAILED with failed tasks in qas, not RUNNING");
  }

  @Test
  void promotionWaitsForTheSoakTime() {
    Deployer deployer = deployer().soakTime(Duration.ofHours(1)).build();
    appliedInQas(deployer);
    now.set(now.get().plus(Duration.ofMinutes(59)));
    assertThatThrownBy(() -> deployer.promote(sales, Stage.QAS, Stage.RUN)).isInstanceOf(PlanException.class)
        .hasMessageContaining("less than the soak time PT1H ago");
    now.set(now.get().plus(Duration.ofMinutes(2)));
    assertThat(deployer.promote(sales, Stage.QAS, Stage.RUN).errors()).isEmpty();
  }
}
