package dev.connectkit.benchmarks;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Retrofit + Moshi alone on one OkHttpClient: what the SDK is built on, without the SDK. */
final class RetrofitContestant implements Contestant {
  /** The Self-Service endpoints, relative to the scope URL. */
  interface Api {
    @POST("connectors")
    Call<Dtos.Connector> create(@Header("Authorization") String auth, @Body Dtos.CreateRequest body);

    @GET("connectors/{name}")
    Call<Dtos.Connector> get(@Header("Authorization") String auth, @Path("name") String name);

    @GET("connectors/{name}/status")
    Call<Dtos.Status> status(@Header("Authorization") String auth, @Path("name") String name);

    @GET("connectors?expand=status,info,id")
    Call<Map<String, Dtos.Expansion>> list(@Header("Authorization") String auth);

    @PUT("connectors/{name}/pause")
    Call<Void> pause(@Header("Authorization") String auth, @Path("name") String name);
  }

  private final OkHttpClient client;
  private final Api api;
  private final String authorization = "Bearer " + Fixtures.TOKEN;
  private final Dtos.CreateRequest createBody = new Dtos.CreateRequest(Fixtures.ID, Fixtures.wireConfig());

  RetrofitContestant(String baseUrl) {
    this.client = new OkHttpClient();
    this.api =
        new Retrofit.Builder()
            .baseUrl(baseUrl + "/" + Fixtures.PLACEMENT.businessUnit() + "/" + Fixtures.PLACEMENT.stage().id() + "/")
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create(new Moshi.Builder().build()))
            .build()
            .create(Api.class);
  }

  private static <T> T body(Call<T> call) throws IOException {
    Response<T> response = call.execute();
    T body = response.body();
    if (!response.isSuccessful() || body == null) {
      throw new IOException("HTTP " + response.code() + " for " + call.request().url());
    }
    return body;
  }

  @Override
  public Dtos.Connector create() throws IOException {
    return body(api.create(authorization, createBody));
  }

  @Override
  public Dtos.Connector get() throws IOException {
    return body(api.get(authorization, Fixtures.NAME));
  }

  @Override
  public Dtos.Status status() throws IOException {
    return body(api.status(authorization, Fixtures.NAME));
  }

  @Override
  public Map<String, Dtos.Expansion> list() throws IOException {
    return body(api.list(authorization));
  }

  @Override
  public Integer pause() throws IOException {
    Call<Void> call = api.pause(authorization, Fixtures.NAME);
    Response<Void> response = call.execute();
    if (response.code() != 202) {
      throw new IOException("HTTP " + response.code() + " for " + call.request().url());
    }
    return response.code();
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
