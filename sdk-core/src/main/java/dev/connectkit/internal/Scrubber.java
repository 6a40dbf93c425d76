package dev.connectkit.internal;

import dev.connectkit.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place server-originated text passes through before it reaches an exception, a log line, a watch event or a
 * validation result: every echo of a secret the request carried, or of the client's own credentials, becomes
 * {@link Secret#MASK}.
 *
 * <p>A server may echo a value as sent, HTML-escaped (an error page), JSON-escaped (a PEM key's line breaks, {@code \/}), URL- or form-encoded
 * ({@code +} or {@code %20} for a space) or base64-encoded (a basic {@code Authorization} header is
 * {@code base64(key:secret)}, so the secret's encoding is matched at each of the three byte alignments). Text is
 * scrubbed first and truncated after, so no cut can leave part of a secret behind.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Scrubber s = Scrubber.of(List.of("hunter22"));
 * s.scrub("bad password hunter22");  // "bad password ****"
 * }</pre>
 */
public final class Scrubber {
  /** Scrubs nothing. */
  public static final Scrubber NONE = new Scrubber(List.of());

  /** Values shorter than this are not matched: masking every "ab" in a message would hide more than it protects. */
  static final int MIN_LENGTH = 3;

  /** Every form to replace, longest first so a longer form is never half-masked by a shorter one. */
  private final List<String> forms;

  private Scrubber(List<String> forms) {
    this.forms = forms;
  }

  /** A scrubber for {@code secrets} (revealed values) in every form a server might echo them. */
  public static Scrubber of(Collection<String> secrets) {
    return secrets.isEmpty() ? NONE : NONE.and(secrets);
  }

  /** This scrubber, also scrubbing {@code secrets}. */
  public Scrubber and(Collection<String> secrets) {
    if (secrets.isEmpty()) {
      return this;
    }
    Set<String> added = new LinkedHashSet<>();
    for (String secret : secrets) {
      added.addAll(forms(secret));
    }
    return and(new Scrubber(List.copyOf(added)));
  }

  /** This scrubber and {@code other} together. */
  public Scrubber and(Scrubber other) {
    if (other.forms.isEmpty()) {
      return this;
    }
    Set<String> all = new LinkedHashSet<>(forms);
    all.addAll(other.forms);
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Scrubber(List.copyOf(sorted));
  }

  /** {@code text} with every form of every secret replaced by {@link Secret#MASK}. */
  public String scrub(String text) {
    String out = text;
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, Secret.MASK);
      }
    }
    return out;
  }

  /** As {@link #scrub(String)}; null stays null. */
  public @Nullable String scrubNullable(@Nullable String text) {
    return text == null ? null : scrub(text);
  }

  /** Scrubbed first, then cut to {@code max} characters (with an ellipsis): a cut never leaves part of a secret. */
  public String scrub(String text, int max) {
    return truncate(scrub(text), max);
  }

  /**
   * {@code url} as given, with anything that may be user info masked: everything up to its last {@code @} (after a
   * leading {@code scheme://}). For messages about a URL that did not parse, so whatever it carried is not echoed.
   */
  public static String withoutUserInfo(String url) {
    int at = url.lastIndexOf('@');
    if (at < 0) {
      return url;
    }
    int scheme = url.indexOf("://");
    int start = scheme > 0 && url.substring(0, scheme).chars().allMatch(c -> Character.isLetterOrDigit(c)
        || c == '+' || c == '-' || c == '.') && scheme < at ? scheme + 3 : 0;
    return url.substring(0, start) + Secret.MASK + url.substring(at);
  }

  /** {@code text} cut to {@code max} characters with an ellipsis; only for text already scrubbed. */
  public static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /**
   * Every form of {@code secret} a server might echo (empty when it is too short to match safely): the forms it was
   * sent in (as is in a header, JSON-escaped in a JSON body, form-encoded in a token request), each as echoed as is,
   * JSON-escaped, URL-encoded or base64-encoded.
   */
  static List<String> forms(String secret) {
    if (secret.length() < MIN_LENGTH) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    String json = json(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    for (String sent : List.of(secret, json, form, form.replace("+", "%20"))) {
      echoed(sent, out);
    }
    out.add(unicodeEscaped(secret));
    out.removeIf(s -> s.length() < MIN_LENGTH);
    return List.copyOf(out);
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t");
  }

  /** Adds {@code sent} as a server may echo it: as is, HTML-escaped, JSON-escaped, URL-encoded, base64-encoded. */
  private static void echoed(String sent, Set<String> out) {
    out.add(sent);
    // An HTML error page escapes what it quotes; the apostrophe has two common spellings.
    String html = sent.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    out.add(html.replace("'", "&#39;"));
    out.add(html.replace("'", "&#x27;"));
    String json = json(sent);
    out.add(json);
    out.add(json.replace("/", "\\/"));
    String form = URLEncoder.encode(sent, StandardCharsets.UTF_8);
    out.add(form);
    out.add(form.replace("+", "%20"));
    out.add(lowerHex(form));
    out.add(lowerHex(form.replace("+", "%20")));
    byte[] bytes = sent.getBytes(StandardCharsets.UTF_8);
    for (int offset = 0; offset < 3; offset++) {
      for (Base64.Encoder encoder : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder()}) {
        String core = base64Core(encoder, bytes, offset);
        if (core.length() >= 4) {
          out.add(core);
        }
      }
    }
  }

  /**
   * The characters of {@code base64(prefix + bytes)}, with {@code offset} bytes of prefix, that depend on
   * {@code bytes} alone: the secret's encoding inside any longer base64 text at that alignment (such as
   * {@code base64(key:secret)}).
   */
  private static String base64Core(Base64.Encoder encoder, byte[] bytes, int offset) {
    byte[] padded = new byte[offset + bytes.length];
    System.arraycopy(bytes, 0, padded, offset, bytes.length);
    String encoded = encoder.withoutPadding().encodeToString(padded);
    int startBit = 8 * offset;
    int endBit = 8 * padded.length;
    int first = (startBit + 5) / 6;
    int last = endBit / 6; // exclusive: groups lying wholly inside the secret's bits
    return first >= last ? "" : encoded.substring(first, Math.min(last, encoded.length()));
  }

  /**
   * Every non-ASCII or control character as a JSON unicode escape (an e-acute as {@code \\u00e9}), as some JSON
   * writers send it.
   */
  private static String unicodeEscaped(String secret) {
    StringBuilder out = new StringBuilder(secret.length());
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '=' || c == '\'') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code %2F} as {@code %2f}. */
  private static String lowerHex(String encoded) {
    StringBuilder out = new StringBuilder(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      out.append(c);
      if (c == '%' && i + 2 < encoded.length()) {
        out.append(Character.toLowerCase(encoded.charAt(i + 1))).append(Character.toLowerCase(encoded.charAt(i + 2)));
        i += 2;
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Scrubber{" + forms.size() + " forms}";
  }
}
