package dev.connectkit.internal.selfservice;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.Placement;
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
 * The Self-Service target: paths under {@code /{business_unit}/{stage}}, create by bare identifier (the server
 * composes the name), everything else in Connect v1 shapes. All of this target's wire knowledge is here and in
 * {@link SelfServiceApi} / {@link CreateRequestDto}.
 */
public final class SelfServiceBackend implements Backend {
  private final HttpUrl scopeUrl;
  private final Placement scope;
  private final SelfServiceApi api;
  private final HttpExecutor http;

  public SelfServiceBackend(HttpUrl baseUrl, Placement scope, OkHttpClient client, HttpExecutor http) {
    this.scope = scope;
    this.scopeUrl =
        baseUrl.newBuilder()
            .addPathSegment(scope.businessUnit())
            .addPathSegment(scope.stage().id())
            .addPathSegment("")
            .build();
    this.api =
        new Retrofit.Builder()
            .baseUrl(scopeUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
            .build()
            .create(SelfServiceApi.class);
    this.http = http;
  }

  @Override
  public String describe() {
    return "Self-Service API " + scopeUrl + " (" + scope + ")";
  }

  @Override
  public String fullName(ConnectorConfig config) {
    return checkedName(config).fullName();
  }

  /** The config's name must follow the convention and lie in this client's business unit and stage. */
  private ConnectorName checkedName(ConnectorConfig config) {
    ConnectorName name = config.name();
    Placement placement = name.placement().orElse(null);
    if (placement == null) {
      throw new ConnectorValidationException(
          "connector name",
          List.of(
              ConfigViolation.of(
                  "name",
                  "is a raw name; the Self-Service API composes names from a placement and an id",
                  name.fullName(),
                  "a name from Placement.name(id) or ConnectorName.of(placement, id)")));
    }
    if (!placement.businessUnit().equals(scope.businessUnit()) || placement.stage() != scope.stage()) {
      throw new ConnectorValidationException(
          "connector name",
          List.of(
              ConfigViolation.of(
                  "placement",
                  "is outside this client's scope",
                  placement.toString(),
                  "business unit " + scope.businessUnit() + ", stage " + scope.stage().id()
                      + " (derive a client for the other scope with client.newBuilder())")));
    }
    return name;
  }

  @Override
  public Connector create(ConnectorConfig config) {
    ConnectorName name = checkedName(config);
    Map<String, String> body = ConfigMaps.wire(config, false);
    Set<String> secrets = ConfigMaps.secretValues(config);
    return WireMapper.connector(
        WireMapper.requireBody(
            http.execute(
                    "create " + name.fullName(),
                    () -> api.create(new CreateRequestDto(name.id(), body)),
                    Mode.NOT_IDEMPOTENT,
                    ConflictMeaning.ALREADY_EXISTS,
                    secrets)
                .body(),
            "create"),
        name.fullName());
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
    String name = checkedName(config).fullName();
    Map<String, String> body = ConfigMaps.wire(config, false);
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
  public boolean supports(Feature feature) {
    return false;
  }

  @Override
  public void restart(String name, boolean includeTasks, boolean onlyFailed) {
    if (!includeTasks || onlyFailed) {
      throw new dev.connectkit.UnsupportedOnTargetException("restart with includeTasks/onlyFailed", describe());
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
