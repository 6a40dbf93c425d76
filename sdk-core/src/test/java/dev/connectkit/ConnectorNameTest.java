package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectorNameTest {
  private final Placement shared = Placement.shared("edh-shared", "scada", Stage.DEV);
  private final Placement dedicated = Placement.dedicated("sales", Stage.DEV);

  @Test
  void sharedPlacementComposesLandingZonePrefix() {
    assertThat(shared.name("analytics-snowflake").fullName())
        .isEqualTo("edh-shared-scada-dev-analytics-snowflake-connector");
  }

  @Test
  void dedicatedPlacementComposesBusinessUnitPrefix() {
    assertThat(dedicated.name("crm-http").fullName()).isEqualTo("sales-dev-crm-http-connector");
  }

  @Test
  void identifierIsNormalisedAsThePortalDoes() {
    ConnectorName name = dedicated.name("Analytics_Snowflake.v2 Orders");
    assertThat(name.id()).isEqualTo("analytics-snowflake-v2-orders");
    assertThat(ConnectorName.normalise("A_B.C D")).isEqualTo("a-b-c-d");
  }

  @Test
  void emptyIdIsRejectedAsMissing() {
    assertThatThrownBy(() -> dedicated.name("  "))
        .isInstanceOf(ConnectorValidationException.class)
        .satisfies(e -> assertThat(((ConnectorValidationException) e).violations())
            .extracting(ConfigViolation::property, ConfigViolation::rule)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "is required")));
  }

  @Test
  void idOfOnlySeparatorsIsRejected() {
    assertThatThrownBy(() -> dedicated.name("_._"))
        .hasMessageContaining("consists only of separators");
  }

  @Test
  void charactersThatCannotSurviveNormalisationAreNamed() {
    assertThatThrownBy(() -> dedicated.name("orders/v2+x"))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("'/+'")
        .hasMessageContaining("lowercase letters, digits and hyphens");
  }

  @Test
  void idAlreadyEndingInConnectorSuggestsTheBareId() {
    assertThatThrownBy(() -> dedicated.name("orders-connector"))
        .hasMessageContaining("already ends in -connector")
        .hasMessageContaining("the bare id, e.g. orders");
  }

  @Test
  void leadingOrTrailingSeparatorIsRejected() {
    assertThatThrownBy(() -> dedicated.name("_orders")).hasMessageContaining("starts or ends with a separator");
  }

  @Test
  void nameLongerThanTheLimitSaysHowLongTheIdMayBe() {
    String id = "a".repeat(60);
    assertThatThrownBy(() -> shared.name(id))
        .hasMessageContaining("over the limit of 64")
        .hasMessageContaining("an id of at most 33 characters");
    assertThat(shared.name("a".repeat(33)).fullName()).hasSize(64);
  }

  @Test
  void parseRecoversSharedPlacementAndId() {
    ConnectorName parsed = ConnectorName.parse("edh-shared-scada-dev-analytics-snowflake-connector");
    assertThat(parsed.placement()).contains(shared);
    assertThat(parsed.id()).isEqualTo("analytics-snowflake");
  }

  @Test
  void parseRecoversDedicatedPlacement() {
    ConnectorName parsed = ConnectorName.parse("sales-run-crm-http-connector");
    assertThat(parsed.placement()).contains(Placement.dedicated("sales", Stage.RUN));
    assertThat(parsed.id()).isEqualTo("crm-http");
  }

  @Test
  void parseOfIdContainingAStageWordUsesTheFirstStage() {
    ConnectorName parsed = ConnectorName.parse("sales-dev-run-reports-connector");
    assertThat(parsed.placement()).contains(dedicated);
    assertThat(parsed.id()).isEqualTo("run-reports");
  }

  @Test
  void parseRejectsNamesOutsideTheConvention() {
    assertThatThrownBy(() -> ConnectorName.parse("my-connector"))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("does not follow the naming convention");
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev-orders"))
        .isInstanceOf(ConnectorValidationException.class);
  }

  @Test
  void promoteRederivesTheNameForTheNextStage() {
    ConnectorName dev = shared.name("orders");
    assertThat(dev.promote(Stage.QAS).fullName()).isEqualTo("edh-shared-scada-qas-orders-connector");
    assertThat(dev.promote(Stage.RUN).placement()).contains(shared.withStage(Stage.RUN));
  }

  @Test
  void rawNameHasNoPlacementAndCannotBePromoted() {
    ConnectorName raw = ConnectorName.raw("file-sink");
    assertThat(raw.placement()).isEmpty();
    assertThat(raw.fullName()).isEqualTo("file-sink");
    assertThatThrownBy(() -> raw.promote(Stage.QAS)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalidBusinessUnitAndLandingZoneAreReportedTogether() {
    assertThatThrownBy(() -> Placement.shared("EDH_shared", "sc-ada", Stage.DEV))
        .isInstanceOf(ConnectorValidationException.class)
        .satisfies(e -> assertThat(((ConnectorValidationException) e).violations())
            .extracting(ConfigViolation::property)
            .containsExactly("landing_zone", "business_unit"));
  }

  @Test
  void stageParsesCaseInsensitivelyAndNamesValidValues() {
    assertThat(Stage.parse("QAS")).isEqualTo(Stage.QAS);
    assertThatThrownBy(() -> Stage.parse("prod")).hasMessageContaining("dev, qas, run");
  }
}
