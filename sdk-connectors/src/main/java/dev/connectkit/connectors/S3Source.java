package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.connectors.internal.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The Amazon S3 Source ({@code S3Source}): reads files under {@code topics.dir} of one bucket and routes them to
 * topics by {@code topic:regex} pairs matched against the object path.
 *
 * <p>Required: placement, id, Kafka auth, {@code bucket}, {@code region}, at least one {@code topicRegex}, the
 * {@code inputFormat}, and AWS credentials: {@code awsCredentials(AwsCredentials)} (access key id + secret access
 * key) or {@code iamRole(providerIntegrationId)}. The AWS principal needs these IAM permissions:
 * {@code s3:ListBucket} and {@code s3:GetBucketLocation} on {@code arn:aws:s3:::<bucket>}, and {@code s3:GetObject} on
 * {@code arn:aws:s3:::<bucket>/*}. {@code outputFormat} defaults to the input format (set it for CSV and PARQUET).
 *
 * <pre>{@code
 * S3Source s3 = S3Source.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("landing-s3")
 *     .kafkaAuth(KafkaAuth.apiKey(Secret.fromEnv("KAFKA_API_KEY"), Secret.fromEnv("KAFKA_API_SECRET")))
 *     .awsCredentials(AwsCredentials.of(Secret.fromEnv("AWS_KEY_ID"), Secret.fromEnv("AWS_SECRET")))
 *     .bucket("sales-landing").region("eu-central-1")
 *     .topicsDir("exports")
 *     .topicRegex("sales-dev-orders", "orders/.*\\.json")
 *     .inputFormat(DataFormat.JSON)
 *     .build();            // name sales-dev-landing-s3-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class S3Source extends ManagedConnector {
  /** The IAM permissions the AWS principal needs, as stated in every missing-credentials violation. */
  public static final String IAM_PERMISSIONS =
      "s3:ListBucket and s3:GetBucketLocation on arn:aws:s3:::<bucket>, s3:GetObject on arn:aws:s3:::<bucket>/*";

  private static final Set<DataFormat> OUTPUTS = EnumSet.of(
      DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON, DataFormat.STRING, DataFormat.BYTES);

  /** {@code authentication.method}. */
  public enum AuthenticationMethod {
    /** Access key id + secret access key. */
    ACCESS_KEYS("Access Keys"),
    /** A Confluent provider integration (cross-account IAM role). */
    IAM_ROLES("IAM Roles");

    private final String wire;

    AuthenticationMethod(String wire) {
      this.wire = wire;
    }

    /** The value sent, with its space. */
    @Override
    public String toString() {
      return wire;
    }
  }

  private static final ConnectorSchema<S3Source, Builder> SCHEMA =
      ConnectorSchema.<S3Source, Builder>source("S3Source", S3Source::builder)
          .always("authentication.method", Codec.enumeration(AuthenticationMethod.class),
              S3Source::authenticationMethod, Builder::authenticationMethod)
          .field("aws.access.key.id", Codec.secret(), S3Source::awsAccessKeyId, Builder::awsAccessKeyId)
          .field("aws.secret.access.key", Codec.secret(), S3Source::awsSecretAccessKey, Builder::awsSecretAccessKey)
          .field("provider.integration.id", Codec.string(), S3Source::providerIntegrationId,
              Builder::providerIntegrationId)
          .required("s3.bucket.name", Codec.matching("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
                  "an S3 bucket name: 3-63 of a-z 0-9 . -"), S3Source::bucket, Builder::bucket, "the bucket to read")
          .required("s3.region", Codec.matching("[a-z]{2}(-[a-z]+)+-[0-9]", "an AWS region such as eu-central-1"),
              S3Source::region, Builder::region, "the bucket's AWS region, e.g. eu-central-1")
          .required("topic.regex.list", Codec.pairs(true, true),
              c -> c.topicRegexes().isEmpty() ? Optional.empty() : Optional.of(c.topicRegexes()),
              Builder::topicRegexes, "topicRegex(topic, regexOfObjectPath), at least one")
          .required("input.data.format", Codec.enumeration(EnumSet.of(
                  DataFormat.AVRO, DataFormat.JSON, DataFormat.BYTES, DataFormat.PARQUET, DataFormat.CSV)),
              S3Source::inputFormat, Builder::inputFormat, "the file format, e.g. JSON")
          .always("output.data.format", Codec.enumeration(DataFormat.class), S3Source::outputFormat, Builder::outputFormat)
          .field("topics.dir", Codec.string(), S3Source::topicsDir, Builder::topicsDir)
          .field("directory.delim", Codec.string(), S3Source::directoryDelimiter, Builder::directoryDelimiter)
          .field("s3.poll.interval.ms", Codec.millis(Duration.ofMillis(1), Duration.ofMillis(Long.MAX_VALUE)),
              S3Source::pollInterval, Builder::pollInterval)
          .field("record.batch.max.size", Codec.integer(1, Integer.MAX_VALUE), S3Source::recordBatchMaxSize,
              Builder::recordBatchMaxSize)
          .field("task.batch.size", Codec.integer(1, Integer.MAX_VALUE), S3Source::taskBatchSize,
              Builder::taskBatchSize)
          .field("file.discovery.starting.timestamp", Codec.epochMillis(), S3Source::fileDiscoveryStart,
              Builder::fileDiscoveryStart)
          .field("s3.part.retries", Codec.integer(0, Integer.MAX_VALUE), S3Source::partRetries, Builder::partRetries)
          .field("s3.retry.backoff.ms", Codec.millis(Duration.ZERO, Duration.ofMillis(Integer.MAX_VALUE)),
              S3Source::retryBackoff, Builder::retryBackoff)
          .field("ui.behavior.on.error", Codec.enumeration(BehaviorOnError.class), S3Source::behaviorOnError,
              Builder::behaviorOnError)
          .field("format.json.schema.enable", Codec.bool(), S3Source::jsonSchemaEnable, Builder::jsonSchemaEnable)
          .field("format.bytearray.separator", Codec.string(), S3Source::bytesSeparator, Builder::bytesSeparator)
          .field("csv.first.row.as.header", Codec.bool(), S3Source::csvFirstRowAsHeader,
              Builder::csvFirstRowAsHeader)
          .field("csv.separator.char", Codec.charCode(), S3Source::csvSeparator, Builder::csvSeparator)
          .unmodelledSecrets("s3.sse.customer.key")
          .rule(S3Source::checkRules)
          .build();

  private static void checkRules(S3Source c, Violations out) {
    if (c.authenticationMethod() == AuthenticationMethod.ACCESS_KEYS) {
      if (c.awsAccessKeyId().isEmpty() || c.awsSecretAccessKey().isEmpty()) {
        out.missing(c.awsAccessKeyId().isEmpty() ? "aws.access.key.id" : "aws.secret.access.key",
            "awsCredentials(AwsCredentials.of(keyId, secret)) of a principal allowed " + IAM_PERMISSIONS
                + "; or iamRole(providerIntegrationId)");
      }
      c.providerIntegrationId().ifPresent(id -> out.invalid("provider.integration.id",
          "is set with authentication.method=Access Keys", id, "no provider integration with access keys"));
    } else {
      if (c.providerIntegrationId().isEmpty()) {
        out.missing("provider.integration.id",
            "the provider integration whose IAM role is allowed " + IAM_PERMISSIONS);
      }
      if (c.awsAccessKeyId().isPresent() || c.awsSecretAccessKey().isPresent()) {
        out.invalid("aws.access.key.id", "is set with authentication.method=IAM Roles", Secret.MASK,
            "no access keys with an IAM role");
      }
    }
    DataFormat in = c.inputFormat().orElse(DataFormat.JSON);
    if (!OUTPUTS.contains(c.outputFormat())) {
      out.invalid("output.data.format",
          c.outputFormat() == in ? "must be set explicitly for input " + in : "is not supported by this connector",
          c.outputFormat().toString(), "one of " + OUTPUTS);
    }
    onlyWith(c.jsonSchemaEnable(), "format.json.schema.enable", in, DataFormat.JSON, out);
    onlyWith(c.bytesSeparator(), "format.bytearray.separator", in, DataFormat.BYTES, out);
    onlyWith(c.csvFirstRowAsHeader(), "csv.first.row.as.header", in, DataFormat.CSV, out);
    onlyWith(c.csvSeparator(), "csv.separator.char", in, DataFormat.CSV, out);
  }

  private static void onlyWith(Optional<?> value, String key, DataFormat in, DataFormat needed, Violations out) {
    if (value.isPresent() && in != needed) {
      out.invalid(key, "applies only with input.data.format=" + needed, String.valueOf(value.get()),
          "input format " + needed + ", or leave it unset");
    }
  }

  S3Source() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableS3Source.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public S3Source promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static S3Source fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code authentication.method}; set by {@code awsCredentials} or {@code iamRole}. */
  @Value.Default
  public AuthenticationMethod authenticationMethod() {
    return AuthenticationMethod.ACCESS_KEYS;
  }

  /** {@code aws.access.key.id}. */
  public abstract Optional<Secret> awsAccessKeyId();

  /** {@code aws.secret.access.key}. */
  public abstract Optional<Secret> awsSecretAccessKey();

  /** {@code provider.integration.id} with {@code IAM Roles}. */
  public abstract Optional<String> providerIntegrationId();

  /** {@code s3.bucket.name}. Required. */
  public abstract Optional<String> bucket();

  /** {@code s3.region}. Required. */
  public abstract Optional<String> region();

  /** {@code topic.regex.list}: topic to regex of object paths, first match wins. Required. */
  public abstract Map<String, String> topicRegexes();

  /** {@code input.data.format}. Required. */
  public abstract Optional<DataFormat> inputFormat();

  /** {@code output.data.format}; defaults to the input format. */
  @Value.Default
  public DataFormat outputFormat() {
    return inputFormat().orElse(DataFormat.JSON);
  }

  /** {@code topics.dir}: the top folder (default {@code topics}). */
  public abstract Optional<String> topicsDir();

  /** {@code directory.delim} (default {@code /}). */
  public abstract Optional<String> directoryDelimiter();

  /** {@code s3.poll.interval.ms}: how often the bucket is listed again. */
  public abstract Optional<Duration> pollInterval();

  /** {@code record.batch.max.size}. */
  public abstract Optional<Integer> recordBatchMaxSize();

  /** {@code task.batch.size}. */
  public abstract Optional<Integer> taskBatchSize();

  /** {@code file.discovery.starting.timestamp}: only files created after it are read. */
  public abstract Optional<Instant> fileDiscoveryStart();

  /** {@code s3.part.retries}. */
  public abstract Optional<Integer> partRetries();

  /** {@code s3.retry.backoff.ms}. */
  public abstract Optional<Duration> retryBackoff();

  /** {@code ui.behavior.on.error}. */
  public abstract Optional<BehaviorOnError> behaviorOnError();

  /** {@code format.json.schema.enable} (JSON input only). */
  public abstract Optional<Boolean> jsonSchemaEnable();

  /** {@code format.bytearray.separator} (BYTES input only). */
  public abstract Optional<String> bytesSeparator();

  /** {@code csv.first.row.as.header} (CSV input only). */
  public abstract Optional<Boolean> csvFirstRowAsHeader();

  /** {@code csv.separator.char} (CSV input only). */
  public abstract Optional<Character> csvSeparator();

  /** Builds an {@link S3Source}; {@code build()} checks every rule at once. */
  public interface Builder extends ManagedConnector.Builder<Builder> {
    /** Sets {@link S3Source#authenticationMethod()}. */
    Builder authenticationMethod(S3Source.AuthenticationMethod authenticationMethod);

    /** Sets {@link S3Source#awsAccessKeyId()}; {@code null} clears it. */
    Builder awsAccessKeyId(@Nullable Secret awsAccessKeyId);

    /** Sets {@link S3Source#awsSecretAccessKey()}; {@code null} clears it. */
    Builder awsSecretAccessKey(@Nullable Secret awsSecretAccessKey);

    /** Sets {@link S3Source#providerIntegrationId()}; {@code null} clears it. */
    Builder providerIntegrationId(@Nullable String providerIntegrationId);

    /** Sets {@link S3Source#bucket()}; {@code null} clears it. */
    Builder bucket(@Nullable String bucket);

    /** Sets {@link S3Source#region()}; {@code null} clears it. */
    Builder region(@Nullable String region);

    /** Puts one entry into {@link S3Source#topicRegexes()}. */
    Builder topicRegex(String key, String value);

    /** Replaces {@link S3Source#topicRegexes()}. */
    Builder topicRegexes(Map<String, ? extends String> entries);

    /** Puts all of these into {@link S3Source#topicRegexes()}. */
    Builder putAllTopicRegexes(Map<String, ? extends String> entries);

    /** Sets {@link S3Source#inputFormat()}; {@code null} clears it. */
    Builder inputFormat(@Nullable DataFormat inputFormat);

    /** Sets {@link S3Source#outputFormat()}. */
    Builder outputFormat(DataFormat outputFormat);

    /** Sets {@link S3Source#topicsDir()}; {@code null} clears it. */
    Builder topicsDir(@Nullable String topicsDir);

    /** Sets {@link S3Source#directoryDelimiter()}; {@code null} clears it. */
    Builder directoryDelimiter(@Nullable String directoryDelimiter);

    /** Sets {@link S3Source#pollInterval()}; {@code null} clears it. */
    Builder pollInterval(@Nullable Duration pollInterval);

    /** Sets {@link S3Source#recordBatchMaxSize()}; {@code null} clears it. */
    Builder recordBatchMaxSize(@Nullable Integer recordBatchMaxSize);

    /** Sets {@link S3Source#taskBatchSize()}; {@code null} clears it. */
    Builder taskBatchSize(@Nullable Integer taskBatchSize);

    /** Sets {@link S3Source#fileDiscoveryStart()}; {@code null} clears it. */
    Builder fileDiscoveryStart(@Nullable Instant fileDiscoveryStart);

    /** Sets {@link S3Source#partRetries()}; {@code null} clears it. */
    Builder partRetries(@Nullable Integer partRetries);

    /** Sets {@link S3Source#jsonSchemaEnable()}; {@code null} clears it. */
    Builder jsonSchemaEnable(@Nullable Boolean jsonSchemaEnable);

    /** Sets {@link S3Source#bytesSeparator()}; {@code null} clears it. */
    Builder bytesSeparator(@Nullable String bytesSeparator);

    /** Sets {@link S3Source#csvFirstRowAsHeader()}; {@code null} clears it. */
    Builder csvFirstRowAsHeader(@Nullable Boolean csvFirstRowAsHeader);

    /** Sets {@link S3Source#csvSeparator()}; {@code null} clears it. */
    Builder csvSeparator(@Nullable Character csvSeparator);

    /** Sets {@link S3Source#retryBackoff()}; {@code null} clears it. */
    Builder retryBackoff(@Nullable Duration retryBackoff);

    /** Sets {@link S3Source#behaviorOnError()}; {@code null} clears it. */
    Builder behaviorOnError(@Nullable BehaviorOnError behaviorOnError);

    /** The config; checks every rule at once. */
    S3Source build();

    /** Access key id and secret access key ({@code authentication.method=Access Keys}). */
    default Builder awsCredentials(AwsCredentials credentials) {
      authenticationMethod(AuthenticationMethod.ACCESS_KEYS);
      return awsAccessKeyId(credentials.accessKeyId()).awsSecretAccessKey(credentials.secretAccessKey());
    }

    /** A Confluent provider integration ({@code authentication.method=IAM Roles}). */
    default Builder iamRole(String providerIntegrationId) {
      return authenticationMethod(AuthenticationMethod.IAM_ROLES).providerIntegrationId(providerIntegrationId);
    }
  }
}
