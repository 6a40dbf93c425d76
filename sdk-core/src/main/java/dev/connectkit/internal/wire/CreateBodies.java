package dev.connectkit.internal.wire;

import dev.connectkit.internal.ConfigMaps;

import com.squareup.moshi.JsonWriter;
import dev.connectkit.ConnectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The create request {@code {"<key>": "<value>", "config": {…}}}, written once from the config straight to JSON
 * bytes: no wire map and no body map in between. Re-sending it (a retry, a 401 renewal) sends the same bytes.
 */
public final class CreateBodies {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private CreateBodies() {}

  /**
   * The body for {@code config}, with its name in the config map when {@code nameInConfig}.
   *
   * @throws dev.connectkit.ConnectorValidationException as {@link ConfigMaps#wire} does, before anything is written
   */
  public static RequestBody of(String key, String value, ConnectorConfig config, boolean nameInConfig) {
    return of(key, value, config, nameInConfig, null);
  }

  /** The body for {@code config}, and Kafka Connect's {@code initial_state} when it is not null (KIP-980). */
  public static RequestBody of(
      String key, String value, ConnectorConfig config, boolean nameInConfig, @Nullable String initialState) {
    ConfigMaps.checkSendable(config);
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name(key).value(value);
      writer.name("config");
      ConfigMaps.writeWire(config, nameInConfig, writer);
      if (initialState != null) {
        writer.name("initial_state").value(initialState);
      }
      writer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does not fail
    }
    // Exact-size bytes; the buffer's segment goes back to Okio's pool (a body holding the buffer would keep an 8 KiB
    // segment per request).
    return RequestBody.create(buffer.readByteString(), JSON);
  }
}
