package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatagenSourceTest {
  static DatagenSource.Builder minimal() {
    return DatagenSource.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("orders-datagen")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .topic("sales-dev-orders")
        .quickstart(DatagenSource.Quickstart.ORDERS);
  }

  static DatagenSource full() {
    return DatagenSource.builder()
        .placement(Placement.shared("edh-shared", "scada", Stage.DEV))
        .id("orders-datagen")
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("KEY123"), Secret.of("s3cr3t")))
        .tasksMax(2)
        .topic("scada-dev-orders")
        .outputFormat(DataFormat.AVRO)
        .schemaString("{\"type\":\"record\",\"name\":\"o\",\"fields\":[{\"name\":\"id\",\"type\":\"int\"}]}")
        .schemaKeyField("id")
        .maxInterval(Duration.ofMillis(250))
        .errorTolerance(ErrorTolerance.NONE)
        .addTransforms(
            InsertField.builder("meta", RecordPart.VALUE).topicField("topic").staticField("src", "gen").build(),
            Transforms.topicRegexRouter("route", "scada-dev-(.*)", "scada-dev-copy-$1"),
            Transforms.filter("dropTombstones").when(Predicate.recordIsTombstone("isTombstone")))
        .extraProperty("producer.override.linger.ms", "10")
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    DatagenSource config = minimal().build();
    assertThat(config.name().fullName()).isEqualTo("sales-dev-orders-datagen-connector");
    assertThat(config.connectorClass()).isEqualTo("DatagenSource");
    Golden.assertMatches(config, "datagen-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    DatagenSource config = full();
    assertThat(config.name().fullName()).isEqualTo("edh-shared-scada-dev-orders-datagen-connector");
    assertThat(config.secrets()).containsOnlyKeys("kafka.api.key", "kafka.api.secret");
    Golden.assertMatches(config, "datagen-full");
  }

  @Test
  void propertiesSecretsAndNameAreComputedOnceAndCannotBeChanged() {
    DatagenSource config = full();
    assertThat(config.properties()).isSameAs(config.properties());
    assertThat(config.secrets()).isSameAs(config.secrets());
    assertThat(config.name()).isSameAs(config.name());
    assertThatThrownBy(() -> config.properties().put("tasks.max", "9"))
        .isInstanceOf(UnsupportedOperationException.class);
    DatagenSource changed = config.toBuilder().tasksMax(3).build();
    assertThat(changed.properties()).containsEntry("tasks.max", "3");
    assertThat(config.properties()).doesNotContainEntry("tasks.max", "3");
  }

  @Test
  void missingEverythingReportsAllViolationsTogether() {
    assertThatThrownBy(() -> DatagenSource.builder().tasksMax(0).build())
        .isInstanceOfSatisfying(
            ConnectorValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(ConfigViolation::property)
                    .contains("placement", "id", "kafka.auth.mode", "tasks.max", "kafka.topic", "quickstart"));
  }

  @Test
  void serviceAccountIdMustBeSaDashLowercaseLettersAndDigits() {
    for (String bad : new String[] {"sa-", "SA-abc", "sa-ABC", "sa-ab_c", "abc123", "sa-abc "}) {
      assertThatThrownBy(() -> minimal().kafkaAuth(KafkaAuth.serviceAccount(bad)).build()).as(bad)
          .isInstanceOfSatisfying(
              ConnectorValidationException.class,
              e -> assertThat(e.violations()).extracting(ConfigViolation::property, ConfigViolation::rule)
                  .contains(org.assertj.core.groups.Tuple.tuple(
                      "kafka.service.account.id", "is not a service account id")));
    }
    assertThat(minimal().kafkaAuth(KafkaAuth.serviceAccount("sa-0z9")).build().properties())
        .containsEntry("kafka.service.account.id", "sa-0z9");
  }

  @Test
  void quickstartAndSchemaStringTogetherIsRefused() {
    assertThatThrownBy(() -> minimal().schemaString("{}").build())
        .isInstanceOfSatisfying(
            ConnectorValidationException.class,
            e -> assertThat(e.violations()).extracting(ConfigViolation::rule)
                .containsExactly("is set together with schema.string"));
  }

  @Test
  void unsupportedOutputFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> minimal().outputFormat(DataFormat.CSV).build())
        .isInstanceOfSatisfying(
            ConnectorValidationException.class,
            e -> {
              ConfigViolation v = e.violations().get(0);
              assertThat(v.property()).isEqualTo("output.data.format");
              assertThat(v.value()).contains("CSV");
              assertThat(v.expected()).isEqualTo("one of AVRO, JSON_SR, PROTOBUF, JSON");
            });
  }

  @Test
  void badIdViolationArrivesWithTheOthers() {
    assertThatThrownBy(() -> minimal().id("orders/v2").topic("bad topic").build())
        .isInstanceOfSatisfying(
            ConnectorValidationException.class,
            e -> assertThat(e.violations()).extracting(ConfigViolation::property)
                .containsExactly("id", "kafka.topic"));
  }

  @Test
  void extraPropertyCannotOverrideModelledProperty() {
    assertThatThrownBy(() -> minimal().extraProperty("kafka.topic", "other").build())
        .isInstanceOfSatisfying(
            ConnectorValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).contains("is modelled by the DatagenSource builder"));
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentThrowsTheTypedExceptionNotANullPointerException() {
    DataFormat missing = null;
    assertThatThrownBy(() -> minimal().outputFormat(missing))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("outputFormat");
  }

  @Test
  void nullClearsAnOptionalValueAndBuildNamesWhatIsThenMissing() {
    DatagenSource built = minimal().build();
    assertThat(built.toBuilder().schemaKeyField("id").schemaKeyField(null).build()).isEqualTo(built);
    assertThat(Checks.violations(() -> built.toBuilder().topic(null).build()))
        .extracting(ConfigViolation::property).containsExactly("kafka.topic");
  }

  @Test
  void maskedValueAsExtraPropertyIsRefused() {
    assertThat(Checks.violations(() -> minimal().extraProperty("producer.override.linger.ms", "******").build()))
        .extracting(ConfigViolation::rule).containsExactly("is a value the server masked");
  }

  @Test
  void fromConfigReportsUnreadableValuesWithTheBuildViolations() {
    Map<String, String> wire = Checks.wire(minimal().build(), false);
    wire.put("max.interval", "soon");
    wire.remove("kafka.topic");
    assertThat(Checks.violations(() -> DatagenSource.fromConfig(wire)))
        .extracting(ConfigViolation::property).containsExactly("max.interval", "kafka.topic");
  }

  @Test
  void fromConfigRoundTripsFullConfig() {
    DatagenSource config = full();
    Map<String, String> wire = new LinkedHashMap<>(config.properties());
    wire.put("name", config.name().fullName());
    config.secrets().forEach((k, v) -> wire.put(k, v.reveal()));
    assertThat(DatagenSource.fromConfig(wire)).isEqualTo(config);
  }

  @Test
  void fromConfigTurnsMaskedSecretsIntoUnknown() {
    DatagenSource config = full();
    Map<String, String> wire = new LinkedHashMap<>(config.properties());
    wire.put("name", config.name().fullName());
    wire.put("kafka.api.key", "****************");
    wire.put("kafka.api.secret", "****************");
    wire.put("kafka.endpoint", "SASL_SSL://pkc.example:9092");
    DatagenSource back = DatagenSource.fromConfig(wire);
    assertThat(back.hasUnknownSecrets()).isTrue();
    assertThat(back.kafkaAuth().apiSecret().orElseThrow().isKnown()).isFalse();
    // errors.tolerance=none is the template's default: a server's read-back cannot tell it from a filled-in one
    assertThat(back.properties()).isEqualTo(config.toBuilder().errorTolerance(null).build().properties());
  }

  @Test
  void redactionHidesSecretsEverywhere() {
    DatagenSource config = full();
    assertThat(config.toString()).doesNotContain("s3cr3t").doesNotContain("KEY123");
    assertThat(config.redacted()).containsEntry("kafka.api.secret", "****");
    assertThat(config.properties()).doesNotContainKeys("kafka.api.key", "kafka.api.secret", "name");
  }

  @Test
  void promoteReDerivesTheName() {
    DatagenSource qas = full().promote(Stage.QAS);
    assertThat(qas.name().fullName()).isEqualTo("edh-shared-scada-qas-orders-datagen-connector");
    assertThat(qas.properties()).isEqualTo(full().properties());
  }
}
