package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.connectors.internal.Violations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The Snowflake Source ({@code SnowflakeSource}): snapshots tables, then polls them for new or changed rows; one topic
 * per table, named {@code topicPrefix + DB.SCHEMA.TABLE}. Deletes are not captured.
 *
 * <p>Required: placement, id, Kafka auth, {@code snowflake(...)} (host-only URL, user, private key), {@code mode},
 * {@code topicPrefix}, {@code timezone}; the timestamp and/or incrementing column mapping the mode needs.
 * {@code outputFormat} defaults to {@code AVRO} (AVRO, JSON_SR, PROTOBUF: Schema Registry needed).
 *
 * <pre>{@code
 * SnowflakeSource crm = SnowflakeSource.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("crm-snowflake")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .snowflake(SnowflakeConnection.of("myorg_myaccount.snowflakecomputing.com", "KAFKA_READER",
 *         Secret.fromEnv("SNOWFLAKE_KEY")))
 *     .mode(SnowflakeSource.Mode.TIMESTAMP_INCREMENTING)
 *     .timestampColumn("DB.CRM.ORDERS", List.of("UPDATED_AT"))
 *     .incrementingColumn("DB.CRM.ORDERS", "ID")
 *     .addTableInclude("DB.CRM.ORDERS")
 *     .timezone(ZoneId.of("UTC"))
 *     .topicPrefix("sales-dev-crm.")
 *     .build();          // name sales-dev-crm-snowflake-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class SnowflakeSource extends ManagedConnector {
  /** {@code mode}: how new and changed rows are found. */
  public enum Mode {
    /** Timestamp column(s). */
    TIMESTAMP,
    /** A strictly increasing column (new rows only). */
    INCREMENTING,
    /** Both. */
    TIMESTAMP_INCREMENTING,
    /** Reload every table on each poll. */
    BULK;

    /** {@code timestamp}, {@code incrementing}, {@code timestamp+incrementing} or {@code bulk}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '+');
    }

    boolean timestamps() {
      return this == TIMESTAMP || this == TIMESTAMP_INCREMENTING;
    }

    boolean incrementing() {
      return this == INCREMENTING || this == TIMESTAMP_INCREMENTING;
    }
  }

  /** {@code connection.credentials.source}. */
  public enum CredentialsSource {
    /** An unencrypted key. */
    PRIVATE_KEY,
    /** An encrypted key and its passphrase. */
    PRIVATE_KEY_PASSPHRASE
  }

  /** {@code table.types}. */
  public enum TableType {
    /** Tables. */
    TABLE,
    /** Views. */
    VIEW
  }

  /** {@code timestamp.granularity}. */
  public enum TimestampGranularity {
    /** Connect logical timestamps (ms). */
    CONNECT_LOGICAL,
    /** Nanoseconds as long (default). */
    NANOS_LONG,
    /** Nanoseconds as string. */
    NANOS_STRING
  }

  /** {@code quote.sql.identifiers}. */
  public enum QuoteIdentifiers {
    /** Never (default). */
    NEVER,
    /** Always (case-sensitive names, reserved words). */
    ALWAYS;

    /** Lowercase, as sent. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final ConnectorSchema<SnowflakeSource, Builder> SCHEMA =
      ConnectorSchema.<SnowflakeSource, Builder>source("SnowflakeSource", SnowflakeSource::builder)
          .required("connection.url", SnowflakeConnection.URL, SnowflakeSource::url, Builder::url,
              SnowflakeConnection.URL_EXPECTED)
          .required("connection.user", Codec.string(), SnowflakeSource::user, Builder::user,
              "the Snowflake user, via snowflake(SnowflakeConnection)")
          .always("connection.credentials.source", Codec.enumeration(CredentialsSource.class),
              SnowflakeSource::credentialsSource, Builder::credentialsSource)
          .required("connection.private.key", Codec.privateKey(), SnowflakeSource::privateKey, Builder::privateKey,
              "the user's RSA private key body, via snowflake(SnowflakeConnection)")
          .field("connection.private.key.passphrase", Codec.secret(), SnowflakeSource::privateKeyPassphrase,
              Builder::privateKeyPassphrase)
          .always("output.data.format",
              Codec.enumeration(EnumSet.of(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF)),
              SnowflakeSource::outputFormat, Builder::outputFormat)
          .required("topic.prefix", Codec.topic(false), SnowflakeSource::topicPrefix, Builder::topicPrefix,
              "the topic prefix, e.g. sales-dev-crm.")
          .required("mode", Codec.enumeration(Mode.class), SnowflakeSource::mode, Builder::mode,
              "timestamp, incrementing, timestamp+incrementing or bulk")
          .field("table.include.list", Codec.list(),
              c -> c.tableIncludes().isEmpty() ? Optional.empty() : Optional.of(c.tableIncludes()),
              Builder::tableIncludes)
          .field("table.exclude.list", Codec.list(),
              c -> c.tableExcludes().isEmpty() ? Optional.empty() : Optional.of(c.tableExcludes()),
              Builder::tableExcludes)
          .field("timestamp.columns.mapping", Codec.columnsMapping(),
              c -> c.timestampColumns().isEmpty() ? Optional.empty() : Optional.of(c.timestampColumns()),
              Builder::timestampColumns)
          .field("incrementing.column.mapping", Codec.pairs(false, false),
              c -> c.incrementingColumns().isEmpty() ? Optional.empty() : Optional.of(c.incrementingColumns()),
              Builder::incrementingColumns)
          .required("db.timezone", Codec.zoneId(), SnowflakeSource::timezone, Builder::timezone,
              "the account's time zone, e.g. ZoneId.of(\"UTC\")")
          .field("timestamp.initial", Codec.epochMillis(), SnowflakeSource::initialTimestamp,
              Builder::initialTimestamp)
          .field("table.types", Codec.enumList(TableType.class),
              c -> c.tableTypes().isEmpty() ? Optional.empty() : Optional.of(c.tableTypes()), Builder::tableTypes)
          .field("timestamp.granularity", Codec.enumeration(TimestampGranularity.class),
              SnowflakeSource::timestampGranularity, Builder::timestampGranularity)
          .field("poll.interval.ms", Codec.millis(Duration.ofMillis(1), Duration.ofMillis(Integer.MAX_VALUE)),
              SnowflakeSource::pollInterval, Builder::pollInterval)
          .field("quote.sql.identifiers", Codec.enumeration(QuoteIdentifiers.class),
              SnowflakeSource::quoteIdentifiers, Builder::quoteIdentifiers)
          .rule(SnowflakeSource::checkRules)
          .build();

  private static void checkRules(SnowflakeSource c, Violations out) {
    if (c.credentialsSource() == CredentialsSource.PRIVATE_KEY_PASSPHRASE && c.privateKeyPassphrase().isEmpty()) {
      out.missing("connection.private.key.passphrase", "the key's passphrase with PRIVATE_KEY_PASSPHRASE");
    }
    if (c.credentialsSource() == CredentialsSource.PRIVATE_KEY && c.privateKeyPassphrase().isPresent()) {
      out.invalid("connection.private.key.passphrase", "is set with connection.credentials.source=PRIVATE_KEY",
          Secret.MASK, "PRIVATE_KEY_PASSPHRASE, or no passphrase");
    }
    c.mode().ifPresent(mode -> {
      if (mode.timestamps() && c.timestampColumns().isEmpty()) {
        out.missing("timestamp.columns.mapping", "timestampColumns(tableRegex, columns) with mode " + mode);
      }
      if (!mode.timestamps() && !c.timestampColumns().isEmpty()) {
        out.invalid("timestamp.columns.mapping", "is not used with mode " + mode,
            String.valueOf(c.timestampColumns().keySet()), "mode timestamp or timestamp+incrementing");
      }
      if (mode.incrementing() && c.incrementingColumns().isEmpty()) {
        out.missing("incrementing.column.mapping", "incrementingColumn(tableRegex, column) with mode " + mode);
      }
      if (!mode.incrementing() && !c.incrementingColumns().isEmpty()) {
        out.invalid("incrementing.column.mapping", "is not used with mode " + mode,
            String.valueOf(c.incrementingColumns().keySet()), "mode incrementing or timestamp+incrementing");
      }
    });
    for (String r : c.incrementingColumns().keySet()) {
      Codec.checkRegex("incrementing.column.mapping", r, out);
    }
    for (String r : c.tableIncludes()) {
      Codec.checkRegex("table.include.list", r, out);
    }
    for (String r : c.tableExcludes()) {
      Codec.checkRegex("table.exclude.list", r, out);
    }
  }

  SnowflakeSource() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableSnowflakeSource.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public SnowflakeSource promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static SnowflakeSource fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code connection.url}: the account URL or host. Required. */
  public abstract Optional<String> url();

  /** {@code connection.user}. Required. */
  public abstract Optional<String> user();

  /** {@code connection.private.key}. Required. */
  public abstract Optional<Secret> privateKey();

  /** {@code connection.private.key.passphrase}. */
  public abstract Optional<Secret> privateKeyPassphrase();

  /** {@code connection.credentials.source}; follows whether a passphrase is set. */
  @Value.Default
  public CredentialsSource credentialsSource() {
    return privateKeyPassphrase().isPresent() ? CredentialsSource.PRIVATE_KEY_PASSPHRASE
        : CredentialsSource.PRIVATE_KEY;
  }

  /** {@code output.data.format}; default {@code AVRO}. */
  @Value.Default
  public DataFormat outputFormat() {
    return DataFormat.AVRO;
  }

  /** {@code topic.prefix}. Required. */
  public abstract Optional<String> topicPrefix();

  /** {@code mode}. Required. */
  public abstract Optional<Mode> mode();

  /** {@code table.include.list}: regexes over {@code DB.SCHEMA.TABLE}. */
  public abstract List<String> tableIncludes();

  /** {@code table.exclude.list}. */
  public abstract List<String> tableExcludes();

  /** {@code timestamp.columns.mapping}: table regex to TIMESTAMP_NTZ columns. */
  public abstract Map<String, List<String>> timestampColumns();

  /** {@code incrementing.column.mapping}: table regex to its increasing column. */
  public abstract Map<String, String> incrementingColumns();

  /** {@code db.timezone}. Required. */
  public abstract Optional<ZoneId> timezone();

  /** {@code timestamp.initial}: start from this instant instead of the epoch. */
  public abstract Optional<Instant> initialTimestamp();

  /** {@code table.types}. */
  public abstract List<TableType> tableTypes();

  /** {@code timestamp.granularity}. */
  public abstract Optional<TimestampGranularity> timestampGranularity();

  /** {@code poll.interval.ms}. */
  public abstract Optional<Duration> pollInterval();

  /** {@code quote.sql.identifiers}. */
  public abstract Optional<QuoteIdentifiers> quoteIdentifiers();

  /** Builds a {@link SnowflakeSource}; {@code build()} checks every rule at once. */
  public interface Builder extends ManagedConnector.Builder<Builder> {
    /** Sets {@link SnowflakeSource#url()}; {@code null} clears it. */
    Builder url(@Nullable String url);

    /** Sets {@link SnowflakeSource#user()}; {@code null} clears it. */
    Builder user(@Nullable String user);

    /** Sets {@link SnowflakeSource#privateKey()}; {@code null} clears it. */
    Builder privateKey(@Nullable Secret privateKey);

    /** Sets {@link SnowflakeSource#privateKeyPassphrase()}; {@code null} clears it. */
    Builder privateKeyPassphrase(@Nullable Secret privateKeyPassphrase);

    /** Sets {@link SnowflakeSource#credentialsSource()}. */
    Builder credentialsSource(SnowflakeSource.CredentialsSource credentialsSource);

    /** Sets {@link SnowflakeSource#outputFormat()}. */
    Builder outputFormat(DataFormat outputFormat);

    /** Sets {@link SnowflakeSource#topicPrefix()}; {@code null} clears it. */
    Builder topicPrefix(@Nullable String topicPrefix);

    /** Sets {@link SnowflakeSource#mode()}; {@code null} clears it. */
    Builder mode(@Nullable Mode mode);

    /** Adds one to {@link SnowflakeSource#tableIncludes()}. */
    Builder addTableInclude(String element);

    /** Adds these to {@link SnowflakeSource#tableIncludes()}. */
    Builder addTableIncludes(String... elements);

    /** Replaces {@link SnowflakeSource#tableIncludes()}. */
    Builder tableIncludes(Iterable<String> elements);

    /** Adds all of these to {@link SnowflakeSource#tableIncludes()}. */
    Builder addAllTableIncludes(Iterable<String> elements);

    /** Adds one to {@link SnowflakeSource#tableExcludes()}. */
    Builder addTableExclude(String element);

    /** Adds these to {@link SnowflakeSource#tableExcludes()}. */
    Builder addTableExcludes(String... elements);

    /** Replaces {@link SnowflakeSource#tableExcludes()}. */
    Builder tableExcludes(Iterable<String> elements);

    /** Adds all of these to {@link SnowflakeSource#tableExcludes()}. */
    Builder addAllTableExcludes(Iterable<String> elements);

    /** Puts one entry into {@link SnowflakeSource#timestampColumns()}. */
    Builder timestampColumn(String key, List<String> value);

    /** Replaces {@link SnowflakeSource#timestampColumns()}. */
    Builder timestampColumns(Map<String, ? extends List<String>> entries);

    /** Puts all of these into {@link SnowflakeSource#timestampColumns()}. */
    Builder putAllTimestampColumns(Map<String, ? extends List<String>> entries);

    /** Puts one entry into {@link SnowflakeSource#incrementingColumns()}. */
    Builder incrementingColumn(String key, String value);

    /** Replaces {@link SnowflakeSource#incrementingColumns()}. */
    Builder incrementingColumns(Map<String, ? extends String> entries);

    /** Puts all of these into {@link SnowflakeSource#incrementingColumns()}. */
    Builder putAllIncrementingColumns(Map<String, ? extends String> entries);

    /** Sets {@link SnowflakeSource#timezone()}; {@code null} clears it. */
    Builder timezone(@Nullable ZoneId timezone);

    /** Sets {@link SnowflakeSource#initialTimestamp()}; {@code null} clears it. */
    Builder initialTimestamp(@Nullable Instant initialTimestamp);

    /** Adds one to {@link SnowflakeSource#tableTypes()}. */
    Builder addTableType(SnowflakeSource.TableType element);

    /** Adds these to {@link SnowflakeSource#tableTypes()}. */
    Builder addTableTypes(SnowflakeSource.TableType... elements);

    /** Replaces {@link SnowflakeSource#tableTypes()}. */
    Builder tableTypes(Iterable<? extends SnowflakeSource.TableType> elements);

    /** Adds all of these to {@link SnowflakeSource#tableTypes()}. */
    Builder addAllTableTypes(Iterable<? extends SnowflakeSource.TableType> elements);

    /** Sets {@link SnowflakeSource#timestampGranularity()}; {@code null} clears it. */
    Builder timestampGranularity(@Nullable TimestampGranularity timestampGranularity);

    /** Sets {@link SnowflakeSource#pollInterval()}; {@code null} clears it. */
    Builder pollInterval(@Nullable Duration pollInterval);

    /** Sets {@link SnowflakeSource#quoteIdentifiers()}; {@code null} clears it. */
    Builder quoteIdentifiers(@Nullable QuoteIdentifiers quoteIdentifiers);

    /** The config; checks every rule at once. */
    SnowflakeSource build();

    /** Host, user, private key and passphrase in one go. */
    default Builder snowflake(SnowflakeConnection connection) {
      url(connection.url()).user(connection.user()).privateKey(connection.privateKey());
      connection.passphrase().ifPresent(this::privateKeyPassphrase);
      return this;
    }
  }
}
