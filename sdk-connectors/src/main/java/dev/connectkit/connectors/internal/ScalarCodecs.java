package dev.connectkit.connectors.internal;

import dev.connectkit.connectors.DataSize;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Single values sent as one number or word: booleans, bounded integers, sizes in bytes, character codes. */
final class ScalarCodecs {
  static final Codec<Boolean> BOOL =
      new Codec<Boolean>("true or false") {
        @Override
        public String encode(Boolean value) {
          return value.toString();
        }

        @Override
        public @Nullable Boolean decode(String raw) {
          // Kafka's ConfigDef reads booleans case-insensitively; the spelling read is kept by fromConfig
          String value = raw.trim();
          return value.equalsIgnoreCase("true") ? Boolean.TRUE : value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        }
      };

  private ScalarCodecs() {}

  /** An integer in {@code [min, max]}, parsed by {@code parse}. */
  static <T extends Comparable<T>> Codec<T> ranged(Function<String, T> parse, T min, T max) {
    return new Codec<T>("an integer " + min + ".." + max) {
      @Override
      public String encode(T value) {
        return value instanceof Number ? Long.toString(((Number) value).longValue()) : value.toString();
      }

      @Override
      public @Nullable T decode(String raw) {
        try {
          return parse.apply(raw.trim());
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, T value, Violations out) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        }
      }
    };
  }

  /** A size sent as bytes, in {@code [min, max]}. */
  static Codec<DataSize> bytes(DataSize min, DataSize max) {
    return new Codec<DataSize>("a DataSize between " + min + " and " + max) {
      @Override
      public String encode(DataSize value) {
        return Long.toString(value.toBytes());
      }

      @Override
      public @Nullable DataSize decode(String raw) {
        try {
          return DataSize.ofBytes(Long.parseLong(raw.trim()));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }

      @Override
      public void check(String key, DataSize value, Violations out) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        }
      }
    };
  }

  /** A character sent as its character code (CSV separators and quotes). */
  static Codec<Character> charCode() {
    return new Codec<Character>("a printable ASCII character") {
      @Override
      public String encode(Character value) {
        return Long.toString(value);
      }

      @Override
      public @Nullable Character decode(String raw) {
        try {
          int code = Integer.parseInt(raw.trim());
          return code >= 0 && code <= Character.MAX_VALUE ? (char) code : null;
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, Character value, Violations out) {
        if ((value < 32 && value != '\t') || value > 126) {
          out.invalid(key, "is not a printable ASCII character or tab", Integer.toString(value), expected());
        }
      }
    };
  }
}
