package dev.connectkit.testing.internal;

import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Routes each request of the Self-Service contract to the {@link ConnectorStore}: checks the token and scope, applies
 * faults, journals the exchange. Every request gets an answer; nothing blocks.
 */
public final class FakeDispatcher extends Dispatcher {
  private static final List<String> STAGES = List.of("dev", "qas", "run");

  private final Settings settings;
  private final ConnectorStore store;
  private final AccessControl access;
  private final FaultInjector faults;
  private final Deque<JournalEntry> journal = new ArrayDeque<>();
  private final AtomicLong requestIds = new AtomicLong();
  private long requestCount;
  private @Nullable MockWebServer server;

  public FakeDispatcher(Settings settings, ConnectorStore store, AccessControl access, FaultInjector faults) {
    this.settings = settings;
    this.store = store;
    this.access = access;
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
      Reply reply = Reply.error(500, "FakeConnectorApi failed on this request: " + e);
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
    List<String> segments = request.getUrl().pathSegments();
    String method = request.getMethod();
    String body = bodyOf(request);

    String authorization = request.getHeaders().get("Authorization");
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).trim()
            : null;
    Set<String> granted = token == null ? null : access.businessUnits(token);
    if (granted == null) {
      Reply reply =
          Reply.error(
              401, token == null ? "missing bearer token (Authorization: Bearer <token>)" : "invalid or expired token");
      record(request, null, reply.code, null);
      return toResponse(reply.header("WWW-Authenticate", "Bearer"));
    }
    if (segments.size() < 3) {
      return noRoute(request, "paths are /{business_unit}/{stage}/connectors... or"
          + " /{business_unit}/{stage}/connector-plugins/{class}/config/validate");
    }
    String businessUnit = segments.get(0);
    String stage = segments.get(1);
    if (!STAGES.contains(stage)) {
      return noRoute(request, "stage '" + stage + "' is not one of dev, qas, run");
    }
    if (!AccessControl.allows(granted, businessUnit)) {
      Reply reply = Reply.error(403, "the token is not granted business unit '" + businessUnit + "'");
      record(request, null, reply.code, null);
      return toResponse(reply);
    }
    Scope scope = new Scope(businessUnit, stage, settings.landingZones.get(businessUnit));
    List<String> rest = segments.subList(2, segments.size());
    Route route = route(method, rest);
    if (route == null) {
      return noRoute(request, "see docs/self-service-api.md for the operations");
    }
    Object json = null;
    if (needsBody(route)) {
      try {
        json = body.isEmpty() ? null : Json.parse(body);
      } catch (IllegalArgumentException e) {
        Reply reply = Reply.error(400, "request body is not valid JSON");
        record(request, route, reply.code, null);
        return toResponse(reply);
      }
    }

    Fault fault = faults.pick(route);
    if (fault != null && !fault.appliesChange()) {
      record(request, route, statusOf(fault), fault);
      return faultResponse(fault, null);
    }
    Reply reply = apply(route, scope, rest, request, json);
    record(request, route, fault == null ? reply.code : statusOf(fault, reply), fault);
    return fault == null ? toResponse(reply) : faultResponse(fault, reply);
  }

  private static boolean needsBody(Route route) {
    return route == Route.CREATE
        || route == Route.UPDATE_CONFIG
        || route == Route.VALIDATE
        || route == Route.ALTER_OFFSETS;
  }

  private static @Nullable Route route(String method, List<String> rest) {
    int n = rest.size();
    if (n >= 1 && rest.get(n - 1).isEmpty()) {
      n--; // trailing slash
    }
    if (n == 4 && rest.get(0).equals("connector-plugins") && rest.get(2).equals("config")
        && rest.get(3).equals("validate")) {
      return method.equals("PUT") ? Route.VALIDATE : null;
    }
    if (n == 0 || !rest.get(0).equals("connectors")) {
      return null;
    }
    if (n == 1) {
      return method.equals("GET") ? Route.LIST : method.equals("POST") ? Route.CREATE : null;
    }
    if (n == 2) {
      return method.equals("GET") ? Route.GET : method.equals("DELETE") ? Route.DELETE : null;
    }
    String op = rest.get(2);
    if (n == 3) {
      switch (op) {
        case "config":
          return method.equals("GET") ? Route.GET_CONFIG : method.equals("PUT") ? Route.UPDATE_CONFIG : null;
        case "pause":
          return method.equals("PUT") ? Route.PAUSE : null;
        case "resume":
          return method.equals("PUT") ? Route.RESUME : null;
        case "restart":
          return method.equals("POST") ? Route.RESTART : null;
        case "status":
          return method.equals("GET") ? Route.STATUS : null;
        case "offsets":
          return method.equals("GET") ? Route.OFFSETS : null;
        default:
          return null;
      }
    }
    if (op.equals("offsets") && rest.get(3).equals("request")) {
      if (n == 4) {
        return method.equals("POST") ? Route.ALTER_OFFSETS : null;
      }
      if (n == 5 && rest.get(4).equals("status")) {
        return method.equals("GET") ? Route.OFFSETS_REQUEST_STATUS : null;
      }
    }
    return null;
  }

  private Reply apply(Route route, Scope scope, List<String> rest, RecordedRequest request, @Nullable Object json) {
    String name = rest.size() > 1 ? rest.get(1) : "";
    switch (route) {
      case CREATE:
        return store.create(scope, json);
      case LIST:
        return store.list(scope, expand(request));
      case GET:
        return store.get(scope, name);
      case GET_CONFIG:
        return store.getConfig(scope, name);
      case UPDATE_CONFIG:
        return store.updateConfig(scope, name, json);
      case DELETE:
        return store.delete(scope, name);
      case PAUSE:
        return store.transition(scope, name, StoredConnector.PAUSE);
      case RESUME:
        return store.transition(scope, name, StoredConnector.RESUME);
      case RESTART:
        return store.transition(scope, name, StoredConnector.RESTART);
      case STATUS:
        return store.status(scope, name);
      case VALIDATE:
        return store.validate(name, json);
      case OFFSETS:
        return store.offsets(scope, name);
      case ALTER_OFFSETS:
        return store.alterOffsets(scope, name, json);
      case OFFSETS_REQUEST_STATUS:
        return store.offsetsRequestStatus(scope, name);
    }
    throw new AssertionError(route);
  }

  private static Set<String> expand(RecordedRequest request) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : request.getUrl().queryParameterValues("expand")) {
      if (value != null) {
        for (String part : value.split(",", -1)) {
          if (!part.trim().isEmpty()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- responses

  private MockResponse noRoute(RecordedRequest request, String hint) {
    Reply reply =
        Reply.error(404, "FakeConnectorApi has no route for " + request.getMethod() + " " + request.getUrl().encodedPath()
            + ": " + hint);
    record(request, null, reply.code, null);
    return toResponse(reply);
  }

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
          return toResponse(Reply.error(500, "Oops, something went wrong"));
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
