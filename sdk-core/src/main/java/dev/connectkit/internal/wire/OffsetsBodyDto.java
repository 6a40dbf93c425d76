package dev.connectkit.internal.wire;

import java.util.List;

/** {@code PATCH /offsets} body: {@code {"offsets": [{partition, offset}]}}. */
public final class OffsetsBodyDto {
  final List<OffsetsDto.OffsetDto> offsets;

  public OffsetsBodyDto(List<OffsetsDto.OffsetDto> offsets) {
    this.offsets = offsets;
  }
}
