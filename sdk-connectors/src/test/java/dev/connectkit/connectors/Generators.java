package dev.connectkit.connectors;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** One random config attempt per connector; {@code build()} is called by the caller through the supplier. */
final class Generators {
  private Generators() {}

  /** Every connector's generator, by plugin. */
  static final List<Entry> ALL =
      List.of(
          new Entry("DatagenSource", Generators::datagen),
          new Entry("SnowflakeSink", Generators::snowflakeSink),
          new Entry("S3Source", Generators::s3Source));

  static final class Entry {
    final String plugin;
    final Function<Gen, ConnectorConfig> build;

    Entry(String plugin, Function<Gen, ConnectorConfig> build) {
      this.plugin = plugin;
      this.build = build;
    }
  }

  static ConnectorConfig datagen(Gen g) {
    DatagenSource.Builder b = g.common(DatagenSource.builder(), ConnectorType.SOURCE);
    if (!g.breakIt(20)) {
      b.topic(g.topic());
    }
    if (g.maybe()) {
      b.outputFormat(g.breakIt(5) ? DataFormat.CSV : g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF,
          DataFormat.JSON));
    }
    boolean quick = g.maybe();
    if (quick || g.breakIt(10)) {
      b.quickstart(g.pick(DatagenSource.Quickstart.values()));
    }
    if (!quick && !g.breakIt(10)) {
      b.schemaString("{\"type\":\"record\",\"name\":\"" + g.word() + "\",\"fields\":[]}");
    }
    if (g.maybe()) {
      b.schemaKeyField(g.word());
    }
    if (g.maybe()) {
      b.maxInterval(g.millis(1, 60_000));
    }
    return b.build();
  }

  static ConnectorConfig snowflakeSink(Gen g) {
    SnowflakeSink.Builder b = g.common(SnowflakeSink.builder(), ConnectorType.SINK);
    List<String> topics = List.of(g.topic(), g.topic());
    boolean regex = g.between(0, 3) == 0;
    if (regex) {
      b.topicsRegex(g.breakIt(10) ? "orders(" : "orders-.*");
    }
    if (!regex || g.breakIt(15)) {
      b.topics(topics);
    }
    if (g.maybe()) {
      b.deadLetterQueueTopic(g.breakIt(10) ? topics.get(0) : g.pick("dlq-${connector}", "snowflake-dlq"));
    }
    if (!g.breakIt(20)) {
      b.snowflake(SnowflakeConnection.of(
          g.breakIt(10) ? "http://example.com" : "https://" + g.word() + ".eu-central-1.snowflakecomputing.com",
          g.upperWord(), g.breakIt(10) ? dev.connectkit.Secret.of("-----BEGIN KEY-----\nabc") : g.secret()));
    }
    if (g.maybe()) {
      b.privateKeyPassphrase(g.secret());
    }
    if (!g.breakIt(20)) {
      b.database(g.upperWord()).schema(g.upperWord());
    }
    if (!g.breakIt(20)) {
      b.inputFormat(g.pick(DataFormat.JSON, DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF,
          DataFormat.STRING, g.breakIt(3) ? DataFormat.PARQUET : DataFormat.AVRO));
    }
    if (g.maybe()) {
      b.inputKeyFormat(g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON,
          DataFormat.STRING));
    }
    boolean streaming = g.maybe();
    b.ingestionMethod(streaming ? SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING
        : SnowflakeSink.IngestionMethod.SNOWPIPE);
    if (streaming && !g.breakIt(10)) {
      b.role(g.upperWord());
    }
    if (g.maybe()) {
      b.bufferFlushTime(Duration.ofSeconds(streaming || g.breakIt(10) ? g.between(1, 600) : g.between(10, 600)));
    }
    if (g.maybe()) {
      b.bufferCountRecords(g.breakIt(10) ? 5L : 10_000L + g.between(0, 100_000));
    }
    if (g.maybe()) {
      b.bufferSize(DataSize.ofMegabytes(g.pick(10, 20, 50, 100)));
    }
    if (g.maybe()) {
      b.metadataAll(g.maybe()).metadataTopic(g.maybe()).metadataCreateTime(g.maybe())
          .metadataOffsetAndPartition(g.maybe()).iceberg(g.maybe());
    }
    if (streaming || g.breakIt(10)) {
      b.schematization(g.maybe()).metadataConnectorPushTime(g.maybe());
    }
    if (g.maybe() && !regex) {
      b.topicToTable(topics.get(0), g.upperWord());
    }
    if (g.maybe()) {
      b.behaviorOnNullValues(g.pick(SnowflakeSink.NullValues.values()));
    }
    return b.build();
  }

  static ConnectorConfig s3Source(Gen g) {
    S3Source.Builder b = g.common(S3Source.builder(), ConnectorType.SOURCE);
    if (g.maybe()) {
      b.awsCredentials(AwsCredentials.of(g.secret(), g.secret()));
      if (g.breakIt(10)) {
        b.providerIntegrationId("cspi-1");
      }
    } else if (!g.breakIt(10)) {
      b.iamRole("cspi-" + g.word());
    }
    if (!g.breakIt(20)) {
      b.bucket(g.breakIt(10) ? "Bad_Bucket" : "bucket-" + g.word());
    }
    if (!g.breakIt(20)) {
      b.region(g.breakIt(10) ? "europe" : g.pick("eu-central-1", "us-east-2", "us-gov-west-1"));
    }
    int n = g.breakIt(20) ? 0 : g.between(1, 3);
    for (int i = 0; i < n; i++) {
      b.topicRegex(g.topic(), g.breakIt(15) ? "[" : g.pick(".*\\.json", "orders/.*", "(a|b)/.*"));
    }
    DataFormat in = g.pick(DataFormat.AVRO, DataFormat.JSON, DataFormat.BYTES, DataFormat.PARQUET, DataFormat.CSV);
    if (!g.breakIt(20)) {
      b.inputFormat(in);
    }
    if (in == DataFormat.CSV || in == DataFormat.PARQUET ? !g.breakIt(5) : g.maybe()) {
      b.outputFormat(g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON,
          DataFormat.STRING, DataFormat.BYTES));
    }
    if (g.maybe()) {
      b.topicsDir(g.word()).directoryDelimiter("/");
    }
    if (g.maybe()) {
      b.pollInterval(g.millis(1, 600_000)).retryBackoff(g.millis(0, 10_000));
    }
    if (g.maybe()) {
      b.recordBatchMaxSize(g.between(1, 1000)).taskBatchSize(g.between(1, 100)).partRetries(g.between(0, 10));
    }
    if (g.maybe()) {
      b.fileDiscoveryStart(Instant.ofEpochMilli(g.between(0, Integer.MAX_VALUE) * 1000L));
    }
    if (g.maybe()) {
      b.behaviorOnError(g.pick(BehaviorOnError.values()));
    }
    if (in == DataFormat.JSON || g.breakIt(10)) {
      b.jsonSchemaEnable(g.maybe());
    }
    if (in == DataFormat.CSV || g.breakIt(10)) {
      b.csvFirstRowAsHeader(g.maybe()).csvSeparator(g.pick(',', ';', '\t'));
    }
    if (in == DataFormat.BYTES && g.maybe()) {
      b.bytesSeparator("\\n");
    }
    return b.build();
  }
}
