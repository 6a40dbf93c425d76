package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.testing.FakeConnector;
import dev.connectkit.testing.FakeConnectorApi;
import org.junit.jupiter.api.Test;

/** Each create sample, run against a fake: the connector exists, runs, and holds what the sample sent. */
class CreateSamplesTest {
  private static FakeConnector created(FakeConnectorApi fake, String out, String name) {
    FakeConnector c = fake.connector(name).orElseThrow(() -> new AssertionError(name + " not created; output:\n" + out));
    assertThat(c.state()).isEqualTo("RUNNING");
    assertThat(out).contains("target: Self-Service API at " + fake.baseUrl() + ", business unit sales, stage dev");
    assertThat(out).contains(name + " is RUNNING");
    assertThat(c.config()).containsEntry("kafka.api.secret", "demo-kafka-api-secret");
    return c;
  }

  @Test
  void createDatagenSourceLeavesARunningOrdersGenerator() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateDatagenSource::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-orders-datagen-connector");
      assertThat(c.connectorClass()).isEqualTo("DatagenSource");
      assertThat(c.config()).containsEntry("quickstart", "ORDERS").containsEntry("kafka.topic", "orders");
    }
  }

  @Test
  void createSnowflakeSinkLeavesARunningStreamingSink() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateSnowflakeSink::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-analytics-snowflake-connector");
      assertThat(c.connectorClass()).isEqualTo("SnowflakeSink");
      assertThat(c.config())
          .containsEntry("topics", "orders,payments")
          .containsEntry("snowflake.ingestion.method", "SNOWPIPE_STREAMING")
          .containsEntry("snowflake.role.name", "KAFKA_ROLE");
    }
  }

  @Test
  void createS3SourceLeavesARunningS3Source() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateS3Source::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-landing-s3-connector");
      assertThat(c.connectorClass()).isEqualTo("S3Source");
      assertThat(c.config()).containsEntry("s3.bucket.name", "sales-landing")
          .containsEntry("aws.secret.access.key", "demo-aws-secret-access-key");
    }
  }

  @Test
  void createHttpSourceLeavesARunningHttpSource() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateHttpSource::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-crm-http-connector");
      assertThat(c.connectorClass()).isEqualTo("HttpSourceV2");
      assertThat(c.config()).containsEntry("api1.topics", "customers").containsEntry("auth.type", "BEARER");
    }
  }

  @Test
  void createHttpSinkLeavesARunningHttpSink() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateHttpSink::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-orders-webhook-connector");
      assertThat(c.connectorClass()).isEqualTo("HttpSinkV2");
      assertThat(c.type()).isEqualTo("sink");
      assertThat(c.config()).containsEntry("api1.http.request.method", "POST");
    }
  }

  @Test
  void createAzureEventHubsSourceLeavesARunningEventHubsSource() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateAzureEventHubsSource::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-telemetry-eventhubs-connector");
      assertThat(c.connectorClass()).isEqualTo("AzureEventHubsSource");
      assertThat(c.config()).containsEntry("azure.eventhubs.hub.name", "devices");
    }
  }

  @Test
  void createSnowflakeSourceLeavesARunningSnowflakeSource() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      String out = SampleRun.main(CreateSnowflakeSource::main, SampleRun.args(fake));
      FakeConnector c = created(fake, out, "sales-dev-customers-snowflake-connector");
      assertThat(c.connectorClass()).isEqualTo("SnowflakeSource");
      assertThat(c.config()).containsEntry("mode", "timestamp");
    }
  }
}
