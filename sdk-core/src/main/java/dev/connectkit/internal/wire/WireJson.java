package dev.connectkit.internal.wire;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.TaskState;
import dev.connectkit.internal.Json;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Moshi of the wire backends: the hot answers (a connector, a status, a list with statuses) decode straight into
 * the public model, each value allocated once and never copied, so a call costs the SDK little more than the JSON
 * itself. Everything else decodes through Moshi's reflective adapters into DTOs.
 */
public final class WireJson {
  /** {@code List<ConnectorInfo>}, the type of a list-with-expansions answer. */
  static final Type CONNECTOR_LIST = com.squareup.moshi.Types.newParameterizedType(List.class, ConnectorInfo.class);

  public static final Moshi MOSHI =
      Json.MOSHI.newBuilder()
          .add(Connector.class, new ConnectorJsonAdapter())
          .add(ConnectorStatus.class, new StatusJsonAdapter())
          .add(CONNECTOR_LIST, new ConnectorListJsonAdapter())
          .build();

  private static final JsonReader.Options TYPES = JsonReader.Options.of("source", "sink");
  private static final ConnectorType[] TYPE_VALUES = {ConnectorType.SOURCE, ConnectorType.SINK};

  private static final JsonReader.Options STATES =
      JsonReader.Options.of(
          "RUNNING", "PAUSED", "FAILED", "UNASSIGNED", "STOPPED", "PROVISIONING", "DEGRADED", "RESTARTING", "DELETED");
  private static final ConnectorState[] STATE_VALUES = {
    ConnectorState.RUNNING, ConnectorState.PAUSED, ConnectorState.FAILED, ConnectorState.UNASSIGNED,
    ConnectorState.STOPPED, ConnectorState.PROVISIONING, ConnectorState.DEGRADED, ConnectorState.RESTARTING,
    ConnectorState.DELETED
  };

  private static final JsonReader.Options TASK_STATES =
      JsonReader.Options.of(
          "RUNNING", "PAUSED", "FAILED", "UNASSIGNED", "STOPPED", "RESTARTING", "SYSTEM_ERROR", "USER_ACTIONABLE_ERROR");
  private static final TaskState[] TASK_STATE_VALUES = {
    TaskState.RUNNING, TaskState.PAUSED, TaskState.FAILED, TaskState.UNASSIGNED, TaskState.STOPPED,
    TaskState.RESTARTING, TaskState.SYSTEM_ERROR, TaskState.USER_ACTIONABLE_ERROR
  };

  private WireJson() {}

  /** A string, or null for a JSON null. */
  static @Nullable String nullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }

  /** Whether the next value is a JSON null, which is then consumed. */
  static boolean skipNull(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return true;
    }
    return false;
  }

  static void skipField(JsonReader reader) throws IOException {
    reader.skipName();
    reader.skipValue();
  }

  /** {@code source} or {@code sink} (the usual spellings read without allocating); anything else is UNKNOWN. */
  static ConnectorType type(JsonReader reader) throws IOException {
    if (skipNull(reader)) {
      return ConnectorType.UNKNOWN;
    }
    int known = reader.selectString(TYPES);
    return known >= 0 ? TYPE_VALUES[known] : ConnectorType.parse(reader.nextString());
  }

  /** A connector state; known upper-case values read without allocating. */
  static ConnectorState connectorState(JsonReader reader) throws IOException {
    if (skipNull(reader)) {
      return ConnectorState.NONE;
    }
    int known = reader.selectString(STATES);
    return known >= 0 ? STATE_VALUES[known] : ConnectorState.of(reader.nextString());
  }

  /** A task state; known upper-case values read without allocating. */
  static TaskState taskState(JsonReader reader) throws IOException {
    if (skipNull(reader)) {
      return TaskState.UNASSIGNED;
    }
    int known = reader.selectString(TASK_STATES);
    return known >= 0 ? TASK_STATE_VALUES[known] : TaskState.of(reader.nextString());
  }

  /**
   * A string-to-string object as an immutable map, built once: the entries go straight into {@link Map#ofEntries},
   * which the public types' {@code Map.copyOf} then keeps as is. Null keys or values are dropped, as before.
   */
  @SuppressWarnings("unchecked")
  static Map<String, String> stringMap(JsonReader reader) throws IOException {
    if (skipNull(reader)) {
      return Map.of();
    }
    reader.beginObject();
    if (!reader.hasNext()) {
      reader.endObject();
      return Map.of();
    }
    List<Map.Entry<String, String>> entries = new ArrayList<>(32);
    while (reader.hasNext()) {
      String key = reader.nextName();
      String value = nullableString(reader);
      if (value != null) {
        entries.add(Map.entry(key, value));
      }
    }
    reader.endObject();
    try {
      return Map.ofEntries(entries.toArray(new Map.Entry[0]));
    } catch (IllegalArgumentException e) {
      throw new JsonDataException("a config object has a key twice at " + reader.getPath());
    }
  }
}
