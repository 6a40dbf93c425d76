package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Absolute http(s) URLs, and the check that no URL carries credentials ({@code user:password@}). */
final class UrlCodec {
  static final Codec<String> URL =
      new TextCodec("an absolute http(s) URL, e.g. https://api.example.com/v1") {
        @Override
        public void check(String key, String value, Violations out) {
          if (hasUserInfo(value)) {
            // The value holds a password: never echo it.
            out.invalid(key, "carries credentials (user:password@)", Secret.MASK,
                "the URL without user info, and the credentials through the connector's auth methods");
          } else if (!isHttpUrl(value)) {
            out.invalid(key, "is not an absolute http(s) URL", value, expected());
          }
        }
      };

  private static final Pattern URL_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  private UrlCodec() {}

  /** Whether {@code value} looks like a URL ({@code scheme://…}) whose authority holds user info. */
  static boolean isUrlWithUserInfo(String value) {
    return URL_LIKE.matcher(value.trim()).lookingAt() && hasUserInfo(value);
  }

  /** Whether the authority of {@code url} (between {@code //} and the next {@code /?#}) holds an {@code @}. */
  static boolean hasUserInfo(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return false;
    }
    int end = start + 2;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start + 2, end).indexOf('@') >= 0;
  }

  /** Whether {@code value} parses as a {@link URI} with an http(s) scheme and a host, and has no space. */
  static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !value.contains(" ");
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
