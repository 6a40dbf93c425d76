package dev.connectkit.internal.backend;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.internal.http.HttpExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Confluent Cloud's Connect v1 API: paths under {@code /connect/v1/environments/{env}/clusters/{cluster}}, the client
 * chooses the full name ({@code {name, config}} with {@code config.name}), offsets are changed by asynchronous
 * requests. No stop, no task restart, no restart options. Everything else is {@link ConnectV1Backend}.
 */
public final class ConfluentCloudBackend extends ConnectV1Backend {
  private final HttpUrl clusterUrl;

  public ConfluentCloudBackend(
      HttpUrl baseUrl, String environmentId, String clusterId, OkHttpClient client, HttpExecutor http) {
    this(clusterUrl(baseUrl, environmentId, clusterId), client, http);
  }

  private ConfluentCloudBackend(HttpUrl clusterUrl, OkHttpClient client, HttpExecutor http) {
    super(clusterUrl, "info,status,id", client, http);
    this.clusterUrl = clusterUrl;
  }

  private static HttpUrl clusterUrl(HttpUrl baseUrl, String environmentId, String clusterId) {
    return baseUrl.newBuilder()
        .addPathSegments("connect/v1/environments")
        .addPathSegment(environmentId)
        .addPathSegment("clusters")
        .addPathSegment(clusterId)
        .addPathSegment("")
        .build();
  }

  @Override
  public String describe() {
    return "Confluent Cloud Connect v1 " + clusterUrl;
  }

  @Override
  protected ConnectorName checkedName(ConnectorConfig config) {
    return config.name();
  }

  @Override
  protected String createKey() {
    return "name";
  }

  @Override
  protected String createValue(ConnectorName name) {
    return name.fullName();
  }

  @Override
  protected boolean nameInConfig() {
    return true;
  }
}
