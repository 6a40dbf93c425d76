package dev.connectkit.benchmarks;

import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Cold-start contestant: Retrofit + Moshi alone (what the SDK is built on). Class path: the floor's jars plus Retrofit
 * and its Moshi converter.
 */
public final class ColdStartRetrofit {
  private ColdStartRetrofit() {}

  public static void main(String[] args) throws Exception {
    RetrofitContestant.Api api =
        new Retrofit.Builder()
            .baseUrl(args[0] + "/bench/dev/")
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(RetrofitContestant.Api.class);
    Response<Dtos.Status> response = api.status("Bearer " + ColdStart.TOKEN, ColdStart.CONNECTOR).execute();
    Dtos.Status status = response.body();
    Dtos.ConnectorState c = status == null ? null : status.connector;
    System.out.println(c == null ? "no status" : c.state);
    System.exit(0);
  }
}
