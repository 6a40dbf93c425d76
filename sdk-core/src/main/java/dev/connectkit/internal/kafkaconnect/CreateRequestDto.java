package dev.connectkit.internal.kafkaconnect;

import java.util.Map;

/** Kafka Connect create body: {@code {"name": "<name>", "config": {"name": "<name>", …}}} (the names must match). */
final class CreateRequestDto {
  final String name;
  final Map<String, String> config;

  CreateRequestDto(String name, Map<String, String> config) {
    this.name = name;
    this.config = config;
  }
}
