package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.AwsCredentials;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.RecordPart;
import dev.connectkit.connectors.S3Source;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import dev.connectkit.connectors.Transforms;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The typed configs of the config-build benchmark, one typical config per connector type (those that exist yet). */
final class TypedConfigs {
  static final Placement PLACEMENT = Placement.dedicated("sales", Stage.DEV);
  static final Secret KEY = Secret.of("AKIAEXAMPLEKEY");
  static final Secret SECRET = Secret.of("example-secret-value");
  static final Secret PRIVATE_KEY = Secret.of("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj");

  private TypedConfigs() {}

  static ConnectorConfig build(String type) {
    switch (type) {
      case "datagen":
        return DatagenSource.builder()
            .placement(PLACEMENT)
            .id("orders-datagen")
            .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
            .topic("sales-dev-orders")
            .quickstart(DatagenSource.Quickstart.ORDERS)
            .outputFormat(DataFormat.AVRO)
            .maxInterval(Duration.ofMillis(500))
            .addTransform(Transforms.valueToKey("key", "orderid"))
            .build();
      case "snowflake":
        return SnowflakeSink.builder()
            .placement(PLACEMENT)
            .id("analytics-snowflake")
            .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
            .topics("orders", "payments")
            .snowflake(SnowflakeConnection.of("https://myorg-acct.snowflakecomputing.com", "KAFKA_CONNECTOR", PRIVATE_KEY))
            .database("ANALYTICS")
            .schema("RAW")
            .inputFormat(DataFormat.AVRO)
            .ingestionMethod(SnowflakeSink.IngestionMethod.SNOWPIPE_STREAMING)
            .role("KAFKA_ROLE")
            .bufferFlushTime(Duration.ofSeconds(10))
            .deadLetterQueueTopic("sales-dev-snowflake-dlq")
            .addTransform(Transforms.maskField("hide", RecordPart.VALUE, "card_number"))
            .build();
      case "s3source":
        return S3Source.builder()
            .placement(PLACEMENT)
            .id("landing-s3")
            .kafkaAuth(KafkaAuth.apiKey(KEY, SECRET))
            .awsCredentials(AwsCredentials.of(KEY, SECRET))
            .bucket("sales-landing")
            .region("eu-central-1")
            .topicsDir("exports")
            .topicRegex("sales-dev-orders", "orders/.*\\.json")
            .inputFormat(DataFormat.JSON)
            .build();
      default:
        throw new IllegalArgumentException(type);
    }
  }

  /**
   * The same wire map written by hand, entry by entry, as a caller without the SDK would (no validation): the
   * baseline of the config-build benchmark.
   */
  static Map<String, String> handWritten(String type) {
    Map<String, String> m = new LinkedHashMap<>();
    switch (type) {
      case "datagen":
        m.put("connector.class", "DatagenSource");
        m.put("kafka.auth.mode", "SERVICE_ACCOUNT");
        m.put("kafka.service.account.id", "sa-abc123");
        m.put("tasks.max", "1");
        m.put("kafka.topic", "sales-dev-orders");
        m.put("output.data.format", "AVRO");
        m.put("quickstart", "ORDERS");
        m.put("max.interval", "500");
        m.put("transforms", "key");
        m.put("transforms.key.type", "org.apache.kafka.connect.transforms.ValueToKey");
        m.put("transforms.key.fields", "orderid");
        return m;
      case "snowflake":
        m.put("connector.class", "SnowflakeSink");
        m.put("kafka.auth.mode", "SERVICE_ACCOUNT");
        m.put("kafka.service.account.id", "sa-abc123");
        m.put("tasks.max", "1");
        m.put("topics", "orders,payments");
        m.put("input.data.format", "AVRO");
        m.put("snowflake.url.name", "https://myorg-acct.snowflakecomputing.com");
        m.put("snowflake.user.name", "KAFKA_CONNECTOR");
        m.put("snowflake.role.name", "KAFKA_ROLE");
        m.put("snowflake.database.name", "ANALYTICS");
        m.put("snowflake.schema.name", "RAW");
        m.put("snowflake.ingestion.method", "SNOWPIPE_STREAMING");
        m.put("buffer.flush.time", "10");
        m.put("errors.deadletterqueue.topic.name", "sales-dev-snowflake-dlq");
        m.put("transforms", "hide");
        m.put("transforms.hide.type", "org.apache.kafka.connect.transforms.MaskField$Value");
        m.put("transforms.hide.fields", "card_number");
        m.put("snowflake.private.key", PRIVATE_KEY.reveal());
        return m;
      case "s3source":
        m.put("connector.class", "S3Source");
        m.put("kafka.auth.mode", "KAFKA_API_KEY");
        m.put("tasks.max", "1");
        m.put("authentication.method", "Access Keys");
        m.put("s3.bucket.name", "sales-landing");
        m.put("s3.region", "eu-central-1");
        m.put("topic.regex.list", "sales-dev-orders:orders/.*\\.json");
        m.put("input.data.format", "JSON");
        m.put("output.data.format", "JSON");
        m.put("topics.dir", "exports");
        m.put("kafka.api.key", KEY.reveal());
        m.put("kafka.api.secret", SECRET.reveal());
        m.put("aws.access.key.id", KEY.reveal());
        m.put("aws.secret.access.key", SECRET.reveal());
        return m;
      default:
        throw new IllegalArgumentException(type);
    }
  }

  /** Prints each type's wire map (to write the hand-written baselines from). */
  public static void main(String[] args) {
    for (String t : new String[] {"datagen", "snowflake", "s3source"}) {
      System.out.println(t + " " + dev.connectkit.internal.ConfigMaps.wire(build(t), false));
    }
  }
}
