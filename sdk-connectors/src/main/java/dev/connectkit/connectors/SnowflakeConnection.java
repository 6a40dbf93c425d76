package dev.connectkit.connectors;

import dev.connectkit.Secret;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom a Snowflake connector logs in: account URL, user and RSA private key (key-pair authentication),
 * with a passphrase if the key is encrypted. The key is the body only: no {@code -----BEGIN/END-----} lines, no line
 * breaks.
 *
 * <pre>{@code
 * SnowflakeConnection conn = SnowflakeConnection.of(
 *         "https://myorg-account123.eu-central-1.snowflakecomputing.com", "KAFKA_CONNECTOR",
 *         Secret.fromEnv("SNOWFLAKE_KEY"))
 *     .withPassphrase(Secret.fromEnv("SNOWFLAKE_KEY_PASSPHRASE"));
 * }</pre>
 */
public final class SnowflakeConnection {
  private final String url;
  private final String user;
  private final Secret privateKey;
  private final @Nullable Secret passphrase;

  private SnowflakeConnection(String url, String user, Secret privateKey, @Nullable Secret passphrase) {
    this.url = Objects.requireNonNull(url, "url");
    this.user = Objects.requireNonNull(user, "user");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.passphrase = passphrase;
  }

  /** Account URL (sink: {@code https://<account>.snowflakecomputing.com}; source: host only), user and key. */
  public static SnowflakeConnection of(String url, String user, Secret privateKey) {
    return new SnowflakeConnection(url, user, privateKey, null);
  }

  /** The same connection with the passphrase of an encrypted key. */
  public SnowflakeConnection withPassphrase(Secret passphrase) {
    return new SnowflakeConnection(url, user, privateKey, Objects.requireNonNull(passphrase, "passphrase"));
  }

  /** The account URL. */
  public String url() {
    return url;
  }

  /** The login name. */
  public String user() {
    return user;
  }

  /** The private key body. */
  public Secret privateKey() {
    return privateKey;
  }

  /** The key's passphrase, if it is encrypted. */
  public Optional<Secret> passphrase() {
    return Optional.ofNullable(passphrase);
  }

  @Override
  public String toString() {
    return "SnowflakeConnection{" + url + " as " + user + ", key ****}";
  }
}
