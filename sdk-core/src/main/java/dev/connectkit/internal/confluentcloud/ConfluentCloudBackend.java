package dev.connectkit.internal.confluentcloud;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.Backend;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.HttpExecutor;
import dev.connectkit.internal.HttpExecutor.Mode;
import dev.connectkit.internal.Json;
import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.WireMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Confluent Cloud's Connect v1 API: paths under {@code /connect/v1/environments/{env}/clusters/{cluster}}, the client
 * chooses the full name ({@code {name, config}} with {@code config.name}), offsets are changed by asynchronous
 * requests. No stop, no task restart, no restart options.
 */
public final class ConfluentCloudBackend implements Backend {
  private final HttpUrl clusterUrl;
  private final ConfluentCloudApi api;
  private final HttpExecutor http;

  public ConfluentCloudBackend(
      HttpUrl baseUrl, String environmentId, String clusterId, OkHttpClient client, HttpExecutor http) {
    this.clusterUrl =
        baseUrl.newBuilder()
            .addPathSegments("connect/v1/environments")
            .addPathSegment(environmentId)
            .addPathSegment("clusters")
            .addPathSegment(clusterId)
            .addPathSegment("")
            .build();
    this.api =
        new Retrofit.Builder()
            .baseUrl(clusterUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
            .build()
            .create(ConfluentCloudApi.class);
    this.http = http;
  }

  @Override
  public String describe() {
    return "Confluent Cloud Connect v1 " + clusterUrl;
  }

  @Override
  public boolean supports(Feature feature) {
    return false;
  }

  @Override
  public String fullName(ConnectorConfig config) {
    return config.name().fullName();
  }

  @Override
  public Connector create(ConnectorConfig config) {
    String name = fullName(config);
    Map<String, String> body = ConfigMaps.wire(config, true);
    return WireMapper.connector(
        WireMapper.requireBody(
            http.execute(
                    "create " + name,
                    () -> api.create(new CreateRequestDto(name, body)),
                    Mode.NOT_IDEMPOTENT,
                    ConflictMeaning.ALREADY_EXISTS,
                    ConfigMaps.secretValues(config))
                .body(),
            "create"),
        name);
  }

  @Override
  public Connector get(String name) {
    return WireMapper.connector(
        WireMapper.requireBody(
            http.execute("get " + name, () -> api.get(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "get"),
        name);
  }

  @Override
  public List<ConnectorInfo> list() {
    return WireMapper.list(
        WireMapper.requireBody(
            http.execute("list", api::list, Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of()).body(), "list"));
  }

  @Override
  public Connector putConfig(ConnectorConfig config) {
    String name = fullName(config);
    Map<String, String> body = ConfigMaps.wire(config, true);
    return WireMapper.connector(
        WireMapper.requireBody(
            http.execute(
                    "update " + name,
                    () -> api.putConfig(name, body),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.CONFLICT,
                    ConfigMaps.secretValues(config))
                .body(),
            "update"),
        name);
  }

  @Override
  public void delete(String name) {
    retrofit2.Response<DeleteResponseDto> response =
        http.execute("delete " + name, () -> api.delete(name), Mode.DELETE, ConflictMeaning.CONFLICT, Set.of());
    DeleteResponseDto dto = response.isSuccessful() ? response.body() : null;
    if (dto != null && dto.error != null) {
      throw new ConnectorException("delete " + name + " failed: " + dto.error);
    }
  }

  @Override
  public void pause(String name) {
    http.execute("pause " + name, () -> api.pause(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public void resume(String name) {
    http.execute("resume " + name, () -> api.resume(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public void restart(String name, boolean includeTasks, boolean onlyFailed) {
    if (!includeTasks || onlyFailed) {
      throw new UnsupportedOnTargetException("restart with includeTasks/onlyFailed", describe());
    }
    http.execute("restart " + name, () -> api.restart(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public ConnectorStatus status(String name) {
    return WireMapper.status(
        WireMapper.requireBody(
            http.execute(
                    "status " + name, () -> api.status(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "status"),
        name);
  }

  @Override
  public ValidationResult validate(ConnectorConfig config) {
    Map<String, String> body = ConfigMaps.wire(config, true);
    String plugin = config.connectorClass();
    return WireMapper.validation(
        WireMapper.requireBody(
            http.execute(
                    "validate " + plugin,
                    () -> api.validate(plugin, body),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.CONFLICT,
                    ConfigMaps.secretValues(config))
                .body(),
            "validate"),
        plugin);
  }

  @Override
  public ConnectorOffsets offsets(String name) {
    return WireMapper.offsets(
        WireMapper.requireBody(
            http.execute(
                    "offsets " + name, () -> api.offsets(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "offsets"),
        name);
  }

  @Override
  public void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    AlterOffsetsRequestDto body =
        new AlterOffsetsRequestDto(type, type.equals("DELETE") ? null : WireMapper.offsetDtos(offsets));
    http.execute(
        "offsets " + type + " " + name,
        () -> api.requestOffsets(name, body),
        Mode.NOT_IDEMPOTENT,
        ConflictMeaning.CONFLICT,
        Set.of());
  }

  @Override
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    return WireMapper.offsetsStatus(
        WireMapper.requireBody(
            http.execute(
                    "offsets request status " + name,
                    () -> api.offsetsRequestStatus(name),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.CONFLICT,
                    Set.of())
                .body(),
            "offsets request status"),
        name);
  }
}
