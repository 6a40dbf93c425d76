package dev.connectkit.internal.wire;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorType;
import dev.connectkit.internal.Responses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Connect connector ({@code {"name", "type", "config", "tasks": [{"connector", "task"}]}}) straight into
 * {@link Connector}. A missing name decodes as {@code ""}; the backend puts the requested name there.
 */
final class ConnectorJsonAdapter extends JsonAdapter<Connector> {
  private static final JsonReader.Options FIELDS = JsonReader.Options.of("name", "type", "config", "tasks");
  private static final JsonReader.Options TASK_FIELDS = JsonReader.Options.of("task");

  @Override
  public @Nullable Connector fromJson(JsonReader reader) throws IOException {
    if (WireJson.skipNull(reader)) {
      return null;
    }
    String name = null;
    ConnectorType type = ConnectorType.UNKNOWN;
    Map<String, String> config = Map.of();
    List<Integer> tasks = List.of();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(FIELDS)) {
        case 0:
          name = WireJson.nullableString(reader);
          break;
        case 1:
          type = WireJson.type(reader);
          break;
        case 2:
          config = WireJson.stringMap(reader);
          break;
        case 3:
          tasks = taskIds(reader);
          break;
        default:
          WireJson.skipField(reader);
      }
    }
    reader.endObject();
    return Responses.factory().connector(name == null ? "" : name, type, config, tasks);
  }

  private static List<Integer> taskIds(JsonReader reader) throws IOException {
    if (WireJson.skipNull(reader)) {
      return List.of();
    }
    List<Integer> ids = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (WireJson.skipNull(reader)) {
        continue;
      }
      int task = 0;
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(TASK_FIELDS) == 0) {
          task = reader.nextInt();
        } else {
          WireJson.skipField(reader);
        }
      }
      reader.endObject();
      ids.add(task);
    }
    reader.endArray();
    return List.copyOf(ids);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Connector value) {
    throw new UnsupportedOperationException("connectors are decoded, never sent");
  }
}
