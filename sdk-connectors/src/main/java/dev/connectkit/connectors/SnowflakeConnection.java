package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.connectors.internal.Codec;
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
  /**
   * The one rule of the account URL, for Sink ({@code snowflake.url.name}) and Source ({@code connection.url}) alike:
   * not blank. Both connectors accept {@code https://<account>.snowflakecomputing.com} and the bare host (the Source
   * strips the scheme), and Confluent's templates check nothing more.
   */
  static final Codec<String> URL = Codec.string();

  /** What the account URL looks like. */
  static final String URL_EXPECTED =
      "the account URL, https://<account>[.<region>].snowflakecomputing.com (https:// optional),"
          + " via snowflake(SnowflakeConnection)";

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

  /** Account URL ({@code https://<account>.snowflakecomputing.com} or the host only), user and key. */
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
