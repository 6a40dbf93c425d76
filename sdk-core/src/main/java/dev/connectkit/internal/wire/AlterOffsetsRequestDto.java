package dev.connectkit.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code {type: PATCH|DELETE, offsets?}}. */
public final class AlterOffsetsRequestDto {
  public String type;
  public @Nullable List<OffsetsDto.OffsetDto> offsets;

  public AlterOffsetsRequestDto(String type, @Nullable List<OffsetsDto.OffsetDto> offsets) {
    this.type = type;
    this.offsets = offsets;
  }
}
