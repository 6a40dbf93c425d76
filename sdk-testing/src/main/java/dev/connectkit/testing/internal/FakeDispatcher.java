package dev.connectkit.testing.internal;

import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Answers each request through the target's {@link TargetRoutes} (which read, authorise and apply it against the
 * store), applies faults and journals the exchange. Every request gets an answer; nothing blocks.
 */
public final class FakeDispatcher extends Dispatcher {
  private final Settings settings;
  private final TargetRoutes routes;
  private final FaultInjector faults;
  private final Deque<JournalEntry> journal = new ArrayDeque<>();
  private final AtomicLong requestIds = new AtomicLong();
  private long requestCount;
  private @Nullable MockWebServer server;

  public FakeDispatcher(Settings settings, TargetRoutes routes, FaultInjector faults) {
    this.settings = settings;
    this.routes = routes;
    this.faults = faults;
  }

  /** The server whose request queue this dispatcher drains (MockWebServer keeps every request until taken). */
  public void attach(MockWebServer server) {
    this.server = server;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    try {
      return handle(request);
    } catch (RuntimeException e) {
      Reply reply = routes.error(500, "FakeConnectorApi failed on this request: " + e);
      record(request, null, reply.code, null);
      return toResponse(reply);
    } finally {
      drain();
    }
  }

  private void drain() throws InterruptedException {
    MockWebServer s = server;
    if (s != null) {
      while (s.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // discard: our own journal is bounded
      }
    }
  }

  private MockResponse handle(RecordedRequest request) {
    RoutedCall call = routes.resolve(request);
    Reply answer = call.answer;
    Route route = call.route;
    if (answer != null || route == null) {
      Reply reply = answer != null ? answer : routes.error(404, "no route");
      record(request, route, reply.code, null);
      return toResponse(reply);
    }
    Object json = null;
    if (needsBody(route)) {
      String body = bodyOf(request);
      try {
        json = body.isEmpty() ? null : Json.parse(body);
      } catch (IllegalArgumentException e) {
        Reply reply = routes.error(400, "request body is not valid JSON");
        record(request, route, reply.code, null);
        return toResponse(reply);
      }
    }

    TokenBucket bucket = faults.bucket(route);
    if (bucket == null) {
      return answer(request, call, route, json);
    }
    Duration wait = bucket.take();
    MockResponse response;
    if (wait.isZero()) {
      response = answer(request, call, route, json);
    } else {
      Fault limited = Fault.rateLimited(wait);
      faults.struck();
      record(request, route, statusOf(limited), limited);
      response = faultResponse(limited, null);
    }
    MockResponse.Builder builder = response.newBuilder();
    bucket.headers().forEach(builder::setHeader);
    return builder.build();
  }

  /** The answer to a request the rate limit, if any, let through: scripted and random faults, then the target. */
  private MockResponse answer(RecordedRequest request, RoutedCall call, Route route, @Nullable Object json) {
    Fault fault = faults.pick(route);
    if (fault != null && !fault.appliesChange()) {
      record(request, route, statusOf(fault), fault);
      return faultResponse(fault, null);
    }
    Reply reply = routes.apply(call, json);
    record(request, route, fault == null ? reply.code : statusOf(fault, reply), fault);
    return fault == null ? toResponse(reply) : faultResponse(fault, reply);
  }

  private static boolean needsBody(Route route) {
    return route == Route.CREATE
        || route == Route.UPDATE_CONFIG
        || route == Route.VALIDATE
        || route == Route.ALTER_OFFSETS;
  }

  // ---------------------------------------------------------------------------------------------- responses

  private MockResponse toResponse(Reply reply) {
    MockResponse.Builder builder =
        new MockResponse.Builder().code(reply.code).addHeader("X-Request-Id", "fake-" + requestIds.incrementAndGet());
    reply.headers.forEach(builder::addHeader);
    if (reply.hasBody) {
      builder.addHeader("Content-Type", "application/json").body(Json.write(reply.body));
    }
    return builder.build();
  }

  private static int statusOf(Fault fault) {
    switch (fault.kind()) {
      case RATE_LIMITED:
      case STATUS:
        return fault.code();
      case DROP_CONNECTION:
        return 0;
      default:
        throw new AssertionError(fault);
    }
  }

  private static int statusOf(Fault fault, Reply reply) {
    switch (fault.kind()) {
      case STATUS:
        return fault.code();
      case DROP_CONNECTION:
        return 0;
      default:
        return reply.code;
    }
  }

  private MockResponse faultResponse(Fault fault, @Nullable Reply applied) {
    switch (fault.kind()) {
      case RATE_LIMITED:
        long seconds = (fault.delay().toMillis() + 999) / 1000;
        return toResponse(Reply.empty(429).header("Retry-After", String.valueOf(seconds)));
      case STATUS:
        if (fault.code() == 500) {
          return toResponse(routes.error(500, "Oops, something went wrong"));
        }
        return new MockResponse.Builder()
            .code(fault.code())
            .addHeader("Content-Type", "text/html")
            .body("<html><head><title>" + fault.code() + " " + reason(fault.code()) + "</title></head><body><h1>"
                + fault.code() + " " + reason(fault.code()) + "</h1><hr><center>gateway</center></body></html>")
            .build();
      case DROP_CONNECTION:
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
      default:
        break;
    }
    Reply reply = applied == null ? Reply.empty(200) : applied;
    MockResponse response = toResponse(reply);
    switch (fault.kind()) {
      case SLOW_HEADERS:
        return response.newBuilder().headersDelay(fault.delay().toNanos(), TimeUnit.NANOSECONDS).build();
      case SLOW_BODY:
        return response.newBuilder().bodyDelay(fault.delay().toNanos(), TimeUnit.NANOSECONDS).build();
      case MALFORMED_JSON:
        String json = reply.hasBody ? Json.write(reply.body) : "{\"name\": \"x\"}";
        String broken = json.substring(0, Math.max(1, json.length() / 2));
        return response.newBuilder().setHeader("Content-Type", "application/json").body(broken).build();
      case UNKNOWN_ENUM_VALUES:
        if (!reply.hasBody) {
          return response;
        }
        return response.newBuilder().body(Json.write(unknownEnums(reply.body))).build();
      default:
        throw new AssertionError(fault);
    }
  }

  private static String reason(int code) {
    switch (code) {
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Temporarily Unavailable";
      case 504:
        return "Gateway Time-out";
      default:
        return "Error";
    }
  }

  private static @Nullable Object unknownEnums(@Nullable Object value) {
    if (value instanceof Map) {
      Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("state") && e.getValue() instanceof String) {
          out.put(key, "HIBERNATING");
        } else if (key.equals("phase") && e.getValue() instanceof String) {
          out.put(key, "QUEUED");
        } else {
          out.put(key, unknownEnums(e.getValue()));
        }
      }
      return out;
    }
    if (value instanceof List) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(unknownEnums(item));
      }
      return out;
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------- journal

  private static String bodyOf(RecordedRequest request) {
    ByteString body = request.getBody();
    return body == null ? "" : body.string(StandardCharsets.UTF_8);
  }

  private synchronized void record(RecordedRequest request, @Nullable Route route, int status, @Nullable Fault fault) {
    requestCount++;
    journal.addLast(
        new JournalEntry(
            settings.clock.instant(),
            request.getMethod(),
            request.getTarget(),
            route,
            status,
            fault,
            bodyOf(request)));
    while (journal.size() > settings.journalCapacity) {
      journal.removeFirst();
    }
  }

  /** The journal, oldest first (at most the configured capacity). */
  public synchronized List<JournalEntry> journal() {
    return new ArrayList<>(journal);
  }

  /** Every request answered since the last reset, including those dropped from the journal. */
  public synchronized long requestCount() {
    return requestCount;
  }

  public synchronized void resetJournal() {
    journal.clear();
    requestCount = 0;
  }
}
