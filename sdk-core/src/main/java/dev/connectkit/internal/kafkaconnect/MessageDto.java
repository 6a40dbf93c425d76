package dev.connectkit.internal.kafkaconnect;

import org.jspecify.annotations.Nullable;

/** The answer of {@code PATCH}/{@code DELETE /offsets}: {@code {"message": "…"}}. */
final class MessageDto {
  @Nullable String message;
}
