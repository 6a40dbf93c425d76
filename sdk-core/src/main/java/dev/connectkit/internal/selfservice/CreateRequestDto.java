package dev.connectkit.internal.selfservice;

import java.util.Map;

/** The create body (assumed): {@code {"identifier": "<bare id>", "config": {…}}}. */
final class CreateRequestDto {
  final String identifier;
  final Map<String, String> config;

  CreateRequestDto(String identifier, Map<String, String> config) {
    this.identifier = identifier;
    this.config = config;
  }
}
