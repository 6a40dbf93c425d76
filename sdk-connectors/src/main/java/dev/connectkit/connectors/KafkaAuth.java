package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the connector authenticates to its Kafka cluster ({@code kafka.auth.mode}): a Kafka API key and secret
 * ({@code KAFKA_API_KEY}), or a service account ({@code SERVICE_ACCOUNT}, Confluent mints the key; the account needs
 * ACLs on the connector's topics).
 *
 * <pre>{@code
 * KafkaAuth byKey = KafkaAuth.apiKey(Secret.fromEnv("KAFKA_API_KEY"), Secret.fromEnv("KAFKA_API_SECRET"));
 * KafkaAuth byAccount = KafkaAuth.serviceAccount("sa-abc123");
 * }</pre>
 */
public final class KafkaAuth {
  /** The value of {@code kafka.auth.mode}. */
  public enum Mode {
    /** {@code kafka.api.key} + {@code kafka.api.secret}. */
    KAFKA_API_KEY,
    /** {@code kafka.service.account.id}. */
    SERVICE_ACCOUNT
  }

  private final Mode mode;
  private final @Nullable Secret apiKey;
  private final @Nullable Secret apiSecret;
  private final @Nullable String serviceAccountId;

  private KafkaAuth(
      Mode mode, @Nullable Secret apiKey, @Nullable Secret apiSecret, @Nullable String serviceAccountId) {
    this.mode = mode;
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
    this.serviceAccountId = serviceAccountId;
  }

  /** A Kafka cluster API key and its secret (both secrets: the templates type the key as a password too). */
  public static KafkaAuth apiKey(Secret key, Secret secret) {
    return new KafkaAuth(
        Mode.KAFKA_API_KEY, Objects.requireNonNull(key, "key"), Objects.requireNonNull(secret, "secret"), null);
  }

  /** A service account ({@code sa-…}); the builder checks its shape. */
  public static KafkaAuth serviceAccount(String id) {
    return new KafkaAuth(Mode.SERVICE_ACCOUNT, null, null, Objects.requireNonNull(id, "id"));
  }

  /** The mode. */
  public Mode mode() {
    return mode;
  }

  /** The API key, present in {@link Mode#KAFKA_API_KEY}. */
  public Optional<Secret> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** The API secret, present in {@link Mode#KAFKA_API_KEY}. */
  public Optional<Secret> apiSecret() {
    return Optional.ofNullable(apiSecret);
  }

  /** The service account id, present in {@link Mode#SERVICE_ACCOUNT}. */
  public Optional<String> serviceAccountId() {
    return Optional.ofNullable(serviceAccountId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof KafkaAuth that)) {
      return false;
    }
    return mode == that.mode
        && Objects.equals(apiKey, that.apiKey)
        && Objects.equals(apiSecret, that.apiSecret)
        && Objects.equals(serviceAccountId, that.serviceAccountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, serviceAccountId);
  }

  /** The mode and service account; keys as {@code ****}. */
  @Override
  public String toString() {
    return mode == Mode.SERVICE_ACCOUNT
        ? "KafkaAuth{SERVICE_ACCOUNT " + serviceAccountId + "}"
        : "KafkaAuth{KAFKA_API_KEY ****}";
  }
}
