package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.util.regex.Pattern;

/** A secret: sent only among the secrets, shown as {@code ****}; with {@code base64}, a known value must be base64. */
final class SecretCodec extends Codec<Secret> {
  static final Codec<Secret> SECRET = new SecretCodec("a secret, e.g. Secret.fromEnv(\"NAME\")", false);
  static final Codec<Secret> PRIVATE_KEY =
      new SecretCodec("the key body only: base64, no -----BEGIN/END----- lines, no line breaks", true);

  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]+");

  private final boolean base64;

  private SecretCodec(String expected, boolean base64) {
    super(expected);
    this.base64 = base64;
  }

  /** A secret read back from the server: a masked value becomes {@link Secret#unknown()}. */
  static Secret unmask(String raw) {
    return Secret.isMask(raw) ? Secret.unknown() : Secret.of(raw);
  }

  @Override
  public String encode(Secret value) {
    return value.isKnown() ? value.reveal() : Secret.MASK;
  }

  @Override
  public Secret decode(String raw) {
    return unmask(raw);
  }

  @Override
  public void check(String key, Secret value, Violations out) {
    if (!value.isKnown()) {
      return;
    }
    String revealed = value.reveal();
    if (revealed.isEmpty()) {
      out.invalid(key, "is empty", Secret.MASK, "a non-empty secret");
    } else if (revealed.contains("\\")) {
      out.invalid(
          key, "contains a backslash, which Confluent Cloud cannot handle", Secret.MASK, "a secret without '\\'");
    } else if (base64 && !BASE64.matcher(revealed).matches()) {
      out.invalid(key, "does not have the expected shape", Secret.MASK, expected());
    }
  }

  @Override
  public boolean isSecret() {
    return true;
  }

  @Override
  public String show(Secret value) {
    return Secret.MASK;
  }
}
