package dev.connectkit.internal.wire;

import org.jspecify.annotations.Nullable;

/** DELETE's 200 body: {@code {"error": null}}; a non-null error is a failure. */
public final class DeleteResponseDto {
  public @Nullable Object error;
}
