package dev.connectkit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A wait ended because the connector (or an offsets request) failed: the message carries the connector's trace and
 * every failed task's message.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * try {
 *   client.create(config).await(Duration.ofMinutes(30));
 * } catch (ConnectorFailedException e) {
 *   System.err.println(e.getMessage());              // trace and task messages
 *   e.status().ifPresent(s -> s.failedTasks().forEach(System.err::println));
 * }
 * }</pre>
 */
public class ConnectorFailedException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable ConnectorStatus status;
  private final List<Observation> observed;

  /** A failure seen in {@code status}. */
  public ConnectorFailedException(String what, @Nullable ConnectorStatus status, List<Observation> observed) {
    super(what + describe(status));
    this.status = status;
    this.observed = List.copyOf(observed);
  }

  private static String describe(@Nullable ConnectorStatus status) {
    if (status == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    if (!status.trace().isEmpty()) {
      out.append("\n  trace: ").append(status.trace());
    }
    String tasks = status.failedTasks().stream()
        .map(t -> "\n  task " + t.id() + " " + t.state() + (t.trace().isEmpty() ? "" : ": " + t.trace()))
        .collect(Collectors.joining());
    return out.append(tasks).toString();
  }

  /** The status that showed the failure (empty for offsets requests). */
  public Optional<ConnectorStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Every state seen before the failure. */
  public List<Observation> observed() {
    return observed;
  }
}
