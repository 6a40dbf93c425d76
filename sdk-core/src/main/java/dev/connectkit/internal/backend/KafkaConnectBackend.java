package dev.connectkit.internal.backend;

import dev.connectkit.internal.wire.MessageDto;
import dev.connectkit.internal.wire.OffsetsBodyDto;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import org.jspecify.annotations.Nullable;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.ConfigMaps;
import dev.connectkit.internal.wire.CreateBodies;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.http.HttpExecutor.Mode;
import dev.connectkit.internal.wire.WireJson;
import dev.connectkit.internal.wire.WireMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A self-managed Apache Kafka Connect cluster's REST API: the client chooses the name, {@code STOPPED} and
 * {@code PUT /stop}, restart with {@code includeTasks}/{@code onlyFailed}, task restart, synchronous offsets on a
 * stopped connector, repeated {@code expand}. A 409 (rebalance in progress) is retried for idempotent requests.
 */
public final class KafkaConnectBackend implements Backend {
  private final HttpUrl baseUrl;
  private final KafkaConnectApi api;
  private final HttpExecutor http;
  private final OffsetsLedger ledger;

  public KafkaConnectBackend(HttpUrl baseUrl, OkHttpClient client, HttpExecutor http, OffsetsLedger ledger) {
    this.baseUrl = baseUrl.newBuilder().addPathSegment("").build();
    this.api =
        new Retrofit.Builder()
            .baseUrl(this.baseUrl)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(WireJson.MOSHI))
            .build()
            .create(KafkaConnectApi.class);
    this.http = http;
    this.ledger = ledger;
  }

  @Override
  public String describe() {
    return "Kafka Connect " + baseUrl;
  }

  @Override
  public boolean supports(Feature feature) {
    return true;
  }

  @Override
  public String fullName(ConnectorConfig config) {
    return config.name().fullName();
  }

  private <T> retrofit2.Response<T> idempotent(String verb, String subject, java.util.function.Supplier<Call<T>> call) {
    return http.execute(verb, subject, call, Mode.IDEMPOTENT, ConflictMeaning.REBALANCE, Set.of());
  }

  @Override
  public Connector create(ConnectorConfig config) {
    String name = fullName(config);
    okhttp3.RequestBody body = CreateBodies.of("name", name, config, true);
    return ConfigMaps.masked(config, WireMapper.named(
        WireMapper.requireBody(
            http.execute("create", name,
                    () -> api.create(body),
                    Mode.NOT_IDEMPOTENT,
                    ConflictMeaning.ALREADY_EXISTS,
                    ConfigMaps.secretValues(config))
                .body(),
            "create"),
        name));
  }

  @Override
  public Connector get(String name) {
    return WireMapper.named(WireMapper.requireBody(idempotent("get", name, () -> api.get(name)).body(), "get"), name);
  }

  @Override
  public List<ConnectorInfo> list() {
    return WireMapper.requireBody(idempotent("list", "", api::list).body(), "list");
  }

  @Override
  public Connector putConfig(ConnectorConfig config) {
    String name = fullName(config);
    Map<String, String> body = ConfigMaps.wire(config, true);
    return ConfigMaps.masked(config, WireMapper.named(
        WireMapper.requireBody(
            http.execute("update", name,
                    () -> api.putConfig(name, body),
                    Mode.IDEMPOTENT,
                    ConflictMeaning.REBALANCE,
                    ConfigMaps.secretValues(config))
                .body(),
            "update"),
        name));
  }

  @Override
  public void delete(String name) {
    http.execute("delete", name, () -> api.delete(name), Mode.DELETE, ConflictMeaning.REBALANCE, Set.of());
  }

  @Override
  public void pause(String name) {
    idempotent("pause", name, () -> api.pause(name));
  }

  @Override
  public void resume(String name) {
    idempotent("resume", name, () -> api.resume(name));
  }

  @Override
  public void stop(String name) {
    idempotent("stop", name, () -> api.stop(name));
  }

  @Override
  public @Nullable ConnectorStatus restart(String name, boolean includeTasks, boolean onlyFailed) {
    ConnectorStatus plan = idempotent("restart", name, () -> api.restart(name, includeTasks, onlyFailed)).body();
    return plan == null ? null : WireMapper.named(plan, name);
  }

  @Override
  public void restartTask(String name, int taskId) {
    idempotent("restart task " + taskId + " of", name, () -> api.restartTask(name, taskId));
  }

  @Override
  public ConnectorStatus status(String name) {
    return WireMapper.named(
        WireMapper.requireBody(idempotent("status", name, () -> api.status(name)).body(), "status"), name);
  }

  @Override
  public HttpExecutor.PendingRead readStatus(String name, HttpExecutor.Reply<ConnectorStatus> reply) {
    return http.read("status", name, () -> api.status(name), ConflictMeaning.REBALANCE,
        (status, failure) -> reply.accept(status == null ? null : WireMapper.named(status, name), failure));
  }

  @Override
  public HttpExecutor.PendingRead readList(HttpExecutor.Reply<List<ConnectorInfo>> reply) {
    return http.read("list", "", api::list, ConflictMeaning.REBALANCE, reply);
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
                    ConflictMeaning.REBALANCE,
                    ConfigMaps.secretValues(config))
                .body(),
            "validate"),
        plugin, http.scrubber(ConfigMaps.secretValues(config)));
  }

  @Override
  public ConnectorOffsets offsets(String name) {
    return WireMapper.offsets(
        WireMapper.requireBody(idempotent("offsets", name, () -> api.offsets(name)).body(), "offsets"), name);
  }

  /**
   * Alters ({@code PATCH}) or resets ({@code DELETE}) offsets synchronously; Kafka Connect accepts this only for a
   * {@code STOPPED} connector, which is checked first.
   */
  @Override
  public void requestOffsets(String name, String type, List<ConnectorOffset> offsets) {
    ConnectorState state = status(name).state();
    if (!state.equals(ConnectorState.STOPPED)) {
      throw notStopped(name, state);
    }
    Instant requested = Instant.now();
    MessageDto answer;
    try {
      answer =
          type.equals("DELETE")
              ? idempotent("reset offsets of", name, () -> api.resetOffsets(name)).body()
              : idempotent(
                      "alter offsets of",
                      name,
                      () -> api.alterOffsets(name, new OffsetsBodyDto(WireMapper.offsetDtos(offsets))))
                  .body();
    } catch (ConnectorValidationException e) {
      if (e.serverMessage().contains("STOPPED")) {
        // Started again between the check and the request.
        throw notStopped(name, status(name).state());
      }
      throw e;
    }
    String message = answer == null || answer.message == null ? "" : answer.message;
    ledger.record(new OffsetsRequestStatus(name, type, "APPLIED", message, requested, Instant.now()));
  }

  private static IllegalConnectorStateException notStopped(String name, ConnectorState state) {
    return new IllegalConnectorStateException(
        "Kafka Connect changes offsets only of a STOPPED connector; " + name + " is " + state.value()
            + " (stop it first: client.stop(name))",
        state);
  }

  /** The outcome of the last offsets change this client made (Kafka Connect has no request status of its own). */
  @Override
  public OffsetsRequestStatus offsetsRequestStatus(String name) {
    return ledger
        .last(name)
        .orElseThrow(
            () ->
                new UnsupportedOnTargetException(
                    "offsetsRequestStatus of a connector whose offsets this client did not change (Kafka Connect "
                        + "applies offsets synchronously and keeps no request status)",
                    describe()));
  }
}
