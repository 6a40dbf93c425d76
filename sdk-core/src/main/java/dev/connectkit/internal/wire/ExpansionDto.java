package dev.connectkit.internal.wire;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One value of {@code GET /connectors?expand=status,info,id}: {@code {id:{id,id_type}, info:{…}, status:{…}}}. */
public final class ExpansionDto {
  public @Nullable IdDto id;
  public @Nullable InfoDto info;
  public @Nullable StatusDto status;

  /** {@code {id, id_type}}. */
  public static final class IdDto {
    public @Nullable String id;
    public @Nullable String id_type;
  }

  /** {@code {name, type, config}}. */
  public static final class InfoDto {
    public @Nullable String name;
    public @Nullable String type;
    public @Nullable Map<String, String> config;
  }
}
