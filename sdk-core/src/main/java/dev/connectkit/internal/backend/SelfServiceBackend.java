package dev.connectkit.internal.backend;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.internal.http.HttpExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Self-Service target (docs/self-service-api.md): paths under {@code /{business_unit}/{stage}}, create by bare
 * identifier {@code {"identifier", "config"}} (the server composes the name), names must lie in the client's scope;
 * everything else is Connect v1 ({@link ConnectV1Backend}).
 */
public final class SelfServiceBackend extends ConnectV1Backend {
  private final HttpUrl scopeUrl;
  private final Placement scope;

  public SelfServiceBackend(HttpUrl baseUrl, Placement scope, OkHttpClient client, HttpExecutor http) {
    super(scopeUrl(baseUrl, scope), "status,info,id", client, http);
    this.scopeUrl = scopeUrl(baseUrl, scope);
    this.scope = scope;
  }

  private static HttpUrl scopeUrl(HttpUrl baseUrl, Placement scope) {
    return baseUrl.newBuilder()
        .addPathSegment(scope.businessUnit())
        .addPathSegment(scope.stage().id())
        .addPathSegment("")
        .build();
  }

  @Override
  public String describe() {
    return "Self-Service API " + scopeUrl + " (" + scope + ")";
  }

  /** The config's name must follow the convention and lie in this client's business unit and stage. */
  @Override
  protected ConnectorName checkedName(ConnectorConfig config) {
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
  protected String createKey() {
    return "identifier";
  }

  @Override
  protected String createValue(ConnectorName name) {
    return name.id();
  }

  @Override
  protected boolean nameInConfig() {
    return false;
  }
}
