package dev.connectkit.internal.backend;

import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.OffsetsRequestType;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.internal.Responses;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.HttpExecutor.Mode;
import dev.connectkit.internal.wire.MessageDto;
import dev.connectkit.internal.wire.OffsetsBodyDto;
import dev.connectkit.internal.wire.WireMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Kafka Connect's offsets: changed synchronously ({@code PATCH}/{@code DELETE /offsets}, idempotent) and only on a
 * {@code STOPPED} connector, which is checked first; Kafka Connect keeps no request status, so the outcome of the
 * last change this client made is remembered ({@link OffsetsLedger}).
 */
final class StoppedOffsets implements OffsetChanges {
  private final ConnectApi api;
  private final HttpExecutor http;
  private final OffsetsLedger ledger;
  private final Function<String, ConnectorStatus> statuses;
  private final String target;

  StoppedOffsets(
      ConnectApi api, HttpExecutor http, OffsetsLedger ledger, Function<String, ConnectorStatus> statuses,
      String target) {
    this.api = api;
    this.http = http;
    this.ledger = ledger;
    this.statuses = statuses;
    this.target = target;
  }

  @Override
  public void request(String name, String type, List<ConnectorOffset> offsets) {
    ConnectorState state = statuses.apply(name).state();
    if (!state.equals(ConnectorState.STOPPED)) {
      throw notStopped(name, state);
    }
    Instant requested = Instant.now();
    MessageDto answer;
    try {
      answer =
          type.equals("DELETE")
              ? http.execute("reset offsets of", name, () -> api.resetOffsets(name), Mode.IDEMPOTENT,
                  ConflictMeaning.REBALANCE, Set.of()).body()
              : http.execute("alter offsets of", name,
                  () -> api.alterOffsets(name, new OffsetsBodyDto(WireMapper.offsetDtos(offsets))), Mode.IDEMPOTENT,
                  ConflictMeaning.REBALANCE, Set.of()).body();
    } catch (ConnectorValidationException e) {
      if (e.serverMessage().contains("STOPPED")) {
        // Started again between the check and the request.
        throw notStopped(name, statuses.apply(name).state());
      }
      throw e;
    }
    String message = answer == null || answer.message == null ? "" : answer.message;
    ledger.record(Responses.factory()
        .offsetsStatus(name, OffsetsRequestType.of(type), "APPLIED", message, requested, Instant.now()));
  }

  private static IllegalConnectorStateException notStopped(String name, ConnectorState state) {
    return new IllegalConnectorStateException(
        "Kafka Connect changes offsets only of a STOPPED connector; " + name + " is " + state.value()
            + " (stop it first: client.stop(name))",
        state);
  }

  /** The outcome of the last offsets change this client made (Kafka Connect has no request status of its own). */
  @Override
  public OffsetsRequestStatus status(String name) {
    return ledger
        .last(name)
        .orElseThrow(
            () ->
                new UnsupportedOnTargetException(
                    "offsetsRequestStatus of a connector whose offsets this client did not change (Kafka Connect "
                        + "applies offsets synchronously and keeps no request status)",
                    target));
  }

  /** Read from the ledger, on the calling thread. */
  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<OffsetsRequestStatus> reply) {
    OffsetsRequestStatus status;
    try {
      status = status(name);
    } catch (ConnectorException e) {
      reply.accept(null, e);
      return HttpExecutor.PendingRead.NONE;
    }
    reply.accept(status, null);
    return HttpExecutor.PendingRead.NONE;
  }
}
