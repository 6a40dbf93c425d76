package dev.connectkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.connectkit.ConnectorType;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fake's Kafka Connect target against the real worker: the same raw requests to both, and the same status codes,
 * body shapes (keys; the real worker's {@code version} aside) and error messages in answer.
 */
@ExtendWith(RealKafkaConnect.class)
@Timeout(90)
class FakeAgreesWithRealKafkaConnectIT {
  private static final String MOCK_SOURCE = "org.apache.kafka.connect.tools.MockSourceConnector";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();

  @Test
  void theFakeAnswersLikeTheRealWorker(KafkaConnectWorker worker) throws Exception {
    List<String> real = scenario(worker.url(), "it-agree-real");
    List<String> fake;
    try (FakeConnectorApi api =
        FakeConnectorApi.builder()
            .target(FakeTarget.KAFKA_CONNECT)
            .instantTransitions()
            .plugin(MOCK_SOURCE, ConnectorType.SOURCE)
            .start()) {
      fake = scenario(api.baseUrl(), "it-agree-fake");
    }
    assertThat(fake).as("the fake's answers (left: real worker's)").containsExactlyElementsOf(real);
  }

  /** Each step as "label code shape [message]", with the connector's name replaced by {@code N}. */
  private List<String> scenario(String base, String name) throws Exception {
    String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String c = root + "/connectors/" + name;
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("connector.class", MOCK_SOURCE);
    config.put("tasks.max", "1");
    config.put("mock_mode", "none");
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("name", name);
    create.put("config", config);
    List<String> out = new ArrayList<>();
    out.add(step("create", "POST", root + "/connectors", create, name));
    out.add(step("duplicate", "POST", root + "/connectors", create, name));
    awaitState(c, "RUNNING", 1);
    out.add(step("get", "GET", c, null, name));
    out.add(step("status", "GET", c + "/status", null, name));
    out.add(step("list", "GET", root + "/connectors?expand=status&expand=info", null, name));
    out.add(step("pause", "PUT", c + "/pause", null, name));
    awaitState(c, "PAUSED", 1);
    out.add(step("resume", "PUT", c + "/resume", null, name));
    awaitState(c, "RUNNING", 1);
    out.add(step("restart", "POST", c + "/restart", null, name));
    out.add(step("restart-tasks", "POST", c + "/restart?includeTasks=true&onlyFailed=false", null, name));
    awaitState(c, "RUNNING", 1);
    out.add(step("restart-task", "POST", c + "/tasks/0/restart", null, name));
    awaitState(c, "RUNNING", 1);
    out.add(step("offsets-not-stopped", "DELETE", c + "/offsets", null, name));
    out.add(step("stop", "PUT", c + "/stop", null, name));
    awaitState(c, "STOPPED", 0);
    out.add(step("offsets", "GET", c + "/offsets", null, name));
    out.add(step("delete", "DELETE", c, null, name));
    out.add(step("get-missing", "GET", c, null, name));
    out.add(step("pause-missing", "PUT", c + "/pause", null, name));
    out.add(step("restart-missing", "POST", c + "/restart", null, name));
    return out;
  }

  private String step(String label, String method, String url, @Nullable Object body, String name)
      throws IOException {
    RequestBody requestBody =
        body != null
            ? RequestBody.create(ADAPTER.toJson(body), JSON)
            : method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], JSON);
    try (Response response = http.newCall(new Request.Builder().url(url).method(method, requestBody).build())
        .execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      Object json = text.isEmpty() ? null : ADAPTER.fromJson(text);
      String shape = shape(json);
      if (json instanceof Map && ((Map<?, ?>) json).get("message") instanceof String && response.code() >= 400) {
        String message = (String) ((Map<?, ?>) json).get("message");
        // The first sentence: Kafka Connect's own text; what follows may name internals.
        shape += " " + message.replace(name, "N").split("\\. ", 2)[0];
      }
      return label + " " + response.code() + " " + shape;
    }
  }

  /** The keys of an object, recursively for nested objects and the first element of arrays; map keys are names. */
  private static String shape(@Nullable Object json) {
    if (json instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) json;
      TreeSet<String> parts = new TreeSet<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("version") || key.equals("config")) {
          continue; // the real worker's version; config values are the connector's own
        }
        if (key.startsWith("it-agree-")) {
          key = "N";
        }
        parts.add(key + shape(e.getValue()));
      }
      return "{" + String.join(",", parts) + "}";
    }
    if (json instanceof List) {
      List<?> list = (List<?>) json;
      return list.isEmpty() ? "[]" : "[" + shape(list.get(0)) + "]";
    }
    return "";
  }

  /** Polls the status until the connector is {@code state} with {@code tasks} tasks in that state (or none). */
  private void awaitState(String connector, String state, int tasks) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try (Response response = http.newCall(new Request.Builder().url(connector + "/status").build()).execute()) {
        ResponseBody body = response.body();
        last = body == null ? "" : body.string();
        if (response.code() == 200) {
          Map<?, ?> status = (Map<?, ?>) ADAPTER.fromJson(last);
          Map<?, ?> c = status == null ? Map.of() : (Map<?, ?>) status.get("connector");
          List<?> t = status == null ? List.of() : (List<?>) status.get("tasks");
          boolean tasksReady =
              t != null && t.size() == tasks && t.stream().allMatch(x -> state.equals(((Map<?, ?>) x).get("state")));
          if (c != null && state.equals(c.get("state")) && tasksReady) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(connector + " did not reach " + state + " with " + tasks + " task(s); last: " + last);
  }
}
