package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.testing.FakeTarget;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The field-level diff: normalised through the typed codec, server keys hidden, foreign keys flagged. */
class PlanDiffTest {
  private final Fakes f = Fakes.start(FakeTarget.SELF_SERVICE, Stage.DEV);
  private final DatagenSource orders = Fakes.datagen(Stage.DEV, "orders", "s3cr3t");
  private final ConnectorSet set = ConnectorSet.builder("sales-connectors", Stage.DEV).add(orders).build();

  @AfterEach
  void close() {
    f.close();
  }

  private Map<String, String> liveAsSent() {
    Map<String, String> live = new LinkedHashMap<>(orders.properties());
    live.put("kafka.api.key", "KEY-orders");
    live.put("kafka.api.secret", "s3cr3t");
    return live;
  }

  private Change planned(Map<String, String> live) {
    f.fake.seed(Fakes.placement(Stage.DEV), "orders", live);
    return f.deployer(Stage.DEV).build().plan(set).change("sales-dev-orders-connector").orElseThrow();
  }

  @Test
  void otherSpellingsAndLeftOutDefaultsCompareEqual() {
    Map<String, String> live = liveAsSent();
    live.put("output.data.format", "json");   // enum spelling
    live.put("max.interval", "01000");        // same number
    live.remove("tasks.max");                 // default left out
    Change change = planned(live);
    assertThat(change.kind()).isEqualTo(Change.Kind.NO_OP);
    assertThat(change.diffs()).extracting(FieldDiff::kind).containsOnly(FieldDiff.Kind.SECRET_UNVERIFIED);
  }

  @Test
  void serverOwnedKeysAndTemplateDefaultsAreHidden() {
    Map<String, String> live = liveAsSent();
    live.put("errors.tolerance", "none");     // Confluent's default for this connector
    live.put("config.internal.version", "7");
    Change change = planned(live);            // the fake adds cloud.environment, kafka.endpoint, ...
    assertThat(change.diffs()).extracting(FieldDiff::key).containsOnly("kafka.api.key", "kafka.api.secret");
    assertThat(change.kind()).isEqualTo(Change.Kind.NO_OP);
  }

  @Test
  void aChangedValueIsAnUpdateShowingTheNormalisedLiveValue() {
    Map<String, String> live = liveAsSent();
    live.put("quickstart", "users");
    Change change = planned(live);
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.diffs()).filteredOn(d -> d.key().equals("quickstart")).singleElement()
        .satisfies(d -> {
          assertThat(d.kind()).isEqualTo(FieldDiff.Kind.CHANGE);
          assertThat(d.before()).contains("USERS");
          assertThat(d.after()).contains("ORDERS");
        });
  }

  @Test
  void keysSetBySomeoneElseAreConflictsThatAnUpdateWouldErase() {
    Map<String, String> live = liveAsSent();
    live.put("custom.key", "set-in-the-ui");
    live.put("quickstart", "USERS");
    Plan plan = f.deployer(Stage.DEV).build().plan(set);
    f.fake.seed(Fakes.placement(Stage.DEV), "orders", live);
    plan = f.deployer(Stage.DEV).build().plan(set);
    Change change = plan.change("sales-dev-orders-connector").orElseThrow();
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.conflicts()).containsExactly("custom.key");
    assertThat(plan.toText()).contains("! custom.key = \"set-in-the-ui\"  set outside this set");
  }

  @Test
  void aForeignKeyAloneIsDriftNotAnUpdate() {
    Map<String, String> live = liveAsSent();
    live.put("custom.key", "x");
    Change change = planned(live);
    assertThat(change.kind()).isEqualTo(Change.Kind.NO_OP);
    assertThat(change.conflicts()).containsExactly("custom.key");
  }

  @Test
  void aKeyThisSetAppliedAndNoLongerWantsIsRemoved() {
    Ledger ledger = Ledger.inMemory();
    Deployer deployer = f.deployer(Stage.DEV).ledger(Stage.DEV, ledger).build();
    DatagenSource withExtra = orders.toBuilder().extraProperty("custom.key", "mine").build();
    ConnectorSet first = ConnectorSet.builder("sales-connectors", Stage.DEV).add(withExtra).build();
    Plan created = deployer.plan(first);
    assertThat(deployer.apply(created, created.id()).succeeded()).isTrue();

    Change change = deployer.plan(set).change("sales-dev-orders-connector").orElseThrow();
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.diffs()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(FieldDiff.Kind.REMOVE);
      assertThat(d.key()).isEqualTo("custom.key");
    });
  }

  @Test
  void thePlanIdIsAHashOfItsContent() {
    Deployer deployer = f.deployer(Stage.DEV).build();
    Plan a = deployer.plan(set);
    Plan b = deployer.plan(set);
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16);
    ConnectorSet other = ConnectorSet.builder("sales-connectors", Stage.DEV)
        .add(DesiredConnector.of(orders).paused()).build();
    assertThat(deployer.plan(other).id()).isNotEqualTo(a.id());
  }

  @Test
  void jsonIsVersionedAndCarriesEveryChange() {
    Plan plan = f.deployer(Stage.DEV).build().plan(set);
    String json = plan.toJson();
    assertThat(json).contains("\"format_version\": 1", "\"id\": \"" + plan.id() + "\"", "\"kind\": \"CREATE\"",
        "\"key\": \"kafka.api.secret\"", "\"secret\": true", "\"exit_code\": 2");
    assertThat(json).doesNotContain("s3cr3t", "KEY-orders");
    assertThat(plan.toText()).doesNotContain("s3cr3t", "KEY-orders");
  }
}
