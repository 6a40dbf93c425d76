package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Observation;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.Transition.Operation;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What one poll of a wait saw (a status, an offsets request's status, or a failed read), with what the wait knew
 * when it saw it: what {@link Acceptor}s match on.
 */
final class Poll {
  final Operation operation;
  final String name;
  /** The wait's observations so far (live: a failure carries them). */
  final List<Observation> observed;
  final @Nullable ConnectorStatus status;
  final @Nullable OffsetsRequestStatus offsets;
  final @Nullable ConnectorException error;
  /**
   * Whether the status cannot be the state from before the request read again: the operation changes the state
   * anyway (create, pause, resume, stop, delete), another state was seen since, the read differs from the status read
   * before the request ({@link Evidence}), or the stale-read window has passed.
   */
  final boolean fresh;
  /** Whether the wait is still within the stale-read window. */
  final boolean stale;
  /** Whether the wait is still within the failure grace. */
  final boolean withinGrace;
  /** Whether a connector may still show {@code RUNNING} before its tasks are assigned (Kafka Connect, early on). */
  final boolean lateTasks;
  private final BooleanSupplier unconfirmedNotFound;

  private Poll(
      Operation operation,
      String name,
      List<Observation> observed,
      @Nullable ConnectorStatus status,
      @Nullable OffsetsRequestStatus offsets,
      @Nullable ConnectorException error,
      boolean fresh,
      boolean stale,
      boolean withinGrace,
      boolean lateTasks,
      BooleanSupplier unconfirmedNotFound) {
    this.operation = operation;
    this.name = name;
    this.observed = observed;
    this.status = status;
    this.offsets = offsets;
    this.error = error;
    this.fresh = fresh;
    this.stale = stale;
    this.withinGrace = withinGrace;
    this.lateTasks = lateTasks;
    this.unconfirmedNotFound = unconfirmedNotFound;
  }

  static Poll ofStatus(
      Operation operation,
      String name,
      List<Observation> observed,
      ConnectorStatus status,
      boolean fresh,
      boolean stale,
      boolean withinGrace,
      boolean lateTasks) {
    return new Poll(operation, name, observed, status, null, null, fresh, stale, withinGrace, lateTasks, () -> false);
  }

  static Poll ofOffsets(Operation operation, String name, List<Observation> observed, OffsetsRequestStatus offsets) {
    return new Poll(operation, name, observed, null, offsets, null, true, false, false, false, () -> false);
  }

  /** {@code unconfirmedNotFound} is asked only of a 404, and only by the acceptors that care. */
  static Poll ofError(
      Operation operation,
      String name,
      List<Observation> observed,
      @Nullable ConnectorException error,
      BooleanSupplier unconfirmedNotFound) {
    return new Poll(operation, name, observed, null, null, error, true, false, false, false, unconfirmedNotFound);
  }

  /** The status read; only for acceptors that matched on one. */
  ConnectorStatus status() {
    ConnectorStatus s = status;
    if (s == null) {
      throw new IllegalStateException("not a status read");
    }
    return s;
  }

  /** The offsets request's status; only for acceptors that matched on one. */
  OffsetsRequestStatus offsets() {
    OffsetsRequestStatus o = offsets;
    if (o == null) {
      throw new IllegalStateException("not an offsets request status");
    }
    return o;
  }

  /** The failed read's exception; only for acceptors that matched on one. */
  ConnectorException error() {
    ConnectorException e = error;
    if (e == null) {
      throw new IllegalStateException("not a failed read");
    }
    return e;
  }

  boolean isState(ConnectorState state) {
    ConnectorStatus s = status;
    return s != null && s.state().equals(state);
  }

  boolean isNotFound() {
    return error instanceof ConnectorNotFoundException;
  }

  /**
   * Whether this 404 contradicts what was seen (the connector existed before the request, or during this wait) and
   * has not yet lasted {@link TransitionRules#NOT_FOUND_CONFIRMATION}: a restarting worker answers 404 for a moment
   * for connectors that exist.
   */
  boolean isUnconfirmedNotFound() {
    return isNotFound() && unconfirmedNotFound.getAsBoolean();
  }
}
