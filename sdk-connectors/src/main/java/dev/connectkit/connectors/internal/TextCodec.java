package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import java.util.regex.Pattern;

/** A codec of plain strings, sent as they are: non-blank strings and strings of a given shape. */
abstract class TextCodec extends Codec<String> {
  static final Codec<String> STRING =
      new TextCodec("a non-blank string") {
        @Override
        public void check(String key, String value, Violations out) {
          if (value.trim().isEmpty()) {
            out.invalid(key, "is blank", value, expected());
          } else if (Secret.isMask(value)) {
            out.invalid(key, "is a value the server masked", Secret.MASK, "the real value");
          }
        }
      };

  TextCodec(String expected) {
    super(expected);
  }

  @Override
  public String encode(String value) {
    return value;
  }

  @Override
  public String decode(String raw) {
    return raw;
  }

  /** A string matching {@code regex} entirely. */
  static Codec<String> shaped(String regex, String expected) {
    Pattern pattern = Pattern.compile(regex);
    return new TextCodec(expected) {
      @Override
      public void check(String key, String value, Violations out) {
        if (!pattern.matcher(value).matches()) {
          out.invalid(key, "does not have the expected shape", value, expected());
        }
      }
    };
  }
}
