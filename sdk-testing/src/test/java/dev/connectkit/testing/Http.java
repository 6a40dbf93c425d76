package dev.connectkit.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/** Plain OkHttp + Moshi against a fake, as a client with no SDK would talk to it. */
final class Http {
  static final MediaType JSON = MediaType.get("application/json");
  private static final JsonAdapter<Object> ADAPTER = new Moshi.Builder().build().adapter(Object.class);

  /** One answer: status, headers, raw body. */
  static final class Answer {
    final int code;
    final String body;
    final okhttp3.Headers headers;

    Answer(int code, String body, okhttp3.Headers headers) {
      this.code = code;
      this.body = body;
      this.headers = headers;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map() {
      return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    List<Object> list() {
      return (List<Object>) json();
    }

    /** The value at {@code keys} in nested objects; fails the test if absent. */
    Object at(String... keys) {
      Object value = json();
      for (String key : keys) {
        if (!(value instanceof Map) || ((Map<?, ?>) value).get(key) == null) {
          throw new AssertionError("no " + String.join(".", keys) + " in " + body);
        }
        value = java.util.Objects.requireNonNull(((Map<?, ?>) value).get(key));
      }
      return value;
    }

    Object json() {
      try {
        Object value = ADAPTER.fromJson(body);
        if (value == null) {
          throw new AssertionError("null body");
        }
        return value;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return code + " " + body;
    }
  }

  private final OkHttpClient client;
  private final String base;
  private final @Nullable String token;

  Http(String base, @Nullable String token) {
    this.base = base;
    this.token = token;
    this.client =
        new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(Duration.ofSeconds(5)).build();
  }

  Http withToken(@Nullable String newToken) {
    return new Http(base, newToken);
  }

  Answer get(String path) throws IOException {
    return call("GET", path, null);
  }

  Answer delete(String path) throws IOException {
    return call("DELETE", path, null);
  }

  Answer put(String path, @Nullable Object body) throws IOException {
    return call("PUT", path, body == null ? "" : ADAPTER.toJson(body));
  }

  Answer post(String path, @Nullable Object body) throws IOException {
    return call("POST", path, body == null ? "" : ADAPTER.toJson(body));
  }

  Answer call(String method, String path, @Nullable String body) throws IOException {
    Request.Builder request = new Request.Builder().url(base + path);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(method, body == null ? null : RequestBody.create(body, JSON));
    try (Response response = client.newCall(request.build()).execute()) {
      ResponseBody responseBody = response.body();
      return new Answer(response.code(), responseBody.string(), response.headers());
    }
  }

  static String toJson(Object value) {
    return ADAPTER.toJson(value);
  }
}
