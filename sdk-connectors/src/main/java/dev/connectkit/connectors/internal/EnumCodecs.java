package dev.connectkit.connectors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Enum constants sent as their {@code toString()} and read in every spelling Confluent accepts, alone or as a
 * comma-separated list; open, so a value newer than this SDK is kept as read.
 */
final class EnumCodecs {
  private EnumCodecs() {}

  /** One of {@code allowed}, sent as each constant's {@code toString()}. */
  static <E extends Enum<E>> Codec<E> enumeration(Collection<E> allowed) {
    List<E> values = new ArrayList<>(allowed);
    String expected =
        "one of " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return new Codec<E>(expected) {
      @Override
      public String encode(E value) {
        return value.toString();
      }

      @Override
      public @Nullable E decode(String raw) {
        for (E e : values) {
          if (e.toString().equals(raw)) {
            return e;
          }
        }
        String spelling = spelling(raw);
        for (E e : values) {
          if (spelling(e.toString()).equals(spelling) || spelling(e.name()).equals(spelling)) {
            return e;
          }
        }
        return null;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void check(String key, E value, Violations out) {
        if (!values.contains(value)) {
          out.invalid(key, "is not supported by this connector", value.toString(), expected());
        }
      }
    };
  }

  /** Every constant of {@code type}. */
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return enumeration(Arrays.asList(type.getEnumConstants()));
  }

  /**
   * An enum value as Confluent compares it: case-insensitively, with spaces and hyphens as underscores
   * ({@code Http response}, {@code http_response} and {@code HTTP_RESPONSE} are one value).
   */
  static String spelling(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  /** A comma-separated list of constants of {@code type}. */
  static <E extends Enum<E>> Codec<List<E>> enumList(Class<E> type) {
    Codec<E> one = enumeration(type);
    return new Codec<List<E>>("a list of " + one.expected()) {
      @Override
      public String encode(List<E> value) {
        if (value.size() == 1) {
          return String.valueOf(value.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          out.append(value.get(i));
        }
        return out.toString();
      }

      @Override
      public @Nullable List<E> decode(String raw) {
        List<E> out = new ArrayList<>();
        for (String s : raw.split(",", -1)) {
          E e = one.decode(s.trim());
          if (e == null) {
            return null;
          }
          out.add(e);
        }
        return out;
      }

      @Override
      public boolean isOpen() {
        return true;
      }
    };
  }
}
