package dev.connectkit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wait ran out of time before the connector reached its target state. Carries the last status and every state seen;
 * when polls failed on the way (a server or token endpoint that was down), the last such failure is the
 * {@linkplain #getCause() cause}.
 *
 * <!-- example: ConnectorClient client; ConnectorConfig config -->
 * <pre>{@code
 * try {
 *   client.create(config).await(Duration.ofMinutes(15));
 * } catch (WaitTimeoutException e) {
 *   System.err.println("still " + e.lastStatus().map(s -> s.state().value()).orElse("absent"));
 * }
 * }</pre>
 */
public class WaitTimeoutException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable ConnectorStatus lastStatus;
  private final List<Observation> observed;

  /** A timeout after {@code observed}, the last read being {@code lastStatus}. */
  public WaitTimeoutException(String message, @Nullable ConnectorStatus lastStatus, List<Observation> observed) {
    this(message, lastStatus, observed, null);
  }

  /** A timeout after {@code observed}, the last read being {@code lastStatus}, the last failed poll {@code cause}. */
  public WaitTimeoutException(
      String message, @Nullable ConnectorStatus lastStatus, List<Observation> observed, @Nullable Throwable cause) {
    super(message, cause);
    this.lastStatus = lastStatus;
    this.observed = List.copyOf(observed);
  }

  /** The last status read, if any. */
  public Optional<ConnectorStatus> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  /** Every state seen. */
  public List<Observation> observed() {
    return observed;
  }
}
