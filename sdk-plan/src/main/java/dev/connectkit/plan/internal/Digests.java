package dev.connectkit.plan.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 digests of plans and configs, and the HMAC fingerprints of secrets. */
public final class Digests {
  private Digests() {}

  /** The SHA-256 of {@code text} (UTF-8) in lowercase hex. */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * A digest of a config map, keys sorted, leaving out the keys in {@code leaveOut} (secrets: a digest of a
   * low-entropy password could be brute-forced).
   */
  public static String ofConfig(Map<String, String> config, java.util.Set<String> leaveOut) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(config).forEach((k, v) -> {
      if (!leaveOut.contains(k)) {
        out.append(k.length()).append(':').append(k).append('=').append(v.length()).append(':').append(v).append('\n');
      }
    });
    return sha256Hex(out.toString()).substring(0, 32);
  }

  /**
   * The fingerprint of a secret: HMAC-SHA256 keyed by the stage's key over target, connector name, config key and
   * value (each length-prefixed), truncated to 128 bits, in hex. Not comparable across stages or keys.
   */
  public static String fingerprint(byte[] key, String target, String name, String configKey, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (String part : new String[] {target, name, configKey, value}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        mac.update(bytes);
      }
      return HexFormat.of().formatHex(mac.doFinal(), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** Constant-time comparison of two fingerprints or values. */
  public static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
