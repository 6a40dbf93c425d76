package dev.connectkit.spring.boot.internal;

import java.util.Locale;

/**
 * Which property keys hold ConnectKit secrets, in any of the forms a key takes: {@code connectkit.auth.token} in a
 * properties file, {@code CONNECTKIT_AUTH_TOKEN} in the environment, {@code connectkit.auth.clientCredentials.clientSecret}
 * in the {@code configprops} report.
 */
public final class SecretKeys {
  private SecretKeys() {}

  /** Whether {@code key} is a {@code connectkit.*} key ending in token, secret or password (not token-file). */
  public static boolean isSecret(String key) {
    StringBuilder normal = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        normal.append(Character.toLowerCase(c));
      }
    }
    String k = normal.toString().toLowerCase(Locale.ROOT);
    return k.startsWith("connectkit")
        && (k.endsWith("token") || k.endsWith("secret") || k.endsWith("password"));
  }
}
