package dev.connectkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a config key names a credential, so its value must be a {@link dev.connectkit.Secret}: the one predicate
 * {@code GenericConnectorConfig} and the typed builders' {@code extraProperty} and {@code fromConfig} share.
 *
 * <p>A key is a credential if Confluent's connector definitions type it {@code PASSWORD} (except the two that name
 * an identity, not a secret: {@code kafka.api.key}, {@code aws.access.key.id}), or if its words say so:
 * {@code password}, {@code passwd}, {@code passphrase}, {@code secret}, {@code jaas}, a final {@code token}, a
 * {@code private key}, a {@code sas}, account, access or signing {@code key}, {@code sensitive headers}, a final
 * {@code user.info}. Words are split at {@code . _ -} and camel case. Keys such as {@code oauth2.token.url},
 * {@code oauth2.token.property}, {@code sas.keyname} and {@code connection.credentials.source} are not credentials.
 *
 * <!-- example runs -->
 * <pre>{@code
 * CredentialKeys.isCredential("aws.secret.access.key"); // true
 * CredentialKeys.isCredential("oauth2.token.url");      // false
 * }</pre>
 */
public final class CredentialKeys {
  /**
   * Keys typed {@code PASSWORD} in Confluent's definitions of the seven managed connectors that the words below do
   * not catch (sdk-connectors' CredentialKeysFactsTest fails when a new connector's facts add one).
   */
  private static final Set<String> TYPED_PASSWORD = Set.of(
      "api.key.value", "gcp.credentials.json", "https.ssl.keystorefile", "https.ssl.truststorefile",
      "oauth2.client.headers", "oauth2.jwt.keystore.path", "s3.sse.customer.key");

  /** Typed {@code PASSWORD} by Confluent, yet identities that configs and users print: not secrets. */
  private static final Set<String> IDENTITIES = Set.of("kafka.api.key", "aws.access.key.id");

  private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "secret", "jaas");

  /** Words before a final {@code key} that make it a secret key rather than a key's name or id. */
  private static final Set<String> SECRET_KEY_KINDS =
      Set.of("private", "sas", "account", "access", "signing", "shared", "encryption", "customer", "master");

  private CredentialKeys() {}

  /** Whether {@code key} names a credential. */
  public static boolean isCredential(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (IDENTITIES.contains(lower)) {
      return false;
    }
    if (TYPED_PASSWORD.contains(lower)) {
      return true;
    }
    List<String> words = words(key);
    int n = words.size();
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (SECRET_WORDS.contains(w) || w.equals("privatekey") || w.equals("apisecret")) {
        return true;
      }
      boolean last = i == n - 1;
      String previous = i > 0 ? words.get(i - 1) : "";
      if (w.equals("token") && (last || words.get(i + 1).equals("value"))) {
        return true;
      }
      if (w.equals("key") && (last || words.get(i + 1).equals("value")) && SECRET_KEY_KINDS.contains(previous)) {
        return true;
      }
      if (w.equals("headers") && previous.equals("sensitive")) {
        return true;
      }
      if (w.equals("info") && last && previous.equals("user") || w.equals("userinfo") && last) {
        return true;
      }
      if (w.equals("sas") && !last && words.get(i + 1).equals("token")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an HTTP header named {@code name} carries a credential and belongs in sensitive headers. */
  public static boolean isCredentialHeader(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.equals("cookie")
        || lower.equals("x-api-key") || lower.equals("api-key") || lower.equals("x-auth-token")
        || isCredential(lower);
  }

  /** {@code key}'s words, lower case: split at {@code . _ -}, spaces and camel-case boundaries. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, out);
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
        flush(word, out);
      }
      word.append(Character.toLowerCase(c));
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }
}
