package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class S3SourceTest {
  static S3Source.Builder minimal() {
    return S3Source.builder()
        .placement(Placement.dedicated("sales", Stage.DEV))
        .id("landing-s3")
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("k-9f3a"), Secret.of("s-7c2e")))
        .awsCredentials(AwsCredentials.of(Secret.of("AKIAEXAMPLE"), Secret.of("aws-secret")))
        .bucket("sales-landing")
        .region("eu-central-1")
        .topicRegex("sales-dev-orders", "orders/.*\\.json")
        .inputFormat(DataFormat.JSON);
  }

  static S3Source full() {
    return minimal()
        .topicRegex("sales-dev-other", ".*")
        .inputFormat(DataFormat.CSV)
        .outputFormat(DataFormat.AVRO)
        .csvFirstRowAsHeader(true)
        .csvSeparator(';')
        .topicsDir("exports")
        .directoryDelimiter("/")
        .pollInterval(Duration.ofMinutes(5))
        .recordBatchMaxSize(500)
        .taskBatchSize(20)
        .fileDiscoveryStart(Instant.parse("2026-01-01T00:00:00Z"))
        .partRetries(5)
        .retryBackoff(Duration.ofMillis(400))
        .behaviorOnError(BehaviorOnError.IGNORE)
        .tasksMax(3)
        .addTransform(Transforms.topicRegexRouter("route", "sales-dev-(.*)", "sales-dev-s3-$1"))
        .build();
  }

  @Test
  void minimalConfigEmitsExactProperties() {
    S3Source s3 = minimal().build();
    assertThat(s3.outputFormat()).isEqualTo(DataFormat.JSON);
    Golden.assertMatches(s3, "s3-source-minimal");
  }

  @Test
  void fullConfigEmitsExactProperties() {
    Golden.assertMatches(full(), "s3-source-full");
  }

  @Test
  void missingCredentialsNameTheIamPermissions() {
    ConfigViolation v = Checks.violations(() -> minimal().awsAccessKeyId(null).build()).get(0);
    assertThat(v.property()).isEqualTo("aws.access.key.id");
    assertThat(v.expected()).contains("s3:GetObject", "s3:GetBucketLocation", "s3:ListBucket");
  }

  @Test
  void iamRoleNeedsProviderIntegrationAndNoKeys() {
    S3Source role = minimal().awsAccessKeyId(null)
        .awsSecretAccessKey(null).iamRole("cspi-abc").build();
    assertThat(role.properties()).containsEntry("authentication.method", "IAM Roles")
        .containsEntry("provider.integration.id", "cspi-abc");
    assertThat(Checks.violations(() -> minimal().iamRole("cspi-abc").build()))
        .extracting(ConfigViolation::property).containsExactly("aws.access.key.id");
    assertThat(Checks.violations(() -> role.toBuilder().providerIntegrationId(null)
            .build()))
        .extracting(ConfigViolation::property).containsExactly("provider.integration.id");
  }

  @Test
  void csvInputNeedsAnExplicitOutputFormatAndCsvOptionsNeedCsv() {
    assertThat(Checks.violations(() -> minimal().inputFormat(DataFormat.CSV).build()))
        .extracting(ConfigViolation::property).containsExactly("output.data.format");
    assertThat(Checks.violations(() -> minimal().csvSeparator(';').build()))
        .extracting(ConfigViolation::property).containsExactly("csv.separator.char");
  }

  @Test
  void bucketRegionAndTopicRegexesAreChecked() {
    assertThat(Checks.violations(() -> minimal().bucket("Bad_Bucket").region("europe")
            .topicRegex("bad topic", "[").build()))
        .extracting(ConfigViolation::property)
        .containsExactly("s3.bucket.name", "s3.region", "topic.regex.list", "topic.regex.list");
  }

  @Test
  void fromConfigRoundTrips() {
    Checks.roundTrips(full(), S3Source::fromConfig);
  }

  @Test
  void secretsAreRedacted() {
    Checks.redacts(full());
    assertThat(full().secrets()).containsOnlyKeys(
        "kafka.api.key", "kafka.api.secret", "aws.access.key.id", "aws.secret.access.key");
  }

  @Test
  void promoteReDerivesTheName() {
    assertThat(full().promote(Stage.QAS).name().fullName()).isEqualTo("sales-qas-landing-s3-connector");
  }
}
