package dev.connectkit.internal.backend;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.internal.http.ErrorResponses.ConflictMeaning;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What differs between the targets that speak Connect REST: where their connectors live, how a config's name is
 * checked and sent, how the list is expanded, what a 409 means, whether the server echoes secrets, what a delete
 * answers, how offsets change, and what only some offer ({@link Backend.Feature}). {@link ConnectBackend} makes the
 * calls.
 */
public final class TargetSpec {
  /** How a target changes offsets. */
  enum Offsets {
    /** Connect v1: an asynchronous request, followed by its status. */
    REQUESTS,
    /** Kafka Connect: a synchronous change, only of a STOPPED connector; no request status of its own. */
    OF_STOPPED_CONNECTOR
  }

  final String description;
  final HttpUrl scopeUrl;
  final Function<ConnectorConfig, ConnectorName> names;
  /** The create body's key beside {@code config}: {@code identifier} or {@code name}. */
  final String createKey;
  /** Its value for a name: the bare id or the full name. */
  final Function<ConnectorName, String> createValue;
  /** Whether the config map carries {@code name} (Connect requires it; the Self-Service server sets it). */
  final boolean nameInConfig;
  final List<String> listExpand;
  /** What a 409 to an ordinary call means: Kafka Connect rebalancing (retried), or a conflict. */
  final ConflictMeaning conflict;
  /** Whether the answers to a create or update carry the secrets sent, to be masked (Kafka Connect). */
  final boolean echoesSecrets;
  /** Whether a delete answers with a body that may carry an {@code error} (Connect v1). */
  final boolean deleteAnswers;
  final Offsets offsets;
  final Set<Backend.Feature> features;

  private TargetSpec(
      String description,
      HttpUrl scopeUrl,
      Function<ConnectorConfig, ConnectorName> names,
      String createKey,
      Function<ConnectorName, String> createValue,
      boolean nameInConfig,
      List<String> listExpand,
      ConflictMeaning conflict,
      boolean echoesSecrets,
      boolean deleteAnswers,
      Offsets offsets,
      Set<Backend.Feature> features) {
    this.description = description;
    this.scopeUrl = scopeUrl;
    this.names = names;
    this.createKey = createKey;
    this.createValue = createValue;
    this.nameInConfig = nameInConfig;
    this.listExpand = listExpand;
    this.conflict = conflict;
    this.echoesSecrets = echoesSecrets;
    this.deleteAnswers = deleteAnswers;
    this.offsets = offsets;
    this.features = features;
  }

  /**
   * A self-managed Apache Kafka Connect cluster's REST API: the client chooses the name, {@code STOPPED} and
   * {@code PUT /stop}, restart with {@code includeTasks}/{@code onlyFailed}, task restart, synchronous offsets on a
   * stopped connector, repeated {@code expand}. A 409 (rebalance in progress) is retried for idempotent requests.
   */
  public static TargetSpec kafkaConnect(HttpUrl baseUrl) {
    HttpUrl url = baseUrl.newBuilder().addPathSegment("").build();
    return new TargetSpec("Kafka Connect " + url, url, ConnectorConfig::name, "name", ConnectorName::fullName, true,
        List.of("status", "info"), ConflictMeaning.REBALANCE, true, false, Offsets.OF_STOPPED_CONNECTOR,
        EnumSet.allOf(Backend.Feature.class));
  }

  /**
   * Confluent Cloud's Connect v1 API: paths under {@code /connect/v1/environments/{env}/clusters/{cluster}}, the
   * client chooses the full name ({@code {name, config}} with {@code config.name}), offsets are changed by
   * asynchronous requests. No stop, no task restart, no restart options.
   */
  public static TargetSpec confluentCloud(HttpUrl baseUrl, String environmentId, String clusterId) {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegments("connect/v1/environments")
        .addPathSegment(environmentId)
        .addPathSegment("clusters")
        .addPathSegment(clusterId)
        .addPathSegment("")
        .build();
    return connectV1("Confluent Cloud Connect v1 " + url, url, TargetSpec::withinCloudLimit, "name",
        ConnectorName::fullName, true, "info,status,id");
  }

  /** The config's name, if Confluent Cloud takes its length ({@link ConnectorName#MAX_LENGTH} at most). */
  private static ConnectorName withinCloudLimit(ConnectorConfig config) {
    ConnectorName name = config.name();
    int length = name.fullName().length();
    if (length > ConnectorName.MAX_LENGTH) {
      throw new ConnectorValidationException(
          "connector name",
          List.of(
              ConfigViolation.of(
                  "name",
                  "is " + length + " characters long, over Confluent Cloud's limit of " + ConnectorName.MAX_LENGTH,
                  name.fullName(),
                  "a name of at most " + ConnectorName.MAX_LENGTH + " characters")));
    }
    return name;
  }

  /**
   * The Self-Service API (docs/self-service-api.md): paths under {@code /{business_unit}/{stage}}, create by bare
   * identifier {@code {"identifier", "config"}} (the server composes the name), names must lie in the client's scope;
   * otherwise Connect v1 like Confluent Cloud.
   */
  public static TargetSpec selfService(HttpUrl baseUrl, Placement scope) {
    HttpUrl url = baseUrl.newBuilder()
        .addPathSegment(scope.businessUnit())
        .addPathSegment(scope.stage().id())
        .addPathSegment("")
        .build();
    return connectV1("Self-Service API " + url + " (" + scope + ")", url, config -> inScope(config, scope),
        "identifier", ConnectorName::id, false, "status,info,id");
  }

  private static TargetSpec connectV1(
      String description,
      HttpUrl url,
      Function<ConnectorConfig, ConnectorName> names,
      String createKey,
      Function<ConnectorName, String> createValue,
      boolean nameInConfig,
      String expand) {
    return new TargetSpec(description, url, names, createKey, createValue, nameInConfig, List.of(expand),
        ConflictMeaning.CONFLICT, false, true, Offsets.REQUESTS, Set.of());
  }

  /** The config's name must follow the convention and lie in {@code scope}'s business unit and stage. */
  private static ConnectorName inScope(ConnectorConfig config, Placement scope) {
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
}
