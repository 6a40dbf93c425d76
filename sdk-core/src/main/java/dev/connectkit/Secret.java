package dev.connectkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secret value (password, API secret, private key, token) that never shows itself by accident.
 *
 * <p>{@link #toString()} is always {@code ****}, so a secret is safe in logs, exception messages and HTTP logs. The value
 * is read only through {@link #reveal()}, which the SDK calls when it writes a request body. {@link #equals(Object)}
 * compares in constant time.
 *
 * <pre>{@code
 * Secret key = Secret.fromEnv("SNOWFLAKE_PRIVATE_KEY");
 * Secret apiSecret = Secret.of(System.console().readPassword("API secret: "));
 * Secret cert = Secret.fromFile(Path.of("/run/secrets/snowflake.p8"));
 * }</pre>
 *
 * <p>A config read back from the server carries masked values ({@code ****************}). Those become
 * {@link #unknown()}: a secret whose value the SDK does not know and refuses to send.
 */
public final class Secret {
  /** What every secret prints as. */
  public static final String MASK = "****";

  private static final Secret UNKNOWN = new Secret(null);

  private final char @Nullable [] value;

  private Secret(char @Nullable [] value) {
    this.value = value;
  }

  /** A secret holding {@code value}. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value.toCharArray());
  }

  /** A secret holding a copy of {@code value}; the caller may clear its array afterwards. */
  public static Secret of(char[] value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value.clone());
  }

  /**
   * A secret read from the environment variable {@code name}.
   *
   * @throws IllegalArgumentException if the variable is not set or empty; the message names the variable, never a value
   */
  public static Secret fromEnv(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("environment variable " + name + " is not set or empty");
    }
    return of(value);
  }

  /**
   * A secret read from a UTF-8 file, with one trailing line break removed (as {@code echo} and editors leave it).
   *
   * @throws IllegalArgumentException if the file cannot be read; the message names the file, never its content
   */
  public static Secret fromFile(Path file) {
    try {
      String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      } else if (content.endsWith("\n")) {
        content = content.substring(0, content.length() - 1);
      }
      return of(content);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read secret file " + file + ": " + e.getClass().getSimpleName());
    }
  }

  /**
   * The secret of a config read back from the server: its value was masked, so it is unknown here. {@link #reveal()}
   * refuses it, and the client refuses to send a config that holds one.
   */
  public static Secret unknown() {
    return UNKNOWN;
  }

  /** Whether the value is known (false for {@link #unknown()}). */
  public boolean isKnown() {
    return value != null;
  }

  /**
   * The secret's value. Call it only to hand the value to where it belongs.
   *
   * @throws IllegalStateException for {@link #unknown()}
   */
  public String reveal() {
    char[] v = value;
    if (v == null) {
      throw new IllegalStateException(
          "this secret was masked by the server and is unknown here; supply the real value");
    }
    return new String(v);
  }

  /** Whether {@code text} looks like a value the server masked ({@code ****…}, two or more asterisks only). */
  public static boolean isMask(String text) {
    if (text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '*') {
        return false;
      }
    }
    return true;
  }

  /** Constant-time comparison of the values; two unknown secrets are equal. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Secret)) {
      return false;
    }
    char[] a = value;
    char[] b = ((Secret) other).value;
    if (a == null || b == null) {
      return a == b;
    }
    return MessageDigest.isEqual(
        new String(a).getBytes(StandardCharsets.UTF_8), new String(b).getBytes(StandardCharsets.UTF_8));
  }

  /** Constant: a hash of the value would leak information about it. */
  @Override
  public int hashCode() {
    return 0x5ec4e7;
  }

  /** Always {@value #MASK}. */
  @Override
  public String toString() {
    return MASK;
  }
}
