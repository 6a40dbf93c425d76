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
          new Entry("S3Source", Generators::s3Source),
          new Entry("HttpSinkV2", Generators::httpSink),
          new Entry("HttpSourceV2", Generators::httpSource),
          new Entry("AzureEventHubsSource", Generators::eventHubs),
          new Entry("SnowflakeSource", Generators::snowflakeSource));

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
    if ((in == DataFormat.CSV || in == DataFormat.PARQUET) ? !g.breakIt(5) : g.maybe()) {
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

  static HttpAuth httpAuth(Gen g) {
    switch (g.between(0, 4)) {
      case 0 -> {
        return HttpAuth.basic(g.word(), g.secret());
      }
      case 1 -> {
        return HttpAuth.bearer(g.secret());
      }
      case 2 -> {
        return HttpAuth.apiKey(g.secret(), g.pick(HttpAuth.ApiKeyLocation.values()), "X-" + g.word());
      }
      case 3 -> {
        HttpAuth oauth = HttpAuth.oauth2(g.breakIt(10) ? "not a url" : "https://login.example.com/token",
            g.word(), g.secret());
        return g.maybe() ? oauth.withScope(g.word()).withClientAuthMode(g.pick(HttpAuth.ClientAuthMode.values()))
            : oauth.withTokenProperty("access_token");
      }
      default -> {
        return HttpAuth.none();
      }
    }
  }

  static <C extends HttpConnector.Builder<C>> void httpCommon(Gen g, C b) {
    if (!g.breakIt(20)) {
      b.baseUrl(g.breakIt(10) ? g.pick("ftp://x", "example.com", "https://") : "https://api." + g.word() + ".com/v1");
    }
    b.auth(httpAuth(g));
    if (g.maybe()) {
      b.behaviorOnError(g.pick(BehaviorOnError.values())).reportErrorsAs(g.pick(ReportErrorsAs.values()));
    }
    if (g.maybe()) {
      b.errorTopic(g.pick("error-${connector}", g.topic())).sslEnabled(g.maybe());
    }
  }

  static <A extends HttpApi.Builder<A>> A apiCommon(Gen g, A a) {
    if (!g.breakIt(20)) {
      a.path(g.breakIt(10) ? "no-slash" : "/" + g.word());
    }
    if (g.maybe()) {
      a.header("Content-Type", "application/json").header(g.breakIt(10) ? "bad header" : "X-Trace", g.word());
    }
    if (g.maybe()) {
      a.sensitiveHeaders(g.secret());
    }
    if (g.maybe()) {
      a.connectTimeout(g.millis(1, 60_000)).requestTimeout(g.millis(1, 60_000)).maxRetries(g.between(0, 10))
          .retryBackoffPolicy(g.pick(HttpApi.BackoffPolicy.values())).retryBackoff(g.millis(0, 10_000))
          .retryOnStatusCodes(g.breakIt(10) ? "4xx" : g.pick("400-", "404,408,500-", "429"));
    }
    return a;
  }

  static ConnectorConfig httpSink(Gen g) {
    HttpSinkV2.Builder b = g.common(HttpSinkV2.builder(), ConnectorType.SINK);
    httpCommon(g, b);
    int n = g.breakIt(20) ? g.pick(0, 16) : g.between(1, 4);
    java.util.List<String> topics = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String topic = "t" + i + "-" + g.topic();
      topics.add(topic);
      HttpSinkApi.Builder a = apiCommon(g, HttpSinkApi.builder());
      if (!g.breakIt(20)) {
        a.addTopic(g.breakIt(10) && i > 0 ? topics.get(0) : topic);
      }
      if (g.maybe()) {
        HttpSinkApi.Method method = g.pick(HttpSinkApi.Method.values());
        a.method(method);
        if ((method != HttpSinkApi.Method.GET && method != HttpSinkApi.Method.DELETE) || g.breakIt(10)) {
          a.body("{\"k\":\"${key}\"}");
        }
      }
      if (g.maybe()) {
        int size = g.between(1, 100);
        a.maxBatchSize(size).batchJsonAsArray((size > 1 && !g.breakIt(10)) || g.maybe())
            .batchPrefix("[").batchSuffix("]").batchSeparator(",").batchKeyPattern("${topic}");
      }
      if (g.maybe()) {
        a.behaviorOnNullValues(g.pick(HttpSinkApi.NullValues.values()))
            .bodyFormat(g.pick(HttpSinkApi.BodyFormat.values())).reportOnlyStatusCode(g.maybe());
      }
      b.addApi(a.build());
    }
    b.topics(topics.isEmpty() ? java.util.List.of("fallback") : topics);
    if (g.maybe()) {
      b.inputFormat(g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON,
          DataFormat.BYTES));
    }
    if (g.maybe()) {
      b.hostnameVerification(g.maybe()).successTopic("success-${connector}");
    }
    if (g.maybe()) {
      b.deadLetterQueueTopic("dlq-${connector}");
    }
    return b.build();
  }

  static ConnectorConfig httpSource(Gen g) {
    HttpSourceV2.Builder b = g.common(HttpSourceV2.builder(), ConnectorType.SOURCE);
    httpCommon(g, b);
    int n = g.breakIt(20) ? g.pick(0, 16) : g.between(1, 4);
    for (int i = 0; i < n; i++) {
      HttpSourceApi.Builder a = apiCommon(g, HttpSourceApi.builder());
      if (!g.breakIt(20)) {
        a.topic(g.topic());
      }
      HttpSourceApi.OffsetMode mode = g.pick(HttpSourceApi.OffsetMode.values());
      a.offsetMode(mode);
      if (mode == HttpSourceApi.OffsetMode.CURSOR_PAGINATION ? !g.breakIt(10) : g.breakIt(10)) {
        a.nextPagePointer("/meta/next").cursorParameter("cursor").nextPageTokenIsUrl(g.maybe());
      }
      if ((mode == HttpSourceApi.OffsetMode.CHAINING || mode == HttpSourceApi.OffsetMode.SNAPSHOT_PAGINATION)
          ? !g.breakIt(10) : g.maybe()) {
        a.offsetPointer("/id");
      }
      if (g.maybe()) {
        a.dataPointer(g.breakIt(10) ? "items" : "/items");
      }
      boolean post = g.maybe();
      a.method(post ? HttpSourceApi.Method.POST : HttpSourceApi.Method.GET);
      if (post) {
        a.body("{\"since\":${offset}}");
      }
      if (post || !g.breakIt(10)) {
        a.initialOffset(mode == HttpSourceApi.OffsetMode.SIMPLE_INCREMENTING && !g.breakIt(10) ? "0" : "abc");
      }
      if (g.maybe()) {
        a.requestInterval(g.millis(1, 3_600_000));
      }
      b.addApi(a.build());
    }
    if (n >= 2 && g.maybe()) {
      b.apiChaining(g.breakIt(10) ? "api1::api9" : "api1::api2");
    }
    if (g.maybe()) {
      b.outputFormat(g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF));
    }
    return b.build();
  }

  static ConnectorConfig eventHubs(Gen g) {
    AzureEventHubsSource.Builder b = g.common(AzureEventHubsSource.builder(), ConnectorType.SOURCE);
    if (!g.breakIt(20)) {
      b.topic(g.topic());
    }
    if (!g.breakIt(20)) {
      b.sharedAccessKey(g.word(), g.secret());
    }
    if (!g.breakIt(20)) {
      b.namespace(g.breakIt(10) ? "ns.servicebus.windows.net" : "ns-" + g.word() + "-x1");
    }
    if (!g.breakIt(20)) {
      b.hubName(g.breakIt(10) ? "bad hub" : "hub_" + g.word());
    }
    if (g.maybe()) {
      b.consumerGroup(g.word()).domain(g.pick(AzureEventHubsSource.Domain.values()));
    }
    if (g.maybe()) {
      b.startingPosition(g.pick(AzureEventHubsSource.StartingPosition.values()))
          .transport(g.pick(AzureEventHubsSource.Transport.values()))
          .offsetType(g.pick(AzureEventHubsSource.OffsetType.values()));
    }
    if (g.maybe()) {
      b.maxEvents(g.breakIt(10) ? 0 : g.between(1, 1000));
    }
    return b.build();
  }

  static ConnectorConfig snowflakeSource(Gen g) {
    SnowflakeSource.Builder b = g.common(SnowflakeSource.builder(), ConnectorType.SOURCE);
    if (!g.breakIt(20)) {
      SnowflakeConnection conn = SnowflakeConnection.of(
          g.breakIt(10) ? "https://x.snowflakecomputing.com" : g.word() + "_acct.snowflakecomputing.com",
          g.upperWord(), g.secret());
      b.snowflake(g.maybe() ? conn.withPassphrase(g.secret()) : conn);
    }
    SnowflakeSource.Mode mode = g.pick(SnowflakeSource.Mode.values());
    if (!g.breakIt(20)) {
      b.mode(mode);
    }
    if (mode.timestamps() ? !g.breakIt(10) : g.breakIt(10)) {
      b.timestampColumn("DB.S." + g.upperWord() + ".*", java.util.List.of("UPDATED_AT"));
    }
    if (mode.incrementing() ? !g.breakIt(10) : g.breakIt(10)) {
      b.incrementingColumn(g.breakIt(10) ? "DB.(" : "DB.S.T.*", "ID");
    }
    if (!g.breakIt(20)) {
      b.timezone(java.time.ZoneId.of(g.pick("UTC", "Europe/Berlin", "America/New_York")));
    }
    if (!g.breakIt(20)) {
      b.topicPrefix(g.topic() + ".");
    }
    if (g.maybe()) {
      b.addTableInclude("DB.S.*").addTableExclude("DB.S.TMP_.*");
    }
    if (g.maybe()) {
      b.addTableType(g.pick(SnowflakeSource.TableType.values()))
          .timestampGranularity(g.pick(SnowflakeSource.TimestampGranularity.values()))
          .quoteIdentifiers(g.pick(SnowflakeSource.QuoteIdentifiers.values()));
    }
    if (g.maybe()) {
      b.outputFormat(g.pick(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, g.breakIt(5)
          ? DataFormat.JSON : DataFormat.AVRO));
    }
    if (g.maybe()) {
      b.pollInterval(g.millis(1, 600_000)).initialTimestamp(Instant.ofEpochMilli(g.between(0, 1_000_000)));
    }
    return b.build();
  }
}
