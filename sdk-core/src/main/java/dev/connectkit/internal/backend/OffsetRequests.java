package dev.connectkit.internal.backend;

import dev.connectkit.ConnectorOffset;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.HttpExecutor.Mode;
import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.WireMapper;
import java.util.List;
import java.util.Set;

/**
 * Connect v1's offsets: an asynchronous request ({@code POST /offsets/request}), never re-sent after an ambiguous
 * failure, and its status ({@code GET /offsets/request/status}).
 */
final class OffsetRequests implements OffsetChanges {
  private final ConnectApi api;
  private final HttpExecutor http;

  OffsetRequests(ConnectApi api, HttpExecutor http) {
    this.api = api;
    this.http = http;
  }

  @Override
  public void request(String name, String type, List<ConnectorOffset> offsets) {
    AlterOffsetsRequestDto body =
        new AlterOffsetsRequestDto(type, type.equals("DELETE") ? null : WireMapper.offsetDtos(offsets));
    http.execute("offsets " + type, name, () -> api.requestOffsets(name, body), Mode.NOT_IDEMPOTENT,
        ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public OffsetsRequestStatus status(String name) {
    return WireMapper.offsetsStatus(
        WireMapper.requireBody(
            http.execute("offsets request status", name,
                    () -> api.offsetsRequestStatus(name),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.CONFLICT,
                    Set.of())
                .body(),
            "offsets request status"),
        name);
  }

  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<OffsetsRequestStatus> reply) {
    return http.read("offsets request status", name, () -> api.offsetsRequestStatus(name), ConflictMeaning.CONFLICT,
        (dto, failure) -> reply.accept(dto == null ? null : WireMapper.offsetsStatus(dto, name), failure));
  }
}
