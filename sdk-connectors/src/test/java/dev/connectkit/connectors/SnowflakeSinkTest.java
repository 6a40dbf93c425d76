package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SnowflakeSinkTest {
  static SnowflakeSink.Builder minimal() {
    return SnowflakeSink.builder()
        .placement(Placement.shared("edh-shared", "scada", Stage.DEV))
        .id("analytics-snowflake")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .topics("orders", "payments")
        .snowflake(SnowflakeConnection.of(
            "https://myorg-acct.eu-central-1.snowflakecomputing.com", "KAFKA_CONNECTOR", Secret.of("MIIEvQIBADAN")))
        .database("ANALYTICS")
        .schema("RAW")
        .inputFormat(DataFormat.AVRO);
  }

  static SnowflakeSink full() {
    return minimal()
        .snowflake(SnowflakeConnection.of(
                "myorg-acct.snowflakecomputing.com:443", "KAFKA_CONNECTOR", Secret.of("MIIEvQIBADAN"))
            .withPassphrase(Secret.of("pass phrase")))
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .tasksMax(4)
        .inputKeyFormat(DataFormat.STRING)
        .ingestionMethod(SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING)
        .role("KAFKA_ROLE")
        .topicToTable("orders", "ORDERS_RAW")
        .metadataAll(true)
        .metadataConnectorPushTime(true)
        .schematization(true)
        .iceberg(false)
        .bufferFlushTime(Duration.ofSeconds(5))
        .bufferCountRecords(20_000L)
        .bufferSize(DataSize.ofMegabytes(20))
        .behaviorOnNullValues(SnowflakeSink.NullValues.IGNORE)
        .errorTolerance(ErrorTolerance.ALL)
        .deadLetterQueueTopic("scada-dev-snowflake-dlq")
        .addTransforms(
            Transforms.valueToKey("key", "id"),
            Transforms.maskField("mask", RecordPart.VALUE, "card"),
            TimestampConverter.builder("ts", RecordPart.VALUE, TimestampConverter.Target.TIMESTAMP)
                .field("created").build())
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    SnowflakeSink sink = minimal().build();
    assertThat(sink.name().fullName()).isEqualTo("edh-shared-scada-dev-analytics-snowflake-connector");
    Golden.assertMatches(sink, "snowflake-sink-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "snowflake-sink-full");
  }

  @Test
  void streamingNeedsARole() {
    assertThat(Checks.violations(() -> minimal().ingestionMethod(SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING)
            .build()))
        .extracting(ConfigViolation::property, ConfigViolation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("snowflake.role.name", "is required"));
  }

  @Test
  void snowpipeFlushTimeIsAtLeastTenSecondsAndStreamingSwitchesAreRefused() {
    assertThat(Checks.violations(() -> minimal().bufferFlushTime(Duration.ofSeconds(5)).schematization(true)
            .metadataConnectorPushTime(true).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("buffer.flush.time", "snowflake.streaming.metadata.connectorPushTime",
            "snowflake.enable.schematization");
  }

  @Test
  void topicsAndRegexAreExclusiveAndOneIsRequired() {
    assertThat(Checks.violations(() -> minimal().topicsRegex("orders.*").build()))
        .extracting(ConfigViolation::property).containsExactly("topics.regex");
    assertThat(Checks.violations(() -> minimal().topics(java.util.List.of()).build()))
        .extracting(ConfigViolation::property).containsExactly("topics");
  }

  @Test
  void deadLetterQueueMayNotBeOneOfTheSinksTopics() {
    assertThat(Checks.violations(() -> minimal().deadLetterQueueTopic("payments").build()))
        .extracting(ConfigViolation::property).containsExactly("errors.deadletterqueue.topic.name");
    assertThat(Checks.violations(() -> minimal().topics(java.util.List.of()).topicsRegex("pay.*")
            .deadLetterQueueTopic("payments-x").build()))
        .extracting(ConfigViolation::property).containsExactly("errors.deadletterqueue.topic.name");
  }

  @Test
  void blankUrlAndPrivateKeyShapeAreRefusedWithThePlainValueShown() {
    assertThat(Checks.violations(() -> minimal().url(" ")
            .privateKey(Secret.of("-----BEGIN PRIVATE KEY-----\nMIIE")).build()))
        .extracting(ConfigViolation::property, v -> v.value().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("snowflake.url.name", " "),
            org.assertj.core.groups.Tuple.tuple("snowflake.private.key", "****"));
  }

  @Test
  void accountUrlIsAcceptedWithOrWithoutScheme() {
    assertThat(minimal().url("myorg-account123.snowflakecomputing.com").build().properties())
        .containsEntry("snowflake.url.name", "myorg-account123.snowflakecomputing.com");
    assertThat(minimal().url("https://myorg-account123.snowflakecomputing.com:443").build().properties())
        .containsEntry("snowflake.url.name", "https://myorg-account123.snowflakecomputing.com:443");
  }

  @Test
  void sinksRefuseTopicRegexRouterAndEveryConnectorRefusesRegexRouter() {
    assertThat(Checks.violations(() -> minimal().addTransforms(
            Transforms.topicRegexRouter("route", "(.*)", "x-$1"),
            Transforms.regexRouter("route2", "(.*)", "x-$1")).build()))
        .extracting(ConfigViolation::rule)
        .containsExactly("is available on source connectors only",
            "is not available on Confluent Cloud managed connectors");
  }

  @Test
  void missingConnectionReportsEveryRequiredPart() {
    assertThat(Checks.violations(() -> SnowflakeSink.builder().build()))
        .extracting(ConfigViolation::property)
        .containsExactly("placement", "id", "kafka.auth.mode", "topics", "input.data.format", "snowflake.url.name",
            "snowflake.user.name", "snowflake.private.key", "snowflake.database.name", "snowflake.schema.name");
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), SnowflakeSink::fromConfig);
    Checks.roundTrips(minimal().kafkaAuth(KafkaAuth.apiKey(Secret.of("k"), Secret.of("s"))).build(),
        SnowflakeSink::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
  }

  @Test
  void promoteKeepsEverythingButTheStage() {
    SnowflakeSink run = full().promote(Stage.RUN);
    assertThat(run.name().fullName()).isEqualTo("edh-shared-scada-run-analytics-snowflake-connector");
    assertThat(run.properties()).isEqualTo(full().properties());
    assertThat(run.toBuilder().build()).isEqualTo(run);
  }
}
