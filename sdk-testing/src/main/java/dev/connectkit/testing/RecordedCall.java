package dev.connectkit.testing;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake received and how it answered, for assertions. The journal is bounded (see {@link
 * FakeConnectorApi.Builder#journalCapacity(int)}).
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * assertThat(fake.requests())
 *     .filteredOn(call -> call.route().equals(Optional.of(Route.CREATE)))
 *     .hasSize(1);
 * }</pre>
 */
public final class RecordedCall {
  private final Instant at;
  private final String method;
  private final String target;
  private final @Nullable Route route;
  private final int status;
  private final @Nullable Fault fault;
  private final String body;

  RecordedCall(
      Instant at, String method, String target, @Nullable Route route, int status, @Nullable Fault fault, String body) {
    this.at = at;
    this.method = method;
    this.target = target;
    this.route = route;
    this.status = status;
    this.fault = fault;
    this.body = body;
  }

  /** When the fake answered, on the fake's clock. */
  public Instant at() {
    return at;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request target: path and query, e.g. {@code /sales/dev/connectors?expand=status}. */
  public String target() {
    return target;
  }

  /** The operation, empty for a request outside the contract (answered 404, or 401/403 before routing). */
  public Optional<Route> route() {
    return Optional.ofNullable(route);
  }

  /** The status sent, or 0 when the connection was dropped. */
  public int status() {
    return status;
  }

  /** The fault that struck this request, if any. */
  public Optional<Fault> fault() {
    return Optional.ofNullable(fault);
  }

  /** The request body as sent (may contain secrets: it is your test data), empty if none. */
  public String body() {
    return body;
  }

  /** For example {@code POST /sales/dev/connectors -> 201}; never the body. */
  @Override
  public String toString() {
    return method + " " + target + " -> " + (status == 0 ? "dropped" : status) + (fault == null ? "" : " " + fault);
  }
}
