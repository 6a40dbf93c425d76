package dev.connectkit.internal.kafkaconnect;

import dev.connectkit.internal.wire.OffsetsDto;
import java.util.List;

/** {@code PATCH /offsets} body: {@code {"offsets": [{partition, offset}]}}. */
final class OffsetsBodyDto {
  final List<OffsetsDto.OffsetDto> offsets;

  OffsetsBodyDto(List<OffsetsDto.OffsetDto> offsets) {
    this.offsets = offsets;
  }
}
