package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.util.Objects;

/**
 * An AWS access key id and secret access key ({@code authentication.method=Access Keys}). The IAM user needs
 * {@code s3:ListBucket} and {@code s3:GetBucketLocation} on {@code arn:aws:s3:::<bucket>} and {@code s3:GetObject}
 * on {@code arn:aws:s3:::<bucket>/*}.
 *
 * <pre>{@code
 * AwsCredentials aws = AwsCredentials.of(Secret.fromEnv("AWS_ACCESS_KEY_ID"), Secret.fromEnv("AWS_SECRET_ACCESS_KEY"));
 * }</pre>
 */
public final class AwsCredentials {
  private final Secret accessKeyId;
  private final Secret secretAccessKey;

  private AwsCredentials(Secret accessKeyId, Secret secretAccessKey) {
    this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
    this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  /** The key id and the secret (both masked by Confluent, so both secrets here). */
  public static AwsCredentials of(Secret accessKeyId, Secret secretAccessKey) {
    return new AwsCredentials(accessKeyId, secretAccessKey);
  }

  /** The key id as text (Confluent still masks it) and the secret. */
  public static AwsCredentials of(String accessKeyId, Secret secretAccessKey) {
    return new AwsCredentials(Secret.of(Objects.requireNonNull(accessKeyId, "accessKeyId")), secretAccessKey);
  }

  /** {@code aws.access.key.id}. */
  public Secret accessKeyId() {
    return accessKeyId;
  }

  /** {@code aws.secret.access.key}. */
  public Secret secretAccessKey() {
    return secretAccessKey;
  }

  @Override
  public String toString() {
    return "AwsCredentials{****}";
  }
}
