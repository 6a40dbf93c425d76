package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.AwsCredentials;
import dev.connectkit.connectors.AzureEventHubsSource;
import dev.connectkit.connectors.BehaviorOnError;
import dev.connectkit.connectors.HttpAuth;
import dev.connectkit.connectors.HttpSinkApi;
import dev.connectkit.connectors.HttpSinkV2;
import dev.connectkit.connectors.HttpSourceApi;
import dev.connectkit.connectors.HttpSourceV2;
import dev.connectkit.connectors.SnowflakeSource;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.RecordPart;
import dev.connectkit.connectors.S3Source;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import dev.connectkit.connectors.Transforms;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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
      case "httpsink":
        return HttpSinkV2.builder()
            .placement(PLACEMENT)
            .id("orders-webhook")
            .kafkaAuth(KafkaAuth.apiKey(KEY, SECRET))
            .topics("orders")
            .inputFormat(DataFormat.JSON)
            .baseUrl("https://hooks.example.com")
            .auth(HttpAuth.basic("kafka", SECRET))
            .addApi(HttpSinkApi.builder().path("/orders").method(HttpSinkApi.Method.POST).addTopic("orders").build())
            .build();
      case "httpsink-3apis-4smts":
        return HttpSinkV2.builder()
            .placement(PLACEMENT)
            .id("crm-http")
            .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
            .topics("orders", "payments", "refunds")
            .inputFormat(DataFormat.AVRO)
            .baseUrl("https://api.example.com")
            .auth(HttpAuth.bearer(SECRET))
            .addApi(HttpSinkApi.builder().path("/orders").method(HttpSinkApi.Method.POST).addTopic("orders").build())
            .addApi(HttpSinkApi.builder().path("/payments").method(HttpSinkApi.Method.PUT).addTopic("payments")
                .build())
            .addApi(HttpSinkApi.builder().path("/refunds").method(HttpSinkApi.Method.POST).addTopic("refunds")
                .build())
            .addTransform(Transforms.valueToKey("key", "id"))
            .addTransform(Transforms.maskField("mask", RecordPart.VALUE, "card_number"))
            .addTransform(Transforms.insertHeader("source", "x-source", "connectkit"))
            .addTransform(Transforms.dropHeaders("drop", "x-debug"))
            .behaviorOnError(BehaviorOnError.IGNORE)
            .build();
      case "httpsource":
        return HttpSourceV2.builder()
            .placement(PLACEMENT)
            .id("crm-http")
            .kafkaAuth(KafkaAuth.apiKey(KEY, SECRET))
            .baseUrl("https://crm.example.com/api")
            .auth(HttpAuth.bearer(SECRET))
            .outputFormat(DataFormat.JSON_SR)
            .addApi(HttpSourceApi.builder().path("/v1/customers").topic("customers").build())
            .build();
      case "eventhubs":
        return AzureEventHubsSource.builder()
            .placement(PLACEMENT)
            .id("telemetry-eventhubs")
            .kafkaAuth(KafkaAuth.apiKey(KEY, SECRET))
            .sharedAccessKey("kafka-connect", SECRET)
            .namespace("sales-telemetry")
            .hubName("devices")
            .topic("telemetry")
            .startingPosition(AzureEventHubsSource.StartingPosition.START_OF_STREAM)
            .build();
      case "snowflakesource":
        return SnowflakeSource.builder()
            .placement(PLACEMENT)
            .id("customers-snowflake")
            .kafkaAuth(KafkaAuth.apiKey(KEY, SECRET))
            .snowflake(SnowflakeConnection.of("myorg_demo.snowflakecomputing.com", "KAFKA_READER", PRIVATE_KEY))
            .mode(SnowflakeSource.Mode.TIMESTAMP)
            .timestampColumn("ANALYTICS.CRM.CUSTOMERS", List.of("UPDATED_AT"))
            .addTableInclude("ANALYTICS.CRM.CUSTOMERS")
            .timezone(ZoneId.of("UTC"))
            .topicPrefix("snowflake-")
            .build();
      default:
        throw new IllegalArgumentException(type);
    }
  }

  /** Every config this benchmark builds. */
  static final String[] TYPES = {
    "datagen", "snowflake", "s3source", "httpsink", "httpsink-3apis-4smts", "httpsource", "eventhubs",
    "snowflakesource"
  };

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
      case "httpsink":
        m.put("connector.class", "HttpSinkV2");
        m.put("kafka.auth.mode", "KAFKA_API_KEY");
        m.put("tasks.max", "1");
        m.put("topics", "orders");
        m.put("input.data.format", "JSON");
        m.put("http.api.base.url", "https://hooks.example.com");
        m.put("auth.type", "BASIC");
        m.put("connection.user", "kafka");
        m.put("apis.num", "1");
        m.put("api1.topics", "orders");
        m.put("api1.http.api.path", "/orders");
        m.put("api1.http.request.method", "POST");
        m.put("kafka.api.key", KEY.reveal());
        m.put("kafka.api.secret", SECRET.reveal());
        m.put("connection.password", SECRET.reveal());
        return m;
      case "httpsink-3apis-4smts":
        m.put("connector.class", "HttpSinkV2");
        m.put("kafka.auth.mode", "SERVICE_ACCOUNT");
        m.put("kafka.service.account.id", "sa-abc123");
        m.put("tasks.max", "1");
        m.put("topics", "orders,payments,refunds");
        m.put("input.data.format", "AVRO");
        m.put("http.api.base.url", "https://api.example.com");
        m.put("auth.type", "BEARER");
        m.put("behavior.on.error", "IGNORE");
        m.put("apis.num", "3");
        m.put("api1.topics", "orders");
        m.put("api1.http.api.path", "/orders");
        m.put("api1.http.request.method", "POST");
        m.put("api2.topics", "payments");
        m.put("api2.http.api.path", "/payments");
        m.put("api2.http.request.method", "PUT");
        m.put("api3.topics", "refunds");
        m.put("api3.http.api.path", "/refunds");
        m.put("api3.http.request.method", "POST");
        m.put("transforms", "key,mask,source,drop");
        m.put("transforms.key.type", "org.apache.kafka.connect.transforms.ValueToKey");
        m.put("transforms.key.fields", "id");
        m.put("transforms.mask.type", "org.apache.kafka.connect.transforms.MaskField$Value");
        m.put("transforms.mask.fields", "card_number");
        m.put("transforms.source.type", "org.apache.kafka.connect.transforms.InsertHeader");
        m.put("transforms.source.header", "x-source");
        m.put("transforms.source.value.literal", "connectkit");
        m.put("transforms.drop.type", "org.apache.kafka.connect.transforms.DropHeaders");
        m.put("transforms.drop.headers", "x-debug");
        m.put("bearer.token", SECRET.reveal());
        return m;
      case "httpsource":
        m.put("connector.class", "HttpSourceV2");
        m.put("kafka.auth.mode", "KAFKA_API_KEY");
        m.put("tasks.max", "1");
        m.put("output.data.format", "JSON_SR");
        m.put("api.chaining.parent.child.relationship", "");
        m.put("http.api.base.url", "https://crm.example.com/api");
        m.put("auth.type", "BEARER");
        m.put("apis.num", "1");
        m.put("api1.topics", "customers");
        m.put("api1.http.api.path", "/v1/customers");
        m.put("api1.http.offset.mode", "SIMPLE_INCREMENTING");
        m.put("kafka.api.key", KEY.reveal());
        m.put("kafka.api.secret", SECRET.reveal());
        m.put("bearer.token", SECRET.reveal());
        return m;
      case "eventhubs":
        m.put("connector.class", "AzureEventHubsSource");
        m.put("kafka.auth.mode", "KAFKA_API_KEY");
        m.put("tasks.max", "1");
        m.put("kafka.topic", "telemetry");
        m.put("azure.eventhubs.sas.keyname", "kafka-connect");
        m.put("azure.eventhubs.namespace", "sales-telemetry");
        m.put("azure.eventhubs.hub.name", "devices");
        m.put("azure.eventhubs.partition.starting.position", "START_OF_STREAM");
        m.put("azure.eventhubs.transport.type", "AMQP");
        m.put("azure.eventhubs.offset.type", "OFFSET");
        m.put("kafka.api.key", KEY.reveal());
        m.put("kafka.api.secret", SECRET.reveal());
        m.put("azure.eventhubs.sas.key", SECRET.reveal());
        return m;
      case "snowflakesource":
        m.put("connector.class", "SnowflakeSource");
        m.put("kafka.auth.mode", "KAFKA_API_KEY");
        m.put("tasks.max", "1");
        m.put("connection.url", "myorg_demo.snowflakecomputing.com");
        m.put("connection.user", "KAFKA_READER");
        m.put("connection.credentials.source", "PRIVATE_KEY");
        m.put("output.data.format", "AVRO");
        m.put("topic.prefix", "snowflake-");
        m.put("mode", "timestamp");
        m.put("table.include.list", "ANALYTICS.CRM.CUSTOMERS");
        m.put("timestamp.columns.mapping", "ANALYTICS.CRM.CUSTOMERS:[UPDATED_AT]");
        m.put("db.timezone", "UTC");
        m.put("kafka.api.key", KEY.reveal());
        m.put("kafka.api.secret", SECRET.reveal());
        m.put("connection.private.key", PRIVATE_KEY.reveal());
        return m;
      default:
        throw new IllegalArgumentException(type);
    }
  }

  /** Prints each type's wire map as JSON (what the hand-written baselines were written from). */
  public static void main(String[] args) {
    com.squareup.moshi.JsonAdapter<Object> json = new com.squareup.moshi.Moshi.Builder().build().adapter(Object.class);
    for (String t : TYPES) {
      System.out.println(t + "\t" + json.toJson(dev.connectkit.internal.ConfigMaps.wire(build(t), false)));
    }
  }
}
