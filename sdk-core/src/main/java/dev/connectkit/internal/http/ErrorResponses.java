package dev.connectkit.internal.http;

import dev.connectkit.internal.Json;
import dev.connectkit.internal.Scrubber;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.ForbiddenException;
import dev.connectkit.RateLimitedException;
import dev.connectkit.ServerErrorException;
import dev.connectkit.UnauthenticatedException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the {@link ConnectorException} hierarchy. Understands every body shape Connect v1 and
 * Kafka Connect use ({@code {error:{code,message}}}, {@code {error_code,message}}, {@code {code,message}},
 * {@code {errors:[{detail}]}}) and any non-JSON body. Never includes the request body; every string taken from the
 * response passes through the {@link Scrubber} first.
 */
public final class ErrorResponses {
  private static final long MAX_BODY = 16 * 1024;
  private static final int MAX_EXCERPT = 200;
  private static final int MAX_MESSAGE = 2000;
  private static final int MAX_FIELD = 128;

  private ErrorResponses() {}

  /** What a 409 means for the operation at hand. */
  public enum ConflictMeaning {
    ALREADY_EXISTS,
    CONFLICT,
    /**
     * A transient conflict: Kafka Connect answers 409 while its workers rebalance ("conflicting operation") or its
     * config is stale. {@link HttpExecutor} retries it with backoff for requests that are not
     * {@link HttpExecutor.Mode#NOT_IDEMPOTENT}.
     */
    REBALANCE
  }

  public static ConnectorException toException(
      int status,
      Headers headers,
      @Nullable ResponseBody body,
      ConflictMeaning conflict,
      Scrubber scrubber) {
    String raw = read(body);
    String code = null;
    String message = null;
    Object json = parse(raw);
    if (json instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) json;
      Object error = map.get("error");
      if (error instanceof Map) {
        code = text(((Map<?, ?>) error).get("code"));
        message = text(((Map<?, ?>) error).get("message"));
      } else if (error instanceof String) {
        message = (String) error;
      }
      if (code == null) {
        code = text(map.get("error_code"));
      }
      if (code == null) {
        code = text(map.get("code"));
      }
      if (message == null) {
        message = text(map.get("message"));
      }
      Object errors = map.get("errors");
      if (message == null && errors instanceof List) {
        List<String> details = new ArrayList<>();
        for (Object e : (List<?>) errors) {
          if (e instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) e;
            String detail = text(m.get("detail"));
            if (detail == null) {
              detail = text(m.get("title"));
            }
            if (detail != null) {
              details.add(detail);
            }
            if (code == null) {
              code = text(m.get("code"));
            }
          }
        }
        if (!details.isEmpty()) {
          message = String.join("; ", details);
        }
      }
    }
    // Every string below came from the server: scrubbed first, cut after (a cut must not leave half a secret).
    if (message == null || message.isBlank()) {
      String excerpt = excerpt(scrubber.scrub(raw));
      message = excerpt.isEmpty() ? defaultMessage(status) : defaultMessage(status) + ": " + excerpt;
    } else {
      message = Scrubber.truncate(scrubber.scrub(message), MAX_MESSAGE);
    }
    code = code == null ? null : Scrubber.truncate(oneLine(scrubber.scrub(code)), MAX_FIELD);
    String requestId = requestId(headers, scrubber);
    if (status >= 300 && status < 400) {
      String location = headers.get("Location");
      return new ConnectorException(status, code, "the server redirected the request to "
          + (location == null ? "no Location" : Scrubber.truncate(oneLine(scrubber.scrub(location)), MAX_EXCERPT))
          + "; the client follows no redirect (one could carry the credentials and a config's secrets to another "
          + "host): point the client at the final URL", requestId);
    }
    switch (status) {
      case 400:
      case 422:
        return new ConnectorValidationException(status, code, message, requestId, List.of());
      case 401:
        return new UnauthenticatedException(status, code, message, requestId);
      case 403:
        return new ForbiddenException(status, code, message, requestId);
      case 404:
        if (json == null && !raw.isBlank()) {
          // An HTML page, not the API's answer: a gateway, or a Kafka Connect worker whose REST resources are not up
          // yet. It says nothing about the connector, so it is a server failure (retried by waits), not a not-found.
          return new ServerErrorException(status, code, "the server answered 404 with a page that is not the API's"
              + " (a gateway, or a worker still starting): " + message, requestId);
        }
        return new ConnectorNotFoundException(status, code, message, requestId);
      case 409:
        return conflict == ConflictMeaning.ALREADY_EXISTS && !isRebalance(message)
            ? new ConnectorAlreadyExistsException(status, code, message, requestId)
            : new ConnectorException(status, code, message, requestId);
      case 429:
        return new RateLimitedException(status, code, message, requestId, retryAfter(headers, Instant.now()));
      default:
        return status >= 500
            ? new ServerErrorException(status, code, message, requestId)
            : new ConnectorException(status, code, message, requestId);
    }
  }

  /**
   * Whether a 409's message is Kafka Connect's "try again" during a rebalance or a stale config, not a name that
   * exists: nothing was applied.
   */
  public static boolean isRebalance(String message) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    // Kafka Connect: "Cannot complete request because of a conflicting operation (e.g. worker rebalance)" and
    // "Cannot complete request momentarily due to stale configuration (...)". Never a name that already exists.
    return m.startsWith("cannot complete request") && !m.contains("already exists");
  }

  /** {@code Retry-After} as seconds or an HTTP date; null if absent or unreadable. */
  public static @Nullable Duration retryAfter(Headers headers, Instant now) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    value = value.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** The response's {@code X-Request-Id} (or {@code X-Correlation-Id}), scrubbed and cut to one short line. */
  public static @Nullable String requestId(Headers headers, Scrubber scrubber) {
    String id = headers.get("X-Request-Id");
    if (id == null) {
      id = headers.get("X-Correlation-Id");
    }
    return id == null ? null : Scrubber.truncate(oneLine(scrubber.scrub(id)), MAX_FIELD);
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
  }

  private static String defaultMessage(int status) {
    switch (status) {
      case 400:
        return "bad request";
      case 401:
        return "unauthenticated";
      case 403:
        return "forbidden";
      case 404:
        return "not found";
      case 409:
        return "conflict";
      case 429:
        return "too many requests";
      case 502:
        return "bad gateway";
      case 503:
        return "service unavailable";
      case 504:
        return "gateway timeout";
      default:
        return status >= 500 ? "server error" : "request failed";
    }
  }

  private static String read(@Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody b = body) {
      BufferedSource source = b.source();
      source.request(MAX_BODY);
      long size = Math.min(source.getBuffer().size(), MAX_BODY);
      return source.getBuffer().readUtf8(size);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static @Nullable Object parse(String raw) {
    String t = raw.trim();
    if (!t.startsWith("{")) {
      return null;
    }
    try {
      JsonAdapter<Object> adapter = Json.MOSHI.adapter(Object.class);
      return adapter.fromJson(t);
    } catch (IOException | JsonDataException e) {
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double && ((Double) value) == Math.rint((Double) value)) {
      return Long.toString(((Double) value).longValue());
    }
    String s = value.toString();
    return s.isEmpty() ? null : s;
  }

  /** A short, single-line excerpt of a non-JSON body, already scrubbed: tags removed, whitespace collapsed. */
  static String excerpt(String scrubbed) {
    String noTags = scrubbed.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
    return Scrubber.truncate(oneLine(noTags), MAX_EXCERPT);
  }

}
