package dev.connectkit.internal.backend;

import dev.connectkit.internal.wire.AlterOffsetsRequestDto;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.WireJson;
import dev.connectkit.internal.wire.WireMapper;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import org.jspecify.annotations.Nullable;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.wire.CreateBodies;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.HttpExecutor.Mode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The managed targets (Self-Service API and Confluent Cloud Connect v1) speak the same Connect v1 shapes; they differ
 * only in their scope URL, how a config's name is checked, the create body and the {@code expand} order. Those
 * differences are the subclass's; every path and mapping is here.
 */
public abstract class ConnectV1Backend implements Backend {
  private final ConnectV1Api api;
  private final HttpExecutor http;
  private final String expand;

  protected ConnectV1Backend(HttpUrl scopeUrl, String expand, OkHttpClient client, HttpExecutor http) {
    this.api =
        new Retrofit.Builder()
            .baseUrl(scopeUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(WireJson.MOSHI))
            .build()
            .create(ConnectV1Api.class);
    this.http = http;
    this.expand = expand;
  }

  /** The config's name, checked against this target's rules. */
  protected abstract ConnectorName checkedName(ConnectorConfig config);

  /** The create body's key beside {@code config}: {@code identifier} or {@code name}. */
  protected abstract String createKey();

  /** Its value for {@code name}: the bare id or the full name. */
  protected abstract String createValue(ConnectorName name);

  /** Whether the config map carries {@code name} (Connect v1 requires it; the Self-Service server sets it). */
  protected abstract boolean nameInConfig();

  @Override
  public String fullName(ConnectorConfig config) {
    return checkedName(config).fullName();
  }

  @Override
  public Connector create(ConnectorConfig config) {
    ConnectorName name = checkedName(config);
    RequestBody body = CreateBodies.of(createKey(), createValue(name), config, nameInConfig());
    Set<String> secrets = ConfigMaps.secretValues(config);
    return WireMapper.named(
        WireMapper.requireBody(
            http.execute("create", name.fullName(),
                    () -> api.create(body),
                    Mode.NOT_IDEMPOTENT,
                    ConflictMeaning.ALREADY_EXISTS,
                    secrets)
                .body(),
            "create"),
        name.fullName());
  }

  @Override
  public Connector get(String name) {
    return WireMapper.named(
        WireMapper.requireBody(
            http.execute("get", name, () -> api.get(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "get"),
        name);
  }

  @Override
  public List<ConnectorInfo> list() {
    return WireMapper.requireBody(
        http.execute("list", "", () -> api.list(expand), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of()).body(),
        "list");
  }

  @Override
  public Connector putConfig(ConnectorConfig config) {
    String name = checkedName(config).fullName();
    Map<String, String> body = ConfigMaps.wire(config, nameInConfig());
    return WireMapper.named(
        WireMapper.requireBody(
            http.execute("update", name,
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
        http.execute("delete", name, () -> api.delete(name), Mode.DELETE, ConflictMeaning.CONFLICT, Set.of());
    DeleteResponseDto dto = response.isSuccessful() ? response.body() : null;
    if (dto != null && dto.error != null) {
      throw new ConnectorException("delete " + name + " failed: " + dto.error);
    }
  }

  @Override
  public void pause(String name) {
    http.execute("pause", name, () -> api.pause(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public void resume(String name) {
    http.execute("resume", name, () -> api.resume(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
  }

  @Override
  public boolean supports(Feature feature) {
    return false;
  }

  @Override
  public @Nullable ConnectorStatus restart(String name, boolean includeTasks, boolean onlyFailed) {
    if (!includeTasks || onlyFailed) {
      throw new UnsupportedOnTargetException("restart with includeTasks/onlyFailed", describe());
    }
    http.execute("restart", name, () -> api.restart(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of());
    return null;
  }

  @Override
  public ConnectorStatus status(String name) {
    return WireMapper.named(
        WireMapper.requireBody(
            http.execute("status", name, () -> api.status(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "status"),
        name);
  }

  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<ConnectorStatus> reply) {
    return http.read("status", name, () -> api.status(name), ConflictMeaning.CONFLICT,
        (status, failure) -> reply.accept(status == null ? null : WireMapper.named(status, name), failure));
  }

  @Override
  public HttpExecutor.PendingRead readList(HttpExecutor.Reply<List<ConnectorInfo>> reply) {
    return http.read("list", "", () -> api.list(expand), ConflictMeaning.CONFLICT, reply);
  }

  @Override
  public HttpExecutor.PendingRead readOffsetsRequestStatus(
      String name, HttpExecutor.Reply<OffsetsRequestStatus> reply) {
    return http.read("offsets request status", name, () -> api.offsetsRequestStatus(name), ConflictMeaning.CONFLICT,
        (dto, failure) -> reply.accept(dto == null ? null : WireMapper.offsetsStatus(dto, name), failure));
  }

  @Override
  public ValidationResult validate(ConnectorConfig config) {
    Map<String, String> body = ConfigMaps.wire(config, true);
    String plugin = config.connectorClass();
    return WireMapper.validation(
        WireMapper.requireBody(
            http.execute("validate", plugin,
                    () -> api.validate(plugin, body),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.CONFLICT,
                    ConfigMaps.secretValues(config))
                .body(),
            "validate"),
        plugin, http.scrubber(ConfigMaps.secretValues(config)));
  }

  @Override
  public ConnectorOffsets offsets(String name) {
    return WireMapper.offsets(
        WireMapper.requireBody(
            http.execute("offsets", name, () -> api.offsets(name), Mode.IDEMPOTENT, ConflictMeaning.CONFLICT, Set.of())
                .body(),
            "offsets"),
        name);
  }

  @Override
  public void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    AlterOffsetsRequestDto body =
        new AlterOffsetsRequestDto(type, type.equals("DELETE") ? null : WireMapper.offsetDtos(offsets));
    http.execute(
        "offsets " + type,
        name,
        () -> api.requestOffsets(name, body),
        Mode.NOT_IDEMPOTENT,
        ConflictMeaning.CONFLICT,
        Set.of());
  }

  @Override
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
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
}
