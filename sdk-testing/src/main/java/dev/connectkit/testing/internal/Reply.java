package dev.connectkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the fake answers before faults and transport: a status, an optional JSON body, extra headers. */
public final class Reply {
  public final int code;
  public final @Nullable Object body;
  public final boolean hasBody;
  public final Map<String, String> headers = new LinkedHashMap<>();

  private Reply(int code, @Nullable Object body, boolean hasBody) {
    this.code = code;
    this.body = body;
    this.hasBody = hasBody;
  }

  public static Reply json(int code, @Nullable Object body) {
    return new Reply(code, body, true);
  }

  public static Reply empty(int code) {
    return new Reply(code, null, false);
  }

  /** Connect v1's usual error body: {@code {"error": {"code": 404, "message": "..."}}}. */
  public static Reply error(int code, String message) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("code", (long) code);
    inner.put("message", message);
    return json(code, Map.of("error", inner));
  }

  /** The flat error body the spec declares for create's 400: {@code {"code": 400, "message": "..."}}. */
  public static Reply flat(int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", (long) code);
    body.put("message", message);
    return json(code, body);
  }

  /** Apache Kafka's error body, which Connect v1 uses for some 500s: {@code {"error_code": 500, "message": "..."}}. */
  public static Reply errorCode(int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error_code", (long) code);
    body.put("message", message);
    return json(code, body);
  }

  /** The gateway's error body: {@code {"errors": [{"status": "...", "code": "...", "detail": "..."}]}}. */
  public static Reply errors(int code, String errorCode, String detail) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("status", String.valueOf(code));
    item.put("code", errorCode);
    item.put("detail", detail);
    return json(code, Map.of("errors", List.of(item)));
  }

  /**
   * {@code reply}, with a 400 in the flat shape the spec declares for create ({@code {"code", "message"}}) instead of
   * the nested one.
   */
  static Reply flat400(Reply reply) {
    if (reply.code == 400 && reply.body instanceof Map) {
      Object error = ((Map<?, ?>) reply.body).get("error");
      if (error instanceof Map) {
        return flat(400, String.valueOf(((Map<?, ?>) error).get("message")));
      }
    }
    return reply;
  }

  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
