package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The floor: the same HTTP requests written directly with one {@link OkHttpClient} and Moshi adapters created once.
 * URLs are built per call from the scope URL, as any client must.
 */
final class FloorContestant implements Contestant {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private final OkHttpClient client;
  private final HttpUrl scope;
  private final String authorization = "Bearer " + Fixtures.TOKEN;
  private final JsonAdapter<Dtos.Status> status;
  private final JsonAdapter<Dtos.Connector> connector;
  private final JsonAdapter<Map<String, Dtos.Expansion>> list;
  private final JsonAdapter<Dtos.CreateRequest> create;
  private final Dtos.CreateRequest createBody = new Dtos.CreateRequest(Fixtures.ID, Fixtures.wireConfig());

  FloorContestant(String baseUrl) {
    this(baseUrl, new OkHttpClient(), new Moshi.Builder().build());
  }

  FloorContestant(String baseUrl, OkHttpClient client, Moshi moshi) {
    this.client = client;
    this.scope =
        HttpUrl.get(baseUrl).newBuilder()
            .addPathSegment(Fixtures.PLACEMENT.businessUnit())
            .addPathSegment(Fixtures.PLACEMENT.stage().id())
            .build();
    this.status = moshi.adapter(Dtos.Status.class);
    this.connector = moshi.adapter(Dtos.Connector.class);
    this.list = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Dtos.Expansion.class));
    this.create = moshi.adapter(Dtos.CreateRequest.class);
  }

  private HttpUrl.Builder connectors() {
    return scope.newBuilder().addPathSegment("connectors");
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder().url(url).header("Authorization", authorization);
  }

  private <T> T call(Request request, JsonAdapter<T> adapter) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code() + " for " + request.url());
      }
      ResponseBody body = response.body();
      T value = adapter.fromJson(body.source());
      if (value == null) {
        throw new IOException("empty body for " + request.url());
      }
      return value;
    }
  }

  @Override
  public Dtos.Connector create() throws IOException {
    RequestBody body = RequestBody.create(create.toJson(createBody), JSON);
    return call(request(connectors().build()).post(body).build(), connector);
  }

  @Override
  public Dtos.Connector get() throws IOException {
    return call(request(connectors().addPathSegment(Fixtures.NAME).build()).build(), connector);
  }

  @Override
  public Dtos.Status status() throws IOException {
    return call(request(connectors().addPathSegment(Fixtures.NAME).addPathSegment("status").build()).build(), status);
  }

  @Override
  public Map<String, Dtos.Expansion> list() throws IOException {
    HttpUrl url = connectors().addQueryParameter("expand", "status,info,id").build();
    return call(request(url).build(), list);
  }

  @Override
  public Integer pause() throws IOException {
    HttpUrl url = connectors().addPathSegment(Fixtures.NAME).addPathSegment("pause").build();
    try (Response response = client.newCall(request(url).put(EMPTY).build()).execute()) {
      if (response.code() != 202) {
        throw new IOException("HTTP " + response.code() + " for " + url);
      }
      return response.code();
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
