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
  void aSharedNameWhoseLandingZoneHasAStagePartIsNeverReadAsDedicated() {
    String name = "lz-dev-sales-run-orders-connector";
    Placement shared = Placement.shared("lz-dev", "sales", Stage.RUN);
    assertThatThrownBy(() -> ConnectorName.parse(name))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("is ambiguous")
        .hasMessageContaining("dedicated(lz/dev) with id sales-run-orders")
        .hasMessageContaining("shared(lz-dev/sales/run) with id orders")
        .hasMessageContaining("ConnectorName.parse(name, placement)");
    assertThat(ConnectorName.readings(name)).extracting(ConnectorName::id).containsExactly("sales-run-orders", "orders");
    ConnectorName parsed = ConnectorName.parse(name, shared);
    assertThat(parsed.placement()).contains(shared);
    assertThat(parsed.id()).isEqualTo("orders");
    assertThat(parsed).isEqualTo(shared.name("orders"));
  }

  @Test
  void anIdWithAStageWordIsAmbiguousUntilThePlacementIsGiven() {
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev-run-reports-connector"))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("is ambiguous");
    assertThat(ConnectorName.parse("sales-dev-run-reports-connector", dedicated).id()).isEqualTo("run-reports");
  }

  @Test
  void parseInAPlacementRefusesANameOfAnotherPlacement() {
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev-orders-connector", shared))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("is not a name in placement shared(edh-shared/scada/dev)")
        .hasMessageContaining("edh-shared-scada-dev-{id}-connector");
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev--connector", dedicated))
        .isInstanceOf(ConnectorValidationException.class);
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev-connector", dedicated))
        .isInstanceOf(ConnectorValidationException.class);
  }

  @Test
  void anIdThatIsOnlyTheSuffixIsATypedViolation() {
    for (String id : new String[] {"connector", "Connector", "CONNECTOR", "x-connector", "_connector"}) {
      assertThatThrownBy(() -> dedicated.name(id)).as(id)
          .isInstanceOf(ConnectorValidationException.class)
          .satisfies(e -> assertThat(((ConnectorValidationException) e).violations())
              .extracting(ConfigViolation::property).containsExactly("id"));
    }
    assertThatThrownBy(() -> dedicated.name("connector")).hasMessageContaining("the bare id, e.g. orders");
    assertThatThrownBy(() -> ConnectorName.parse("sales-dev-connector-connector"))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("does not follow the naming convention");
  }

  @Test
  void idsAreCheckedAsAsciiBeforeAnyCaseFolding() {
    // the Kelvin sign lowercases to 'k', the dotted capital I to "i" plus a combining dot, the long s uppercases to 'S'
    for (String id : new String[] {"\u212Aafka", "\u0130nventory", "orders-\u017F", "caf\u00E9", "\uFF4Frders"}) {
      assertThat(ConnectorName.normalise(id)).as(id).doesNotMatch("[a-z0-9-]+");
      assertThatThrownBy(() -> dedicated.name(id)).as(id)
          .isInstanceOf(ConnectorValidationException.class)
          .hasMessageContaining("cannot survive normalisation");
      assertThatThrownBy(() -> ConnectorName.parse("sales-dev-" + id + "-connector")).as(id)
          .isInstanceOf(ConnectorValidationException.class);
    }
    assertThat(ConnectorName.normalise("\u212Aafka")).isNotEqualTo("kafka");
    assertThat(dedicated.name("Kafka").fullName()).isEqualTo("sales-dev-kafka-connector");
  }

  /**
   * 20,000 generated placements and ids, with landing zones, business units and ids that contain stage words: every
   * valid input builds; its full name parses back to the same placement and id or is refused as ambiguous, never read
   * as another placement; it is among its readings; parsing it in its own placement always recovers it.
   */
  @Test
  void parseNeverReturnsAnotherPlacementThanTheNameWasBuiltIn() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(0x4e414d45L);
    String[] words = {"dev", "qas", "run", "sales", "lz", "edh", "shared", "orders", "x1", "runs", "dev2"};
    int unique = 0;
    int ambiguous = 0;
    for (int n = 0; n < 20_000; n++) {
      Stage stage = Stage.values()[random.nextInt(3)];
      String businessUnit = words[random.nextInt(words.length)];
      Placement placement = random.nextBoolean()
          ? Placement.dedicated(businessUnit, stage)
          : Placement.shared(join(random, words, 1 + random.nextInt(3)), businessUnit, stage);
      String id = join(random, words, 1 + random.nextInt(3));
      if (placement.prefix().length() + id.length() + 11 > ConnectorName.MAX_LENGTH) {
        continue;
      }
      ConnectorName built = ConnectorName.of(placement, id);
      String full = built.fullName();
      assertThat(ConnectorName.readings(full)).as(full).contains(built);
      assertThat(ConnectorName.parse(full, placement)).as(full).isEqualTo(built);
      assertThat(ConnectorName.parse(full, placement).placement()).contains(placement);
      try {
        ConnectorName parsed = ConnectorName.parse(full);
        assertThat(parsed.placement()).as(full).contains(placement);
        assertThat(parsed.id()).as(full).isEqualTo(id);
        unique++;
      } catch (ConnectorValidationException e) {
        assertThat(e.getMessage()).as(full).contains("is ambiguous");
        assertThat(ConnectorName.readings(full)).as(full).hasSizeGreaterThan(1);
        ambiguous++;
      }
    }
    assertThat(unique).isGreaterThan(1000);
    assertThat(ambiguous).isGreaterThan(1000);
  }

  private static String join(java.util.SplittableRandom random, String[] words, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : "-").append(words[random.nextInt(words.length)]);
    }
    return out.toString();
  }

  /** Any string at all, ASCII or not: {@code of} builds a plain ASCII name or throws the typed exception, nothing else. */
  @Test
  void arbitraryIdsBuildAnAsciiNameOrThrowTheTypedException() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(0x1d5L);
    char[] alphabet = "aZ09-_. /\u212A\u0130\u017F\u00E9\uFF41k".toCharArray();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder id = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        id.append(alphabet[random.nextInt(alphabet.length)]);
      }
      try {
        String full = dedicated.name(id.toString()).fullName();
        assertThat(full).as(id.toString()).matches("[a-z0-9-]+");
        assertThat(id.toString()).as("only ASCII ids build").matches("[\\x20-\\x7e]+");
      } catch (ConnectorValidationException e) {
        assertThat(e.violations()).as(id.toString()).isNotEmpty();
      }
    }
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
    assertThat(Stage.parse(" run ")).isEqualTo(Stage.RUN);
    assertThatThrownBy(() -> Stage.parse("prod")).hasMessageContaining("dev, qas, run");
  }

  @Test
  void anUnknownStageIsTheTypedValidationError() {
    for (String text : new String[] {"prod", "", "qa\u017F", "DEV2"}) {
      assertThatThrownBy(() -> Stage.parse(text)).as(text)
          .isInstanceOf(ConnectorValidationException.class)
          .satisfies(e -> assertThat(((ConnectorValidationException) e).violations())
              .extracting(ConfigViolation::property).containsExactly("stage"));
    }
  }
}
