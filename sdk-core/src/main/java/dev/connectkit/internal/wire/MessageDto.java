package dev.connectkit.internal.wire;

import org.jspecify.annotations.Nullable;

/** The answer of {@code PATCH}/{@code DELETE /offsets}: {@code {"message": "…"}}. */
public final class MessageDto {
  public @Nullable String message;
}
