package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.FakeTarget;
import dev.connectkit.testing.Route;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The safety rules of plan and apply, each test named for the failure it prevents. */
class SafetyTest {
  private final Fakes f = Fakes.start(FakeTarget.KAFKA_CONNECT, Stage.DEV);
  private final Ledger ledger = Ledger.inMemory();

  @AfterEach
  void close() {
    f.close();
  }

  private Deployer deployer(UnaryOperator<Deployer.Builder> options) {
    return options.apply(f.deployer(Stage.DEV).ledger(Stage.DEV, ledger)).build();
  }

  private static ConnectorSet set(DesiredConnector... entries) {
    ConnectorSet.Builder b = ConnectorSet.builder("sales-connectors", Stage.DEV);
    for (DesiredConnector d : entries) {
      b.add(d);
    }
    return b.build();
  }

  private static DesiredConnector dg(String id) {
    return DesiredConnector.of(Fakes.datagen(Stage.DEV, id, "s3cr3t"));
  }

  private static ApplyResult applied(Deployer deployer, ConnectorSet set) {
    Plan plan = deployer.plan(set);
    return deployer.apply(plan, plan.id());
  }

  @Test
  void pruneIsOffByDefaultSoAConnectorLeftOutIsUnmanaged() {
    Deployer deployer = deployer(b -> b);
    assertThat(applied(deployer, set(dg("a"), dg("b"))).succeeded()).isTrue();
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.change("sales-dev-b-connector").orElseThrow().kind()).isEqualTo(Change.Kind.UNMANAGED);
    assertThat(plan.exitCode()).isZero();
  }

  @Test
  void emptyDesiredSetNeverDeletesWhatItDidNotCreate() {
    Deployer other = deployer(b -> b);
    assertThat(applied(other, ConnectorSet.builder("someone-else", Stage.DEV).add(dg("x")).build()).succeeded())
        .isTrue();
    Plan plan = deployer(b -> b.prune(true)).plan(set());
    assertThat(plan.changes()).extracting(Change::kind).containsExactly(Change.Kind.UNMANAGED);
    assertThat(plan.changes().get(0).notes()).contains("owned by set someone-else");
  }

  @Test
  void pruneDeletesOnlyWhatTheLedgerSaysThisSetCreated() {
    Deployer deployer = deployer(b -> b.prune(true));
    assertThat(applied(deployer, set(dg("a"), dg("b"))).succeeded()).isTrue();
    f.client.create(Fakes.datagen(Stage.DEV, "adopted", "s3cr3t")).await(Duration.ofSeconds(10));
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.change("sales-dev-b-connector").orElseThrow().kind()).isEqualTo(Change.Kind.DELETE);
    assertThat(plan.change("sales-dev-adopted-connector").orElseThrow().kind()).isEqualTo(Change.Kind.UNMANAGED);
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.succeeded()).isTrue();
    assertThat(f.fake.connector("sales-dev-b-connector")).isEmpty();
    assertThat(ledger.get("sales-dev-b-connector")).isEmpty();
  }

  @Test
  void moreDeletesThanMaxDeletesIsAPlanError() {
    Deployer deployer = deployer(b -> b.prune(true));
    assertThat(applied(deployer, set(dg("a"), dg("b"), dg("c"))).succeeded()).isTrue();
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.errors()).singleElement().asString().contains("deletes 2 connectors, more than maxDeletes 1");
    assertThat(deployer(b -> b.prune(true).maxDeletes(2)).plan(set(dg("a"))).exitCode()).isEqualTo(2);
  }

  @Test
  void aProtectedConnectorIsNeverDeleted() {
    Deployer deployer = deployer(b -> b.prune(true));
    assertThat(applied(deployer, set(dg("a"), dg("b").protect())).succeeded()).isTrue();
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.errors()).singleElement().asString().contains("sales-dev-b-connector is protected");
    assertThatThrownBy(() -> deployer.apply(plan, plan.id())).isInstanceOf(PlanException.class);
    assertThat(f.fake.connector("sales-dev-b-connector")).isPresent();
  }

  @Test
  void deletesInRunNeedAnExplicitAllowance() {
    try (Fakes run = Fakes.start(FakeTarget.KAFKA_CONNECT, Stage.RUN)) {
      Ledger runLedger = Ledger.inMemory();
      ConnectorSet two = ConnectorSet.builder("sales-connectors", Stage.RUN)
          .add(Fakes.datagen(Stage.RUN, "a", "s")).add(Fakes.datagen(Stage.RUN, "b", "s")).build();
      ConnectorSet one = ConnectorSet.builder("sales-connectors", Stage.RUN).add(Fakes.datagen(Stage.RUN, "a", "s"))
          .build();
      Deployer deployer = run.deployer(Stage.RUN).ledger(Stage.RUN, runLedger).prune(true).build();
      assertThat(applied(deployer, two).succeeded()).isTrue();
      assertThat(deployer.plan(one).errors()).singleElement().asString()
          .contains("needs Deployer.builder().allowDeletesIn(Stage.RUN)");
      Deployer allowed = run.deployer(Stage.RUN).ledger(Stage.RUN, runLedger).prune(true)
          .allowDeletesIn(Stage.RUN).build();
      assertThat(allowed.plan(one).errors()).isEmpty();
    }
  }

  @Test
  void applyWithoutTheMatchingConfirmationSendsNothing() {
    Deployer deployer = deployer(b -> b);
    Plan plan = deployer.plan(set(dg("a")));
    long before = f.fake.requestCount();
    assertThatThrownBy(() -> deployer.apply(plan, "0000000000000000")).isInstanceOf(PlanException.class)
        .hasMessageContaining("does not match plan " + plan.id());
    assertThat(f.fake.requestCount()).isEqualTo(before);
  }

  @Test
  void stalePlanStepIsSkipped() {
    Deployer deployer = deployer(b -> b);
    assertThat(applied(deployer, set(dg("a"))).succeeded()).isTrue();
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed)));
    // Someone changes the connector between plan and apply.
    f.client.update(Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder().topic("elsewhere").build());
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.steps()).singleElement().satisfies(s -> {
      assertThat(s.outcome()).isEqualTo(StepResult.Outcome.STALE);
      assertThat(s.message()).contains("changed since the plan");
    });
    assertThat(f.fake.connector("sales-dev-a-connector").orElseThrow().config())
        .containsEntry("kafka.topic", "elsewhere");
  }

  @Test
  void deletesSkippedAfterFailedUpdate() {
    Deployer deployer = deployer(b -> b.prune(true));
    assertThat(applied(deployer, set(dg("a"), dg("b"))).succeeded()).isTrue();
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed)));
    assertThat(plan.changes()).extracting(Change::kind).containsExactly(Change.Kind.UPDATE, Change.Kind.DELETE);
    f.fake.faults().next(Route.UPDATE_CONFIG, Fault.status(500));
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.step("sales-dev-a-connector").orElseThrow().outcome()).isEqualTo(StepResult.Outcome.FAILED);
    assertThat(result.step("sales-dev-b-connector").orElseThrow().outcome()).isEqualTo(StepResult.Outcome.SKIPPED);
    assertThat(f.fake.connector("sales-dev-b-connector")).isPresent();
  }

  @Test
  void invalidConfigStopsTheWholeApplyBeforeAnyWrite() {
    Deployer deployer = deployer(b -> b);
    Plan plan = deployer.plan(set(dg("a"), dg("b")));
    f.fake.faults().next(Route.VALIDATE, Fault.status(500));
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.steps()).extracting(StepResult::outcome)
        .containsExactly(StepResult.Outcome.FAILED, StepResult.Outcome.SKIPPED);
    assertThat(f.fake.connectors()).isEmpty();
  }

  @Test
  void stateChangeAppliedWithConfigChange() {
    Deployer deployer = deployer(b -> b);
    assertThat(applied(deployer, set(dg("a"))).succeeded()).isTrue();
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed).paused()));
    Change change = plan.changes().get(0);
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.changesState()).isTrue();
    assertThat(deployer.apply(plan, plan.id()).succeeded()).isTrue();
    assertThat(f.fake.connector("sales-dev-a-connector").orElseThrow().state()).isEqualTo("PAUSED");
    assertThat(f.fake.connector("sales-dev-a-connector").orElseThrow().config()).containsEntry("quickstart", "USERS");
  }

  @Test
  void anUpdateAcceptedAndThenFailedIsAFailedStep() throws Exception {
    Deployer deployer = deployer(b -> b.settleTime(Duration.ofSeconds(2)));
    assertThat(applied(deployer, set(dg("a"))).succeeded()).isTrue();
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed)));
    Thread failer = new Thread(() -> {
      long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (System.nanoTime() < end) {
        if (f.fake.requests().stream().anyMatch(r -> r.method().equals("PUT") && r.target().endsWith("/config"))) {
          f.fake.failConnector("sales-dev-a-connector", "org.apache.kafka.connect.errors.ConnectException: bad quickstart");
          return;
        }
        Thread.onSpinWait();
      }
    });
    failer.start();
    ApplyResult result = deployer.apply(plan, plan.id());
    failer.join();
    assertThat(result.steps()).singleElement().satisfies(s -> {
      assertThat(s.outcome()).isEqualTo(StepResult.Outcome.FAILED);
      assertThat(s.message()).contains("FAILED");
    });
  }

  @Test
  void anAmbiguousCreateIsOutcomeUnknownAndReplanningResumes() {
    Deployer deployer = deployer(b -> b.concurrency(1));
    ConnectorSet set = set(dg("a"), dg("b"));
    Plan plan = deployer.plan(set);
    for (int i = 0; i < 3; i++) {
      f.fake.faults().next(Route.CREATE, Fault.status(503));
    }
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.steps()).extracting(StepResult::outcome)
        .containsExactlyInAnyOrder(StepResult.Outcome.OUTCOME_UNKNOWN, StepResult.Outcome.SUCCEEDED);
    Plan rest = deployer.plan(set);
    assertThat(rest.changes()).extracting(Change::kind)
        .containsExactlyInAnyOrder(Change.Kind.CREATE, Change.Kind.NO_OP);
    assertThat(deployer.apply(rest, rest.id()).succeeded()).isTrue();
    assertThat(deployer.plan(set).exitCode()).isZero();
  }
}
