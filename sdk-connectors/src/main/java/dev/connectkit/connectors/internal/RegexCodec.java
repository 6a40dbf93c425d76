package dev.connectkit.connectors.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Strings that must compile as Java regular expressions. */
final class RegexCodec {
  static final Codec<String> REGEX =
      new TextCodec("a valid Java regular expression") {
        @Override
        public void check(String key, String value, Violations out) {
          checkRegex(key, value, out);
        }
      };

  private RegexCodec() {}

  /** Adds a violation unless {@code regex} compiles. */
  static void checkRegex(String key, String regex, Violations out) {
    if (regex.isEmpty()) {
      out.invalid(key, "is empty", regex, "a valid Java regular expression");
      return;
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      out.invalid(key, "is not a valid regular expression: " + e.getDescription(), regex, "a valid Java regex");
    }
  }
}
