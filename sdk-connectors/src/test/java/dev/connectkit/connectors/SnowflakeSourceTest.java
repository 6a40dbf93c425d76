package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnowflakeSourceTest {
  static SnowflakeSource.Builder minimal() {
    return SnowflakeSource.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("crm-snowflake")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .snowflake(SnowflakeConnection.of(
            "myorg_myaccount.snowflakecomputing.com", "KAFKA_READER", Secret.of("MIIEvQIBADAN")))
        .mode(SnowflakeSource.Mode.BULK)
        .timezone(ZoneId.of("UTC"))
        .topicPrefix("sales-dev-crm.");
  }

  static SnowflakeSource full() {
    return minimal()
        .snowflake(SnowflakeConnection.of(
                "myorg_myaccount.snowflakecomputing.com", "KAFKA_READER", Secret.of("MIIEvQIBADAN"))
            .withPassphrase(Secret.of("phr4se")))
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .mode(SnowflakeSource.Mode.TIMESTAMP_INCREMENTING)
        .timestampColumn("DB.CRM.ORDERS.*", List.of("UPDATED_AT", "CREATED_AT"))
        .incrementingColumn("DB.CRM.ORDERS.*", "ID")
        .addTableInclude("DB.CRM.ORDERS.*")
        .addTableExclude("DB.CRM.ORDERS_TMP")
        .addTableTypes(SnowflakeSource.TableType.TABLE, SnowflakeSource.TableType.VIEW)
        .outputFormat(DataFormat.PROTOBUF)
        .initialTimestamp(Instant.parse("2026-01-01T00:00:00Z"))
        .timestampGranularity(SnowflakeSource.TimestampGranularity.CONNECT_LOGICAL)
        .pollInterval(Duration.ofSeconds(30))
        .quoteIdentifiers(SnowflakeSource.QuoteIdentifiers.ALWAYS)
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    Golden.assertMatches(minimal().build(), "snowflake-source-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "snowflake-source-full");
  }

  @Test
  void modeDecidesWhichColumnMappingsAreNeeded() {
    assertThat(Checks.violations(() -> minimal().mode(SnowflakeSource.Mode.TIMESTAMP_INCREMENTING).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("timestamp.columns.mapping", "incrementing.column.mapping");
    assertThat(Checks.violations(() -> minimal().incrementingColumn("DB.X", "ID").build()))
        .extracting(ConfigViolation::property).containsExactly("incrementing.column.mapping");
  }

  @Test
  void passphraseSourceNeedsAPassphrase() {
    assertThat(Checks.violations(() -> minimal()
            .credentialsSource(SnowflakeSource.CredentialsSource.PRIVATE_KEY_PASSPHRASE).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("connection.private.key.passphrase");
  }

  @Test
  void accountUrlIsAcceptedWithHttpsAsTheSinkAcceptsIt() {
    assertThat(minimal().url("https://myorg-myaccount.snowflakecomputing.com").build().properties())
        .containsEntry("connection.url", "https://myorg-myaccount.snowflakecomputing.com");
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), SnowflakeSource::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
  }

  @Test
  void promoteReDerivesTheName() {
    assertThat(full().promote(Stage.RUN).name().fullName()).isEqualTo("sales-run-crm-snowflake-connector");
  }
}
