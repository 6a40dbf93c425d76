package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.testing.FakeTarget;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Secrets under each policy, on a target that masks them (Self-Service) and one that does not (Kafka Connect). */
class SecretPolicyTest {
  private static final String NAME = "sales-dev-orders-connector";
  private Fakes f = Fakes.start(FakeTarget.SELF_SERVICE, Stage.DEV);
  private final Ledger ledger = Ledger.inMemory();

  @AfterEach
  void close() {
    f.close();
  }

  private static ConnectorSet set(String secret) {
    return ConnectorSet.builder("sales-connectors", Stage.DEV).add(Fakes.datagen(Stage.DEV, "orders", secret)).build();
  }

  private static ConnectorSet set(DesiredConnector d) {
    return ConnectorSet.builder("sales-connectors", Stage.DEV).add(d).build();
  }

  private Deployer deployer(UnaryOperator<Deployer.Builder> options) {
    return options.apply(f.deployer(Stage.DEV).ledger(Stage.DEV, ledger)).build();
  }

  private static void applied(Deployer deployer, ConnectorSet set) {
    Plan plan = deployer.plan(set);
    ApplyResult result = deployer.apply(plan, plan.id());
    assertThat(result.succeeded()).as(result.toString()).isTrue();
  }

  private Change change(Deployer deployer, ConnectorSet set) {
    return deployer.plan(set).change(NAME).orElseThrow();
  }

  @Test
  void aChangedSecretIsDetectedByItsFingerprintAndSent() {
    Deployer deployer = deployer(b -> b);
    applied(deployer, set("first"));
    assertThat(change(deployer, set("first")).kind()).isEqualTo(Change.Kind.NO_OP);

    Change rotated = change(deployer, set("second"));
    assertThat(rotated.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(rotated.diffs()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(FieldDiff.Kind.SECRET_CHANGED);
      assertThat(d.key()).isEqualTo("kafka.api.secret");
      assertThat(d.fingerprint()).hasValueSatisfying(fp -> assertThat(fp).hasSize(8));
      assertThat(d.before()).isEmpty();
      assertThat(d.after()).isEmpty();
    });
    applied(deployer, set("second"));
    assertThat(f.fake.connector(NAME).orElseThrow().config()).containsEntry("kafka.api.secret", "second");
    assertThat(change(deployer, set("second")).kind()).isEqualTo(Change.Kind.NO_OP);
  }

  @Test
  void anUpdateForAnotherReasonSendsEverySecret() {
    Deployer deployer = deployer(b -> b.secretPolicy(SecretPolicy.NEVER));
    applied(deployer, set("first"));
    DatagenSource changed = Fakes.datagen(Stage.DEV, "orders", "first").toBuilder()
        .quickstart(DatagenSource.Quickstart.USERS).build();
    applied(deployer, set(DesiredConnector.of(changed)));
    String body = f.fake.requests().stream().filter(r -> r.method().equals("PUT") && r.target().endsWith("/config"))
        .reduce((a, b) -> b).orElseThrow().body();
    assertThat(body).contains("\"kafka.api.secret\":\"first\"", "\"kafka.api.key\":\"KEY-orders\"");
  }

  @Test
  void withoutALedgerSecretsAreUnverifiedAndNeverAnUpdateByThemselves() {
    applied(deployer(b -> b), set("first"));
    Deployer lost = f.deployer(Stage.DEV).build();   // Ledger.none(): the ledger was lost
    Plan plan = lost.plan(set("rotated"));
    Change change = plan.change(NAME).orElseThrow();
    assertThat(change.kind()).isEqualTo(Change.Kind.NO_OP);
    assertThat(change.diffs()).extracting(FieldDiff::kind).containsOnly(FieldDiff.Kind.SECRET_UNVERIFIED);
    assertThat(plan.toText()).contains("unverified");
  }

  @Test
  void versionedSendsSecretsWhenTheVersionChanges() {
    Deployer deployer = deployer(b -> b.secretPolicy(SecretPolicy.VERSIONED));
    DesiredConnector v1 = DesiredConnector.of(Fakes.datagen(Stage.DEV, "orders", "first")).secretsVersion("2026-11");
    applied(deployer, set(v1));
    DesiredConnector sameVersion = v1.withConfig(Fakes.datagen(Stage.DEV, "orders", "second"));
    assertThat(change(deployer, set(sameVersion)).kind()).isEqualTo(Change.Kind.NO_OP);
    DesiredConnector v2 = sameVersion.secretsVersion("2026-12");
    Change change = change(deployer, set(v2));
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.diffs()).extracting(FieldDiff::kind).containsOnly(FieldDiff.Kind.SECRET_CHANGED);
  }

  @Test
  void alwaysSendUpdatesEveryConnectorWithSecretsOnEveryPlan() {
    Deployer deployer = deployer(b -> b.secretPolicy(SecretPolicy.ALWAYS_SEND));
    applied(deployer, set("first"));
    Change change = change(deployer, set("first"));
    assertThat(change.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(change.diffs()).extracting(FieldDiff::kind).containsOnly(FieldDiff.Kind.SECRET_RESEND);
  }

  @Test
  void neverIgnoresASecretOnlyChange() {
    Deployer deployer = deployer(b -> b.secretPolicy(SecretPolicy.NEVER));
    applied(deployer, set("first"));
    assertThat(change(deployer, set("second")).kind()).isEqualTo(Change.Kind.NO_OP);
  }

  @Test
  void anUnknownSecretIsNeverSentAndAPlanThatNeedsItIsAnError() {
    Deployer deployer = deployer(b -> b);
    DatagenSource unknown = Fakes.datagen(Stage.DEV, "orders", "x").toBuilder()
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("KEY-orders"), Secret.unknown())).build();
    Plan plan = deployer.plan(set(DesiredConnector.of(unknown)));
    assertThat(plan.exitCode()).isEqualTo(1);
    assertThat(plan.errors()).singleElement().asString()
        .contains("kafka.api.secret", "required for a create", "Secret.unknown()");
    long before = f.fake.requestCount();
    assertThatThrownBy(() -> deployer.apply(plan, plan.id())).isInstanceOf(PlanException.class)
        .hasMessageContaining("has errors");
    assertThat(f.fake.requestCount()).isEqualTo(before);

    applied(deployer, set("first"));
    assertThat(change(deployer, set(DesiredConnector.of(unknown))).kind())
        .as("an unknown secret is fine while nothing needs a write").isEqualTo(Change.Kind.NO_OP);
  }

  @Test
  void onKafkaConnectAPlaintextReadBackIsComparedWithoutALedger() {
    f.close();
    f = Fakes.start(FakeTarget.KAFKA_CONNECT, Stage.DEV);
    applied(f.deployer(Stage.DEV).build(), set("first"));
    Deployer noLedger = f.deployer(Stage.DEV).build();
    assertThat(change(noLedger, set("first")).kind()).isEqualTo(Change.Kind.NO_OP);
    Change rotated = change(noLedger, set("second"));
    assertThat(rotated.kind()).isEqualTo(Change.Kind.UPDATE);
    assertThat(rotated.diffs()).extracting(FieldDiff::kind).containsOnly(FieldDiff.Kind.SECRET_CHANGED);
    Plan plan = noLedger.plan(set("second"));
    assertThat(plan.toJson()).doesNotContain("first", "second");
  }
}
