package dev.connectkit.benchmarks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The typed objects the hand-written contestants (raw OkHttp+Moshi, Retrofit+Moshi) decode into: the same shapes the
 * SDK decodes, so every contestant does the whole decode.
 */
final class Dtos {
  private Dtos() {}

  /** {@code {name, type, connector:{…}, tasks:[…]}}. */
  static final class Status {
    @Nullable String name;
    @Nullable String type;
    @Nullable ConnectorState connector;
    @Nullable List<TaskState> tasks;
  }

  /** {@code {state, worker_id, trace}}. */
  static final class ConnectorState {
    @Nullable String state;
    @Nullable String worker_id;
    @Nullable String trace;
  }

  /** {@code {id, state, worker_id, msg}}. */
  static final class TaskState {
    int id;
    @Nullable String state;
    @Nullable String worker_id;
    @Nullable String msg;
  }

  /** {@code {name, type, config, tasks:[{connector, task}]}}. */
  static final class Connector {
    @Nullable String name;
    @Nullable String type;
    @Nullable Map<String, String> config;
    @Nullable List<TaskId> tasks;
  }

  /** {@code {connector, task}}. */
  static final class TaskId {
    @Nullable String connector;
    int task;
  }

  /** One value of the expanded list: {@code {id:{…}, info:{…}, status:{…}}}. */
  static final class Expansion {
    @Nullable Id id;
    @Nullable Info info;
    @Nullable Status status;
  }

  /** {@code {id, id_type}}. */
  static final class Id {
    @Nullable String id;
    @Nullable String id_type;
  }

  /** {@code {name, type, config}}. */
  static final class Info {
    @Nullable String name;
    @Nullable String type;
    @Nullable Map<String, String> config;
  }

  /** The create body: {@code {identifier, config}}. */
  static final class CreateRequest {
    final String identifier;
    final Map<String, String> config;

    CreateRequest(String identifier, Map<String, String> config) {
      this.identifier = identifier;
      this.config = config;
    }
  }
}
