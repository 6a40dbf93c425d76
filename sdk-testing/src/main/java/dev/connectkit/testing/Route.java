package dev.connectkit.testing;

/**
 * The operations of the connector APIs the fake speaks ({@link FakeTarget}), for routing {@link Fault}s and reading
 * {@link RecordedCall}s. Paths are relative to the target's scope: {@code /{business_unit}/{stage}} on Self-Service,
 * {@code /connect/v1/environments/{env}/clusters/{cluster}} on Confluent Cloud, the worker's root on Kafka Connect.
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * fake.faults().next(Route.CREATE, Fault.dropConnectionAfterApplying());
 * }</pre>
 */
public enum Route {
  /** {@code POST /connectors}. */
  CREATE(true),
  /** {@code GET /connectors} with or without {@code expand}. */
  LIST(false),
  /** {@code GET /connectors/{name}}. */
  GET(false),
  /** {@code GET /connectors/{name}/config}. */
  GET_CONFIG(false),
  /** {@code PUT /connectors/{name}/config}. */
  UPDATE_CONFIG(true),
  /** {@code DELETE /connectors/{name}}. */
  DELETE(true),
  /** {@code PUT /connectors/{name}/pause}. */
  PAUSE(true),
  /** {@code PUT /connectors/{name}/resume}. */
  RESUME(true),
  /** {@code POST /connectors/{name}/restart}. */
  RESTART(true),
  /** {@code GET /connectors/{name}/status}. */
  STATUS(false),
  /** {@code PUT /connector-plugins/{class}/config/validate}. */
  VALIDATE(false),
  /** {@code GET /connectors/{name}/offsets}. */
  OFFSETS(false),
  /**
   * {@code POST /connectors/{name}/offsets/request}; on Kafka Connect {@code PATCH} and {@code DELETE
   * /connectors/{name}/offsets}.
   */
  ALTER_OFFSETS(true),
  /** {@code GET /connectors/{name}/offsets/request/status}. */
  OFFSETS_REQUEST_STATUS(false),
  /** Kafka Connect only: {@code PUT /connectors/{name}/stop}. */
  STOP(true),
  /** Kafka Connect only: {@code POST /connectors/{name}/tasks/{task}/restart}. */
  RESTART_TASK(true);

  private final boolean mutating;

  Route(boolean mutating) {
    this.mutating = mutating;
  }

  /** Whether the operation changes server state (so a fault after applying it leaves the client unsure). */
  public boolean isMutating() {
    return mutating;
  }
}
