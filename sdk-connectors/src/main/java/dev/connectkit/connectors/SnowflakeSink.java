package dev.connectkit.connectors;

import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.Secret;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The Snowflake Sink ({@code SnowflakeSink}): reads topics and writes Snowflake tables with Snowpipe or Snowpipe
 * Streaming, authenticating with an RSA key pair.
 *
 * <p>Required: placement, id, Kafka auth, topics (list or regex), {@code snowflake(...)} (URL, user, private key),
 * {@code database}, {@code schema}, {@code inputFormat}; {@code role} too with {@code SNOWPIPE_STREAMING}.
 *
 * <pre>{@code
 * SnowflakeSink sink = SnowflakeSink.builder()
 *     .placement(Placement.shared("edh-shared", "scada", Stage.DEV))
 *     .id("analytics-snowflake")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .topics("orders", "payments")
 *     .snowflake(SnowflakeConnection.of("https://myorg-acct.snowflakecomputing.com", "KAFKA_CONNECTOR",
 *         Secret.fromEnv("SNOWFLAKE_KEY")))
 *     .database("ANALYTICS").schema("RAW")
 *     .inputFormat(DataFormat.AVRO)
 *     .ingestionMethod(SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING).role("KAFKA_ROLE")
 *     .bufferFlushTime(Duration.ofSeconds(10))
 *     .deadLetterQueueTopic("scada-dev-snowflake-dlq")
 *     .build();           // name edh-shared-scada-dev-analytics-snowflake-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class SnowflakeSink extends SinkConnector {
  /** {@code snowflake.ingestion.method}. */
  public enum IngestionMethod {
    /** Snowpipe (files), the default. */
    SNOWPIPE,
    /** Snowpipe Streaming (rows); needs a role. */
    SNOWPIPE_STREAMING
  }

  /** {@code behavior.on.null.values}: what happens to tombstones. */
  public enum NullValues {
    /** Write an empty row. */
    DEFAULT,
    /** Skip them (Confluent's default). */
    IGNORE
  }

  private static final ConnectorSchema<SnowflakeSink, Builder> SCHEMA =
      ConnectorSchema.<SnowflakeSink, Builder>sink("SnowflakeSink", SnowflakeSink::builder)
          .required("input.data.format",
              Codec.enumeration(EnumSet.of(
                  DataFormat.JSON, DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.STRING)),
              SnowflakeSink::inputFormat, Builder::inputFormat, "the value format of the topics, e.g. AVRO")
          .field("input.key.format",
              Codec.enumeration(EnumSet.of(
                  DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON, DataFormat.STRING)),
              SnowflakeSink::inputKeyFormat, Builder::inputKeyFormat)
          .required("snowflake.url.name", SnowflakeConnection.URL, SnowflakeSink::url, Builder::url,
              SnowflakeConnection.URL_EXPECTED)
          .required("snowflake.user.name", Codec.string(), SnowflakeSink::user, Builder::user,
              "the connector's Snowflake user, via snowflake(SnowflakeConnection)")
          .required("snowflake.private.key", Codec.privateKey(), SnowflakeSink::privateKey, Builder::privateKey,
              "the user's RSA private key body, via snowflake(SnowflakeConnection)")
          .field("snowflake.private.key.passphrase", Codec.secret(), SnowflakeSink::privateKeyPassphrase,
              Builder::privateKeyPassphrase)
          .field("snowflake.role.name", Codec.string(), SnowflakeSink::role, Builder::role)
          .required("snowflake.database.name", Codec.string(), SnowflakeSink::database, Builder::database,
              "the target database")
          .required("snowflake.schema.name", Codec.string(), SnowflakeSink::schema, Builder::schema,
              "the target schema")
          .field("snowflake.topic2table.map", Codec.pairs(true, false),
              c -> c.topicToTable().isEmpty() ? Optional.empty() : Optional.of(c.topicToTable()),
              Builder::topicToTable)
          .always("snowflake.ingestion.method", Codec.enumeration(IngestionMethod.class),
              SnowflakeSink::ingestionMethod, Builder::ingestionMethod)
          .field("snowflake.metadata.createtime", Codec.bool(), SnowflakeSink::metadataCreateTime,
              Builder::metadataCreateTime)
          .field("snowflake.metadata.topic", Codec.bool(), SnowflakeSink::metadataTopic, Builder::metadataTopic)
          .field("snowflake.metadata.offset.and.partition", Codec.bool(), SnowflakeSink::metadataOffsetAndPartition,
              Builder::metadataOffsetAndPartition)
          .field("snowflake.metadata.all", Codec.bool(), SnowflakeSink::metadataAll, Builder::metadataAll)
          .field("snowflake.streaming.metadata.connectorPushTime", Codec.bool(),
              SnowflakeSink::metadataConnectorPushTime, Builder::metadataConnectorPushTime)
          .field("snowflake.enable.schematization", Codec.bool(), SnowflakeSink::schematization,
              Builder::schematization)
          .field("snowflake.streaming.iceberg.enabled", Codec.bool(), SnowflakeSink::iceberg, Builder::iceberg)
          .field("buffer.flush.time", Codec.seconds(Duration.ofSeconds(1), Duration.ofSeconds(Integer.MAX_VALUE)),
              SnowflakeSink::bufferFlushTime, Builder::bufferFlushTime)
          .field("buffer.count.records", Codec.longValue(10_000, Long.MAX_VALUE), SnowflakeSink::bufferCountRecords,
              Builder::bufferCountRecords)
          .field("buffer.size.bytes", Codec.bytes(DataSize.ofBytes(1), DataSize.ofMegabytes(100)),
              SnowflakeSink::bufferSize, Builder::bufferSize)
          .field("behavior.on.null.values", Codec.enumeration(NullValues.class), SnowflakeSink::behaviorOnNullValues,
              Builder::behaviorOnNullValues)
          .unmodelledSecrets("snowflake.https.proxyPassword")
          .rule(SnowflakeSink::checkIngestion)
          .build();

  private static void checkIngestion(SnowflakeSink c, dev.connectkit.connectors.internal.Violations out) {
    boolean streaming = c.ingestionMethod() == IngestionMethod.SNOWPIPE_STREAMING;
    if (streaming && c.role().isEmpty()) {
      out.missing("snowflake.role.name", "a role, required with snowflake.ingestion.method=SNOWPIPE_STREAMING");
    }
    if (!streaming) {
      c.bufferFlushTime().filter(d -> d.toSeconds() < 10).ifPresent(d -> out.invalid("buffer.flush.time",
          "must be at least 10 seconds with SNOWPIPE", d.toString(), "at least PT10S, or SNOWPIPE_STREAMING"));
      if (c.metadataConnectorPushTime().orElse(false)) {
        out.invalid("snowflake.streaming.metadata.connectorPushTime", "takes effect only with SNOWPIPE_STREAMING",
            "true", "SNOWPIPE_STREAMING, or leave it unset");
      }
      if (c.schematization().orElse(false)) {
        out.invalid("snowflake.enable.schematization", "takes effect only with SNOWPIPE_STREAMING", "true",
            "SNOWPIPE_STREAMING, or leave it unset");
      }
    }
    if (!c.topics().isEmpty() && !c.topicToTable().isEmpty()) {
      for (String t : c.topicToTable().keySet()) {
        if (!c.topics().contains(t)) {
          out.invalid("snowflake.topic2table.map", "maps a topic the sink does not read", t, "one of " + c.topics());
        }
      }
    }
  }

  SnowflakeSink() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableSnowflakeSink.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public SnowflakeSink promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static SnowflakeSink fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code input.data.format}. Required. */
  public abstract Optional<DataFormat> inputFormat();

  /** {@code input.key.format}; Confluent's default {@code STRING}. */
  public abstract Optional<DataFormat> inputKeyFormat();

  /** {@code snowflake.url.name}. Required. */
  public abstract Optional<String> url();

  /** {@code snowflake.user.name}. Required. */
  public abstract Optional<String> user();

  /** {@code snowflake.private.key}. Required. */
  public abstract Optional<Secret> privateKey();

  /** {@code snowflake.private.key.passphrase}, for an encrypted key. */
  public abstract Optional<Secret> privateKeyPassphrase();

  /** {@code snowflake.role.name}; required with {@code SNOWPIPE_STREAMING}. */
  public abstract Optional<String> role();

  /** {@code snowflake.database.name}. Required. */
  public abstract Optional<String> database();

  /** {@code snowflake.schema.name}. Required. */
  public abstract Optional<String> schema();

  /** {@code snowflake.topic2table.map}: topic to table, in order. */
  public abstract Map<String, String> topicToTable();

  /** {@code snowflake.ingestion.method}; default {@code SNOWPIPE}. */
  @Value.Default
  public IngestionMethod ingestionMethod() {
    return IngestionMethod.SNOWPIPE;
  }

  /** {@code snowflake.metadata.createtime}. */
  public abstract Optional<Boolean> metadataCreateTime();

  /** {@code snowflake.metadata.topic}. */
  public abstract Optional<Boolean> metadataTopic();

  /** {@code snowflake.metadata.offset.and.partition}. */
  public abstract Optional<Boolean> metadataOffsetAndPartition();

  /** {@code snowflake.metadata.all}. */
  public abstract Optional<Boolean> metadataAll();

  /** {@code snowflake.streaming.metadata.connectorPushTime}; {@code SNOWPIPE_STREAMING} only. */
  public abstract Optional<Boolean> metadataConnectorPushTime();

  /** {@code snowflake.enable.schematization}; {@code SNOWPIPE_STREAMING} only. */
  public abstract Optional<Boolean> schematization();

  /** {@code snowflake.streaming.iceberg.enabled}: must match the real table type. */
  public abstract Optional<Boolean> iceberg();

  /** {@code buffer.flush.time}: at least 10 s with SNOWPIPE, 1 s with SNOWPIPE_STREAMING; default 120 s. */
  public abstract Optional<Duration> bufferFlushTime();

  /** {@code buffer.count.records}: at least 10000 (the default). */
  public abstract Optional<Long> bufferCountRecords();

  /** {@code buffer.size.bytes} (Confluent may pin it to 10 MB). */
  public abstract Optional<DataSize> bufferSize();

  /** {@code behavior.on.null.values}. */
  public abstract Optional<NullValues> behaviorOnNullValues();

  /** Builds a {@link SnowflakeSink}; {@code build()} checks every rule at once. */
  public interface Builder extends SinkConnector.Builder<Builder> {
    /** Adds these to {@link SnowflakeSink#topics()}. */
    Builder addTopics(String... elements);

    /** Replaces {@link SnowflakeSink#topics()}. */
    Builder topics(Iterable<String> elements);

    /** Adds all of these to {@link SnowflakeSink#topics()}. */
    Builder addAllTopics(Iterable<String> elements);

    /** Sets {@link SnowflakeSink#inputFormat()}; {@code null} clears it. */
    Builder inputFormat(@Nullable DataFormat inputFormat);

    /** Sets {@link SnowflakeSink#inputKeyFormat()}; {@code null} clears it. */
    Builder inputKeyFormat(@Nullable DataFormat inputKeyFormat);

    /** Sets {@link SnowflakeSink#url()}; {@code null} clears it. */
    Builder url(@Nullable String url);

    /** Sets {@link SnowflakeSink#user()}; {@code null} clears it. */
    Builder user(@Nullable String user);

    /** Sets {@link SnowflakeSink#privateKey()}; {@code null} clears it. */
    Builder privateKey(@Nullable Secret privateKey);

    /** Sets {@link SnowflakeSink#privateKeyPassphrase()}; {@code null} clears it. */
    Builder privateKeyPassphrase(@Nullable Secret privateKeyPassphrase);

    /** Sets {@link SnowflakeSink#role()}; {@code null} clears it. */
    Builder role(@Nullable String role);

    /** Sets {@link SnowflakeSink#database()}; {@code null} clears it. */
    Builder database(@Nullable String database);

    /** Sets {@link SnowflakeSink#schema()}; {@code null} clears it. */
    Builder schema(@Nullable String schema);

    /** Puts one entry into {@link SnowflakeSink#topicToTable()}. */
    Builder topicToTable(String key, String value);

    /** Replaces {@link SnowflakeSink#topicToTable()}. */
    Builder topicToTable(Map<String, ? extends String> entries);

    /** Puts all of these into {@link SnowflakeSink#topicToTable()}. */
    Builder putAllTopicToTable(Map<String, ? extends String> entries);

    /** Sets {@link SnowflakeSink#ingestionMethod()}. */
    Builder ingestionMethod(SnowflakeSink.IngestionMethod ingestionMethod);

    /** Sets {@link SnowflakeSink#metadataCreateTime()}; {@code null} clears it. */
    Builder metadataCreateTime(@Nullable Boolean metadataCreateTime);

    /** Sets {@link SnowflakeSink#metadataTopic()}; {@code null} clears it. */
    Builder metadataTopic(@Nullable Boolean metadataTopic);

    /** Sets {@link SnowflakeSink#metadataOffsetAndPartition()}; {@code null} clears it. */
    Builder metadataOffsetAndPartition(@Nullable Boolean metadataOffsetAndPartition);

    /** Sets {@link SnowflakeSink#metadataAll()}; {@code null} clears it. */
    Builder metadataAll(@Nullable Boolean metadataAll);

    /** Sets {@link SnowflakeSink#metadataConnectorPushTime()}; {@code null} clears it. */
    Builder metadataConnectorPushTime(@Nullable Boolean metadataConnectorPushTime);

    /** Sets {@link SnowflakeSink#schematization()}; {@code null} clears it. */
    Builder schematization(@Nullable Boolean schematization);

    /** Sets {@link SnowflakeSink#iceberg()}; {@code null} clears it. */
    Builder iceberg(@Nullable Boolean iceberg);

    /** Sets {@link SnowflakeSink#bufferFlushTime()}; {@code null} clears it. */
    Builder bufferFlushTime(@Nullable Duration bufferFlushTime);

    /** Sets {@link SnowflakeSink#bufferCountRecords()}; {@code null} clears it. */
    Builder bufferCountRecords(@Nullable Long bufferCountRecords);

    /** Sets {@link SnowflakeSink#bufferSize()}; {@code null} clears it. */
    Builder bufferSize(@Nullable DataSize bufferSize);

    /** Sets {@link SnowflakeSink#behaviorOnNullValues()}; {@code null} clears it. */
    Builder behaviorOnNullValues(@Nullable NullValues behaviorOnNullValues);

    /** The config; checks every rule at once. */
    SnowflakeSink build();

    /** {@code topics}: replaces the topics read. */
    default Builder topics(String... topics) {
      return topics(Arrays.asList(topics));
    }

    /** URL, user, private key and passphrase in one go. */
    default Builder snowflake(SnowflakeConnection connection) {
      url(connection.url()).user(connection.user()).privateKey(connection.privateKey());
      connection.passphrase().ifPresent(this::privateKeyPassphrase);
      return this;
    }
  }
}
