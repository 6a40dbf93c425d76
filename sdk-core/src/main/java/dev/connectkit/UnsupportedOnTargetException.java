package dev.connectkit;

/**
 * The client's target has no such operation (for example {@code stop} on Confluent Cloud, which only self-managed
 * Kafka Connect offers). Thrown before anything is sent.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * try {
 *   client.stop(name);
 * } catch (UnsupportedOnTargetException e) {
 *   client.pause(name); // the nearest thing this target offers
 * }
 * }</pre>
 */
public class UnsupportedOnTargetException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String endpoint;

  /**
   * An operation the client's target lacks.
   *
   * @param operation what was asked, e.g. {@code stop}
   * @param endpoint the client's target, as {@link ConnectorClient#endpoint()} describes it
   */
  public UnsupportedOnTargetException(String operation, String endpoint) {
    super(operation + " is unsupported on this target (" + endpoint + ")");
    this.operation = operation;
    this.endpoint = endpoint;
  }

  /** What was asked, e.g. {@code stop} or {@code restartTask}. */
  public String operation() {
    return operation;
  }

  /** The client's target, as {@link ConnectorClient#endpoint()} describes it. */
  public String endpoint() {
    return endpoint;
  }
}
