package dev.connectkit.testing.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON reading and writing on plain maps and lists; integral numbers stay integers. */
public final class Json {
  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private Json() {}

  /**
   * Parses {@code text}; objects become ordered maps, integral numbers {@link Long}s.
   *
   * @throws IllegalArgumentException if the text is not JSON
   */
  public static @Nullable Object parse(String text) {
    try {
      return normalise(ADAPTER.fromJson(text));
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
  }

  /** Writes {@code value} (maps, lists, strings, numbers, booleans, null) as compact JSON; nulls are kept. */
  public static String write(@Nullable Object value) {
    return ADAPTER.toJson(value);
  }

  /**
   * Copies {@code raw}, a JSON object of strings, into {@code out}.
   *
   * @return what is wrong with it, or null
   */
  static @Nullable String stringMap(@Nullable Object raw, Map<String, String> out) {
    if (!(raw instanceof Map)) {
      return "config must be a JSON object of string values";
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
      if (!(e.getValue() instanceof String)) {
        return "config value of " + e.getKey() + " must be a string (every config value is a string)";
      }
      out.put(String.valueOf(e.getKey()), (String) e.getValue());
    }
    return null;
  }

  private static @Nullable Object normalise(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put(String.valueOf(e.getKey()), normalise(e.getValue()));
      }
      return out;
    }
    if (value instanceof List) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(normalise(item));
      }
      return out;
    }
    if (value instanceof Double) {
      double d = (Double) value;
      if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
        return (long) d;
      }
    }
    return value;
  }
}
