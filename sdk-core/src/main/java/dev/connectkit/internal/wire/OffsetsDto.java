package dev.connectkit.internal.wire;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Offsets: {@code {name, id, offsets:[{partition, offset}], metadata:{observed_at}}}. */
public final class OffsetsDto {
  public @Nullable String name;
  public @Nullable String id;
  public @Nullable List<OffsetDto> offsets;
  public @Nullable MetadataDto metadata;

  /** One offset. */
  public static final class OffsetDto {
    public @Nullable Map<String, Object> partition;
    public @Nullable Map<String, Object> offset;
  }

  /** {@code {observed_at}}. */
  public static final class MetadataDto {
    public @Nullable String observed_at;
  }
}
