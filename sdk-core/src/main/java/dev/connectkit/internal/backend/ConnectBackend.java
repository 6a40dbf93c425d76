package dev.connectkit.internal.backend;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.HttpExecutor.Mode;
import dev.connectkit.internal.wire.CreateBodies;
import dev.connectkit.internal.wire.DeleteResponseDto;
import dev.connectkit.internal.wire.WireJson;
import dev.connectkit.internal.wire.WireMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The one Connect REST backend: every target's calls, paths and mapping, with what differs between targets taken
 * from its {@link TargetSpec} (scope URL, names, create body, {@code expand}, 409 meaning, secret masking, delete answer,
 * offsets, features).
 */
public final class ConnectBackend implements Backend {
  private final TargetSpec target;
  private final ConnectApi api;
  private final HttpExecutor http;
  private final OffsetChanges offsetChanges;

  /** {@code ledger} is shared by a client's request and poll backends (Kafka Connect's offsets outcome). */
  public ConnectBackend(TargetSpec target, OkHttpClient client, HttpExecutor http, OffsetsLedger ledger) {
    this.target = target;
    this.api =
        new Retrofit.Builder()
            .baseUrl(target.scopeUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(WireJson.MOSHI))
            .build()
            .create(ConnectApi.class);
    this.http = http;
    this.offsetChanges = target.offsets == TargetSpec.Offsets.REQUESTS
        ? new OffsetRequests(api, http)
        : new StoppedOffsets(api, http, ledger, this::status, target.description);
  }

  public ConnectBackend(TargetSpec target, OkHttpClient client, HttpExecutor http) {
    this(target, client, http, new OffsetsLedger());
  }

  @Override
  public String describe() {
    return target.description;
  }

  @Override
  public boolean supports(Feature feature) {
    return target.features.contains(feature);
  }

  @Override
  public String fullName(ConnectorConfig config) {
    return target.names.apply(config).fullName();
  }

  /** A call the policy may retry, whose 409 means what it means on this target. */
  private <T> retrofit2.Response<T> idempotent(
      String verb, String subject, Supplier<Call<T>> call, Collection<String> secrets) {
    return http.execute(verb, subject, call, Mode.IDEMPOTENT, target.conflict, secrets);
  }

  private <T> T body(String verb, String subject, Supplier<Call<T>> call) {
    return WireMapper.requireBody(idempotent(verb, subject, call, Set.of()).body(), verb);
  }

  /** The connector a create or update answered, its secrets masked where the target echoes them. */
  private Connector answered(ConnectorConfig config, @Nullable Connector answer, String verb, String name) {
    Connector connector = WireMapper.named(WireMapper.requireBody(answer, verb), name);
    return target.echoesSecrets ? ConfigMaps.masked(config, connector) : connector;
  }

  @Override
  public Connector create(ConnectorConfig config) {
    return create(config, null);
  }

  @Override
  public Connector create(ConnectorConfig config, @Nullable String initialState) {
    ConnectorName name = target.names.apply(config);
    RequestBody body = CreateBodies.of(
        target.createKey, target.createValue.apply(name), config, target.nameInConfig, initialState);
    Connector answer = http.execute("create", name.fullName(), () -> api.create(body), Mode.NOT_IDEMPOTENT,
        ConflictMeaning.ALREADY_EXISTS, ConfigMaps.secretValues(config)).body();
    return answered(config, answer, "create", name.fullName());
  }

  @Override
  public Connector get(String name) {
    return WireMapper.named(body("get", name, () -> api.get(name)), name);
  }

  @Override
  public List<ConnectorInfo> list() {
    return body("list", "", () -> api.list(target.listExpand));
  }

  @Override
  public Connector putConfig(ConnectorConfig config) {
    String name = fullName(config);
    Map<String, String> body = ConfigMaps.wire(config, target.nameInConfig);
    Connector answer =
        idempotent("update", name, () -> api.putConfig(name, body), ConfigMaps.secretValues(config)).body();
    return answered(config, answer, "update", name);
  }

  @Override
  public void delete(String name) {
    if (!target.deleteAnswers) {
      http.execute("delete", name, () -> api.delete(name), Mode.DELETE, target.conflict, Set.of());
      return;
    }
    retrofit2.Response<DeleteResponseDto> response =
        http.execute("delete", name, () -> api.deleteWithAnswer(name), Mode.DELETE, target.conflict, Set.of());
    DeleteResponseDto dto = response.isSuccessful() ? response.body() : null;
    if (dto != null && dto.error != null) {
      throw new ConnectorException("delete " + name + " failed: " + dto.error);
    }
  }

  @Override
  public void pause(String name) {
    idempotent("pause", name, () -> api.pause(name), Set.of());
  }

  @Override
  public void resume(String name) {
    idempotent("resume", name, () -> api.resume(name), Set.of());
  }

  @Override
  public void stop(String name) {
    require(Feature.STOP, "stop");
    idempotent("stop", name, () -> api.stop(name), Set.of());
  }

  @Override
  public @Nullable ConnectorStatus restart(String name, boolean includeTasks, boolean onlyFailed) {
    if (!supports(Feature.RESTART_OPTIONS)) {
      if (!includeTasks || onlyFailed) {
        throw new UnsupportedOnTargetException("restart with includeTasks/onlyFailed", describe());
      }
      idempotent("restart", name, () -> api.restart(name), Set.of());
      return null;
    }
    ConnectorStatus plan =
        idempotent("restart", name, () -> api.restart(name, includeTasks, onlyFailed), Set.of()).body();
    return plan == null ? null : WireMapper.named(plan, name);
  }

  @Override
  public void restartTask(String name, int taskId) {
    require(Feature.TASK_RESTART, "restartTask");
    idempotent("restart task " + taskId + " of", name, () -> api.restartTask(name, taskId), Set.of());
  }

  private void require(Feature feature, String operation) {
    if (!supports(feature)) {
      throw new UnsupportedOnTargetException(operation, describe());
    }
  }

  @Override
  public ConnectorStatus status(String name) {
    return WireMapper.named(body("status", name, () -> api.status(name)), name);
  }

  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<ConnectorStatus> reply) {
    return http.read("status", name, () -> api.status(name), target.conflict,
        (status, failure) -> reply.accept(status == null ? null : WireMapper.named(status, name), failure));
  }

  @Override
  public HttpExecutor.PendingRead readList(HttpExecutor.Reply<List<ConnectorInfo>> reply) {
    return http.read("list", "", () -> api.list(target.listExpand), target.conflict, reply);
  }

  @Override
  public ValidationResult validate(ConnectorConfig config) {
    Map<String, String> body = ConfigMaps.wire(config, true);
    String plugin = config.connectorClass();
    Set<String> secrets = ConfigMaps.secretValues(config);
    return WireMapper.validation(
        WireMapper.requireBody(idempotent("validate", plugin, () -> api.validate(plugin, body), secrets).body(),
            "validate"),
        plugin, http.scrubber(secrets));
  }

  @Override
  public ConnectorOffsets offsets(String name) {
    return WireMapper.offsets(body("offsets", name, () -> api.offsets(name)), name);
  }

  @Override
  public void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    offsetChanges.request(name, type, offsets);
  }

  @Override
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    return offsetChanges.status(name);
  }

  @Override
  public HttpExecutor.PendingRead readOffsetsRequestStatus(
      String name, HttpExecutor.Reply<OffsetsRequestStatus> reply) {
    return offsetChanges.readStatus(name, reply);
  }
}
