package dev.connectkit.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Connect v1 / Kafka Connect status: {@code {name, type, connector:{state, worker_id, trace}, tasks:[…]}}. */
public final class StatusDto {
  public @Nullable String name;
  public @Nullable String type;
  public @Nullable ConnectorStateDto connector;
  public @Nullable List<TaskStateDto> tasks;

  /** {@code connector} part. */
  public static final class ConnectorStateDto {
    public @Nullable String state;
    public @Nullable String worker_id;
    public @Nullable String trace;
  }

  /** One task: Confluent Cloud sends {@code msg}, Kafka Connect {@code trace}. */
  public static final class TaskStateDto {
    public int id;
    public @Nullable String state;
    public @Nullable String worker_id;
    public @Nullable String msg;
    public @Nullable String trace;
  }
}
