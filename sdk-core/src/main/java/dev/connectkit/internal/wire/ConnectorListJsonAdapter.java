package dev.connectkit.internal.wire;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.internal.Responses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list with expansions ({@code {"<name>": {"id": {"id"}, "info": {"type", "config"}, "status": {...}}}}, as
 * Confluent Cloud and Kafka Connect send it) straight into {@link ConnectorInfo}s ordered by name. An entry whose
 * value is null is skipped; a missing status is {@code NONE} with no tasks; the type comes from {@code info}, else
 * from the status.
 */
final class ConnectorListJsonAdapter extends JsonAdapter<List<ConnectorInfo>> {
  private static final JsonReader.Options FIELDS = JsonReader.Options.of("id", "info", "status");
  private static final JsonReader.Options ID_FIELDS = JsonReader.Options.of("id");
  private static final JsonReader.Options INFO_FIELDS = JsonReader.Options.of("type", "config");
  private static final Comparator<ConnectorInfo> BY_NAME = Comparator.comparing(ConnectorInfo::name);

  @Override
  public @Nullable List<ConnectorInfo> fromJson(JsonReader reader) throws IOException {
    if (WireJson.skipNull(reader)) {
      return null;
    }
    List<ConnectorInfo> out = new ArrayList<>();
    boolean ordered = true;
    String last = "";
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (WireJson.skipNull(reader)) {
        continue;
      }
      ConnectorInfo info = entry(reader, name);
      ordered &= name.compareTo(last) >= 0;
      last = name;
      out.add(info);
    }
    reader.endObject();
    if (!ordered) {
      out.sort(BY_NAME);
    }
    return List.copyOf(out);
  }

  private static ConnectorInfo entry(JsonReader reader, String name) throws IOException {
    String id = null;
    ConnectorType infoType = ConnectorType.UNKNOWN;
    Map<String, String> config = Map.of();
    ConnectorStatus status = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(FIELDS)) {
        case 0:
          if (WireJson.skipNull(reader)) {
            break;
          }
          reader.beginObject();
          while (reader.hasNext()) {
            if (reader.selectName(ID_FIELDS) == 0) {
              id = WireJson.nullableString(reader);
            } else {
              WireJson.skipField(reader);
            }
          }
          reader.endObject();
          break;
        case 1:
          if (WireJson.skipNull(reader)) {
            break;
          }
          reader.beginObject();
          while (reader.hasNext()) {
            switch (reader.selectName(INFO_FIELDS)) {
              case 0:
                infoType = WireJson.type(reader);
                break;
              case 1:
                config = WireJson.stringMap(reader);
                break;
              default:
                WireJson.skipField(reader);
            }
          }
          reader.endObject();
          break;
        case 2:
          if (!WireJson.skipNull(reader)) {
            status = StatusJsonAdapter.read(reader, name);
          }
          break;
        default:
          WireJson.skipField(reader);
      }
    }
    reader.endObject();
    if (status == null) {
      status = Responses.factory().status(name, ConnectorType.UNKNOWN, ConnectorState.NONE, "", "", List.of());
    }
    ConnectorType type = infoType != ConnectorType.UNKNOWN ? infoType : status.type();
    return Responses.factory().info(name, id, type, config, status);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable List<ConnectorInfo> value) {
    throw new UnsupportedOperationException("lists are decoded, never sent");
  }
}
