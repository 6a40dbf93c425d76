package dev.connectkit.auth.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Reads the small JSON objects of token endpoints and the Azure CLI. */
final class Json {
  private Json() {}

  /** The top-level object of {@code text}, or empty if it is not a JSON object. */
  static Optional<Map<?, ?>> object(String text) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
      reader.setLenient(true);
      Object value = reader.readJsonValue();
      return value instanceof Map ? Optional.of((Map<?, ?>) value) : Optional.empty();
    } catch (IOException | JsonDataException e) {
      return Optional.empty();
    }
  }

  /** The non-empty string under {@code key}, if any. */
  static @Nullable String string(Map<?, ?> object, String key) {
    Object value = object.get(key);
    return value instanceof String && !((String) value).isEmpty() ? (String) value : null;
  }

  /** The number under {@code key}, also when written as a string ({@code "3599"}); null if absent or not a number. */
  static @Nullable Long number(Map<?, ?> object, String key) {
    Object value = object.get(key);
    if (value instanceof Number) {
      return ((Number) value).longValue();
    }
    if (value instanceof String) {
      try {
        return Long.parseLong(((String) value).trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
