package dev.connectkit.benchmarks;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Transport alone: GET the Kafka Connect status and read the body as bytes, no decoding, with OkHttp (what the SDK
 * uses) and with Apache HttpClient 4.5 (what the peer uses). The difference is the share of the peer comparison's
 * latency that is transport, not either client's own code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransportBenchmark {
  @Param({"okhttp", "apache"})
  public String transport = "okhttp";

  private @Nullable ServerHandle server;
  private final OkHttpClient okHttp = new OkHttpClient();
  private final CloseableHttpClient apache = HttpClients.createDefault();
  private String url = "";

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ServerHandle s = ServerHandle.open();
    server = s;
    url = s.url() + "/connectors/" + Fixtures.NAME + "/status";
    if (status().length != Fixtures.kcStatusJson(Fixtures.NAME, "RUNNING").length()) {
      throw new IllegalStateException("unexpected status body");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    apache.close();
    okHttp.connectionPool().evictAll();
    ServerHandle s = server;
    if (s != null) {
      s.close();
    }
  }

  @Benchmark
  public byte[] status() throws Exception {
    if (transport.equals("okhttp")) {
      try (Response response = okHttp.newCall(new Request.Builder().url(url).build()).execute()) {
        return response.body().bytes();
      }
    }
    try (CloseableHttpResponse response = apache.execute(new HttpGet(url))) {
      return EntityUtils.toByteArray(response.getEntity());
    }
  }
}
