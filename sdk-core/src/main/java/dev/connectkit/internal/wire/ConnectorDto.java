package dev.connectkit.internal.wire;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Connect v1 {@code Connector} / {@code ConnectorWithOffsets}: {@code {name, type, config, tasks}}. */
public final class ConnectorDto {
  public @Nullable String name;
  public @Nullable String type;
  public @Nullable Map<String, String> config;
  public @Nullable List<TaskIdDto> tasks;

  /** {@code {connector, task}}. */
  public static final class TaskIdDto {
    public @Nullable String connector;
    public int task;
  }
}
