package dev.connectkit.internal.client;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Transition.Operation;
import dev.connectkit.internal.Scrubber;
import dev.connectkit.internal.wait.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * What an operation started, for the facade to turn into a {@code Transition}: the operation, the connector's name,
 * the server's answer (if any), the evidence for its wait, and the status it had if nothing had to change (the
 * transition is then complete at once).
 */
public record Change(
    Operation operation,
    String name,
    @Nullable Connector connector,
    Evidence evidence,
    @Nullable ConnectorStatus alreadyThere) {

  static Change started(Operation operation, String name, @Nullable Connector connector, Evidence evidence) {
    return new Change(operation, name, connector, evidence, null);
  }

  /** This change, its wait scrubbing {@code secrets} (the config's sent) from the statuses it reads. */
  public Change sent(Scrubber secrets) {
    return new Change(operation, name, connector, evidence.sent(secrets), alreadyThere);
  }

  static Change complete(Operation operation, String name, ConnectorStatus status) {
    return new Change(operation, name, null, Evidence.NONE, status);
  }
}
