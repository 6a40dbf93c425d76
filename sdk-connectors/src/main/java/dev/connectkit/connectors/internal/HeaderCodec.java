package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import dev.connectkit.internal.CredentialKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * HTTP headers written {@code Name: value|Name2: value2}, as real configs write them; read with or without the space
 * after the colon (only that one space is dropped, so any value round-trips). A header value may be a credential, so
 * violations name headers and never show values.
 */
final class HeaderCodec extends Codec<Map<String, String>> {
  static final Codec<Map<String, String>> HEADERS = new HeaderCodec();

  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`~-]+");

  private HeaderCodec() {
    super("Name: value headers without '|' ");
  }

  /** The header names of a raw {@code Name: value|Name2: value2} list, values masked: a header value may be a credential. */
  static String headerNames(String raw) {
    StringBuilder out = new StringBuilder();
    for (String pair : raw.split("\\|", -1)) {
      if (out.length() > 0) {
        out.append('|');
      }
      int colon = pair.indexOf(':');
      out.append(colon < 0 ? Secret.MASK : pair.substring(0, colon).trim() + ": " + Secret.MASK);
    }
    return out.toString();
  }

  @Override
  public String showRaw(String raw) {
    return headerNames(raw);
  }

  @Override
  public String encode(Map<String, String> value) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : value.entrySet()) {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append(e.getKey()).append(": ").append(e.getValue());
    }
    return out.toString();
  }

  @Override
  public @Nullable Map<String, String> decode(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : raw.split("\\|", -1)) {
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String value = pair.substring(colon + 1);
      // "Name: value" or "Name:value": one space after the colon belongs to the format, the rest to the value
      out.put(pair.substring(0, colon).trim(), value.startsWith(" ") ? value.substring(1) : value);
    }
    return out;
  }

  @Override
  public void check(String key, Map<String, String> value, Violations out) {
    value.forEach(
        (k, v) -> {
          if (!HEADER_NAME.matcher(k).matches()) {
            out.invalid(key, "has an invalid header name", k, "an HTTP token such as Content-Type");
          } else if (CredentialKeys.isCredentialHeader(k)) {
            out.invalid(key, "has the credential header " + k + " among plain headers", Secret.MASK,
                "sensitiveHeaders(Secret.of(\"" + k + ":…\")), so it is masked");
          } else if (v.contains("|") || v.contains("\n") || v.contains("\r")) {
            // a header value may be a credential: name the header, never show its value
            out.invalid(key, "has a value with '|' or a line break in header " + k, Secret.MASK,
                "a single-line value without '|'");
          }
        });
  }
}
