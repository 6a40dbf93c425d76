package dev.connectkit.plan;

import dev.connectkit.ConnectorState;

/**
 * The state a connector of a {@link ConnectorSet} should be in. {@link #STOPPED} exists only on Kafka Connect; a plan
 * for another target refuses it.
 *
 * <!-- example: ConnectorConfig config -->
 * <pre>{@code
 * DesiredConnector.of(config).state(DesiredState.PAUSED);
 * }</pre>
 */
public enum DesiredState {
  /** Running: created running, resumed if paused or stopped. */
  RUNNING,
  /** Paused: created paused (Kafka Connect 3.5+) or created then paused (managed targets). */
  PAUSED,
  /** Stopped (Kafka Connect only): tasks shut down, config kept. */
  STOPPED;

  /** The {@link ConnectorState} a connector in this state reports. */
  public ConnectorState connectorState() {
    switch (this) {
      case PAUSED:
        return ConnectorState.PAUSED;
      case STOPPED:
        return ConnectorState.STOPPED;
      default:
        return ConnectorState.RUNNING;
    }
  }
}
