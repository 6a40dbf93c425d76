package dev.connectkit.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code {request:{id,name,offsets,requested_at,type}, status:{phase,message}, previous_offsets, applied_at}}. */
public final class AlterOffsetsStatusDto {
  public @Nullable RequestDto request;
  public @Nullable PhaseDto status;
  public @Nullable List<OffsetsDto.OffsetDto> previous_offsets;
  public @Nullable String applied_at;

  /** The request part (also the 202 body of an alter request). */
  public static final class RequestDto {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable List<OffsetsDto.OffsetDto> offsets;
    public @Nullable String requested_at;
    public @Nullable String type;
  }

  /** {@code {phase, message}}. */
  public static final class PhaseDto {
    public @Nullable String phase;
    public @Nullable String message;
  }
}
