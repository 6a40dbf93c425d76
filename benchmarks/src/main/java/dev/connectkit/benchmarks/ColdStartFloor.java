package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold-start contestant: raw OkHttp + Moshi. Builds the client, makes one status call, decodes it, prints the state
 * and exits. Run with only OkHttp, Okio, Moshi and Kotlin's stdlib on the class path (see {@link ColdStart}).
 */
public final class ColdStartFloor {
  private ColdStartFloor() {}

  public static void main(String[] args) throws Exception {
    OkHttpClient client = new OkHttpClient();
    JsonAdapter<Dtos.Status> adapter = new Moshi.Builder().build().adapter(Dtos.Status.class);
    Request request =
        new Request.Builder()
            .url(args[0] + "/bench/dev/connectors/" + ColdStart.CONNECTOR + "/status")
            .header("Authorization", "Bearer " + ColdStart.TOKEN)
            .build();
    try (Response response = client.newCall(request).execute()) {
      Dtos.Status status = adapter.fromJson(response.body().source());
      Dtos.ConnectorState c = status == null ? null : status.connector;
      System.out.println(c == null ? "no status" : c.state);
    }
    System.exit(0);
  }
}
