package dev.connectkit;

/**
 * The client's target has no such operation (for example {@code stop} on Confluent Cloud, which only self-managed
 * Kafka Connect offers). Thrown before anything is sent.
 *
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
  private final String target;

  /**
   * An operation {@code target} lacks.
   *
   * @param operation what was asked, e.g. {@code stop}
   * @param target the client's target, as {@link ConnectorClient#target()} describes it
   */
  public UnsupportedOnTargetException(String operation, String target) {
    super(operation + " is unsupported on this target (" + target + ")");
    this.operation = operation;
    this.target = target;
  }

  /** What was asked, e.g. {@code stop} or {@code restartTask}. */
  public String operation() {
    return operation;
  }

  /** The client's target, as {@link ConnectorClient#target()} describes it. */
  public String target() {
    return target;
  }
}
