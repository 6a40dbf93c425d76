package dev.connectkit.internal.wire;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.internal.Responses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Connect status ({@code {"name", "type", "connector": {"state", "worker_id", "trace"}, "tasks": [...]}}) straight
 * into {@link ConnectorStatus}. A missing connector state is {@code NONE}, a missing task state {@code UNASSIGNED};
 * a task's {@code msg} (Confluent Cloud) wins over its {@code trace}; tasks come out ordered by id. A missing name
 * decodes as the given fallback ({@code ""} at the top level; the backend puts the requested name there).
 */
final class StatusJsonAdapter extends JsonAdapter<ConnectorStatus> {
  private static final JsonReader.Options FIELDS = JsonReader.Options.of("name", "type", "connector", "tasks");
  private static final JsonReader.Options CONNECTOR_FIELDS = JsonReader.Options.of("state", "worker_id", "trace");
  private static final JsonReader.Options TASK_FIELDS =
      JsonReader.Options.of("id", "state", "worker_id", "msg", "trace");
  private static final Comparator<TaskStatus> BY_ID = Comparator.comparingInt(TaskStatus::id);

  @Override
  public @Nullable ConnectorStatus fromJson(JsonReader reader) throws IOException {
    if (WireJson.skipNull(reader)) {
      return null;
    }
    return read(reader, "");
  }

  /** Reads one status object (not null) whose name, if absent, is {@code fallbackName}. */
  static ConnectorStatus read(JsonReader reader, String fallbackName) throws IOException {
    String name = null;
    ConnectorType type = ConnectorType.UNKNOWN;
    ConnectorState state = ConnectorState.NONE;
    String workerId = "";
    String trace = "";
    List<TaskStatus> tasks = List.of();
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
          if (WireJson.skipNull(reader)) {
            break;
          }
          reader.beginObject();
          while (reader.hasNext()) {
            switch (reader.selectName(CONNECTOR_FIELDS)) {
              case 0:
                state = WireJson.connectorState(reader);
                break;
              case 1:
                workerId = orEmpty(WireJson.nullableString(reader));
                break;
              case 2:
                trace = orEmpty(WireJson.nullableString(reader));
                break;
              default:
                WireJson.skipField(reader);
            }
          }
          reader.endObject();
          break;
        case 3:
          tasks = tasks(reader);
          break;
        default:
          WireJson.skipField(reader);
      }
    }
    reader.endObject();
    return Responses.factory().status(name == null ? fallbackName : name, type, state, workerId, trace, tasks);
  }

  private static List<TaskStatus> tasks(JsonReader reader) throws IOException {
    if (WireJson.skipNull(reader)) {
      return List.of();
    }
    List<TaskStatus> tasks = new ArrayList<>();
    boolean ordered = true;
    int lastId = Integer.MIN_VALUE;
    reader.beginArray();
    while (reader.hasNext()) {
      if (WireJson.skipNull(reader)) {
        continue;
      }
      int id = 0;
      TaskState state = TaskState.UNASSIGNED;
      String workerId = "";
      String msg = "";
      String trace = "";
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(TASK_FIELDS)) {
          case 0:
            id = reader.nextInt();
            break;
          case 1:
            state = WireJson.taskState(reader);
            break;
          case 2:
            workerId = orEmpty(WireJson.nullableString(reader));
            break;
          case 3:
            msg = orEmpty(WireJson.nullableString(reader));
            break;
          case 4:
            trace = orEmpty(WireJson.nullableString(reader));
            break;
          default:
            WireJson.skipField(reader);
        }
      }
      reader.endObject();
      ordered &= id >= lastId;
      lastId = id;
      tasks.add(Responses.factory().task(id, state, workerId, msg.isEmpty() ? trace : msg));
    }
    reader.endArray();
    if (!ordered) {
      tasks.sort(BY_ID);
    }
    return List.copyOf(tasks);
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ConnectorStatus value) {
    throw new UnsupportedOperationException("statuses are decoded, never sent");
  }
}
