package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.testing.Fault;
import dev.connectkit.testing.FakeTarget;
import dev.connectkit.testing.LateFailure;
import dev.connectkit.testing.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void aCredentialSetOutsideTheSetIsReportedMaskedNeverPrinted() {
    Deployer deployer = deployer(b -> b);
    assertThat(applied(deployer, set(dg("a"))).succeeded()).isTrue();
    DatagenSource a = Fakes.datagen(Stage.DEV, "a", "s3cr3t");
    String key = "consumer.override.sasl.jaas.config";
    GenericConnectorConfig.Builder foreign = GenericConnectorConfig.builder().name(a.name())
        .connectorClass(a.connectorClass()).type(a.type())
        .secret(key, Secret.of("PlainLoginModule required username=\"u\" password=\"canary-7731\";"));
    a.properties().forEach((k, v) -> {
      if (!k.equals("connector.class")) {
        foreign.property(k, v);
      }
    });
    a.secrets().forEach(foreign::secret);
    // Kafka Connect reads config values back in plain text.
    f.client.update(foreign.build());
    assertThat(f.fake.connector("sales-dev-a-connector").orElseThrow().config().get(key)).contains("canary-7731");
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.change("sales-dev-a-connector").orElseThrow().conflicts()).containsExactly(key);
    assertThat(plan.toText()).contains("! " + key).doesNotContain("canary-7731");
    assertThat(plan.toJson()).contains(key).doesNotContain("canary-7731");
    // Nor is it hashed, unkeyed, into what apply compares.
    assertThat(Planner.observed(Map.of("topic", "t", key, "one"), Set.of()))
        .isEqualTo(Planner.observed(Map.of("topic", "t", key, "two"), Set.of()));
  }

  @Test
  void aValueCarryingACredentialSetOutsideTheSetIsReportedMasked() {
    Deployer deployer = deployer(b -> b);
    assertThat(applied(deployer, set(dg("a"))).succeeded()).isTrue();
    DatagenSource a = Fakes.datagen(Stage.DEV, "a", "s3cr3t");
    GenericConnectorConfig.Builder foreign = GenericConnectorConfig.builder().name(a.name())
        .connectorClass(a.connectorClass()).type(a.type())
        .property("errors.deadletterqueue.uri", "mongodb://admin:canary-8812@mongo:27017/dlq");
    a.properties().forEach((k, v) -> {
      if (!k.equals("connector.class")) {
        foreign.property(k, v);
      }
    });
    a.secrets().forEach(foreign::secret);
    f.client.update(foreign.build());
    Plan plan = deployer.plan(set(dg("a")));
    assertThat(plan.change("sales-dev-a-connector").orElseThrow().conflicts())
        .containsExactly("errors.deadletterqueue.uri");
    assertThat(plan.toText()).doesNotContain("canary-8812");
    assertThat(plan.toJson()).doesNotContain("canary-8812");
  }

  /** A ledger that works until told to fail, then fails every write as a read-only directory would. */
  private static final class BreakableLedger implements Ledger {
    private final Ledger delegate = Ledger.inMemory();
    volatile boolean broken;

    @Override
    public Optional<LedgerEntry> get(String name) {
      return delegate.get(name);
    }

    @Override
    public List<LedgerEntry> entries() {
      return delegate.entries();
    }

    @Override
    public void record(LedgerEntry entry) {
      failIfBroken();
      delegate.record(entry);
    }

    @Override
    public void forget(String name) {
      failIfBroken();
      delegate.forget(name);
    }

    private void failIfBroken() {
      if (broken) {
        throw new UncheckedIOException(new IOException("read-only file system: /ledgers/secret-path"));
      }
    }
  }

  @Test
  void aLedgerFailingAfterASuccessfulWriteLeavesTheStepSucceededWithANote() {
    BreakableLedger ledger = new BreakableLedger();
    Deployer deployer = f.deployer(Stage.DEV).ledger(Stage.DEV, ledger).prune(true).concurrency(2).build();
    assertThat(applied(deployer, set(dg("a"), dg("b"))).succeeded()).isTrue();
    ledger.broken = true;
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", "s3cr3t").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed), dg("c"), dg("d")));
    // Two creates run concurrently, the update alone, then the delete.
    assertThat(plan.changes()).extracting(Change::kind).containsExactlyInAnyOrder(Change.Kind.UPDATE,
        Change.Kind.DELETE, Change.Kind.CREATE, Change.Kind.CREATE);
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.steps()).hasSize(4).allSatisfy(SafetyTest::succeededWithoutTheLedger);
    assertThat(f.fake.connector("sales-dev-b-connector")).isEmpty();
    assertThat(f.fake.connector("sales-dev-d-connector")).isPresent();
    assertThat(f.fake.connector("sales-dev-a-connector").orElseThrow().config()).containsEntry("quickstart", "USERS");
  }

  private static void succeededWithoutTheLedger(StepResult s) {
    assertThat(s.outcome()).isEqualTo(StepResult.Outcome.SUCCEEDED);
    assertThat(s.message()).contains("the ledger was not updated", "UncheckedIOException")
        .doesNotContain("secret-path");
  }

  @ParameterizedTest(name = "resumed by the update: {0}")
  @ValueSource(booleans = {false, true})
  void aLateFailureTraceQuotingTheConfigsSecretIsScrubbedFromTheStep(boolean resumed) {
    Deployer deployer = deployer(b -> b.settleTime(Duration.ofSeconds(2)));
    assertThat(applied(deployer, set(resumed ? dg("a").paused() : dg("a"))).succeeded()).isTrue();
    String secret = "trace-canary-5521";
    DatagenSource changed = Fakes.datagen(Stage.DEV, "a", secret).toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(changed)));
    // Running, it fails in the update's own wait; paused, the resume's wait ends first and settling sees it.
    f.fake.failAfterNextUpdate("sales-dev-a-connector", LateFailure.afterStatusReads(resumed ? 3 : 0,
        "org.apache.kafka.common.errors.SaslAuthenticationException: login failed for sasl.jaas.config=password=\""
            + secret + "\"" + " ".repeat(400) + "end"));
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.steps()).singleElement().satisfies(s -> {
      assertThat(s.outcome()).isEqualTo(StepResult.Outcome.FAILED);
      assertThat(s.message()).contains("SaslAuthenticationException").doesNotContain(secret);
      if (resumed) {
        // The settle check quotes the trace's first line, cut short.
        assertThat(s.message()).contains("within the settle time").doesNotContain("end");
      }
    });
  }
}
