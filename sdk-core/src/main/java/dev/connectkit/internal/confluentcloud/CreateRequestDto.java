package dev.connectkit.internal.confluentcloud;

import java.util.Map;

/** Connect v1 create body: {@code {"name": "<full name>", "config": {"name": "<full name>", …}}}. */
final class CreateRequestDto {
  final String name;
  final Map<String, String> config;

  CreateRequestDto(String name, Map<String, String> config) {
    this.name = name;
    this.config = config;
  }
}
