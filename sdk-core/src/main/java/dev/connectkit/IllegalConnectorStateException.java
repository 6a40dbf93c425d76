package dev.connectkit;

/**
 * The connector is in a state where the operation cannot apply, for example resume of a connector that is not paused.
 * Nothing was sent.
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * try {
 *   client.resume(name);
 * } catch (IllegalConnectorStateException e) {
 *   System.out.println(e.getMessage()); // resume needs PAUSED or STOPPED; sales-dev-x-connector is RUNNING
 * }
 * }</pre>
 */
public class IllegalConnectorStateException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final ConnectorState state;

  /** The operation cannot apply in {@code state}. */
  public IllegalConnectorStateException(String message, ConnectorState state) {
    super(message);
    this.state = state;
  }

  /** The state the connector was in. */
  public ConnectorState state() {
    return state;
  }
}
