package dev.connectkit.benchmarks;

import dev.connectkit.testing.internal.NoDelayServerSocketFactory;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The server every contestant talks to: MockWebServer with TCP_NODELAY on accepted sockets (else every response is
 * ~44 ms late), canned responses built before the first request, recorded requests drained as they arrive. For the
 * headline run it is a process of its own pinned to one CPU:
 *
 * <pre>{@code
 * taskset -c 0 java -Xms512m -Xmx512m -XX:+AlwaysPreTouch -cp benchmarks.jar \
 *     dev.connectkit.benchmarks.BenchServer target/server.port
 * }</pre>
 */
public final class BenchServer implements Closeable {
  /** The list sizes of the watch-scale benchmark. */
  static final int[] WATCH_SIZES = {100, 1_000, 10_000};
  /** Every 100th connector differs between the two variants of a watch list: a poll diff finds N/100 changes. */
  static final int WATCH_FLIP_EVERY = 100;

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> routes = new HashMap<>();
  private final Map<String, MockResponse[]> alternating = new HashMap<>();
  private final Map<String, AtomicLong> alternations = new HashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong drained = new AtomicLong();

  private BenchServer() {
    String scope = "/" + Fixtures.PLACEMENT.businessUnit() + "/" + Fixtures.PLACEMENT.stage().id();
    String connector = scope + "/connectors/" + Fixtures.NAME;
    routes.put("POST " + scope + "/connectors", json(201, Fixtures.connectorJson()));
    routes.put("GET " + scope + "/connectors", json(200, Fixtures.listJson()));
    routes.put("GET " + connector, json(200, Fixtures.connectorJson()));
    routes.put("GET " + connector + "/status", json(200, Fixtures.statusJson(Fixtures.NAME, "RUNNING")));
    routes.put("PUT " + connector + "/pause", new MockResponse.Builder().code(202).build());
    // The same operations on a self-managed Kafka Connect worker (no scope prefix), for the peer comparison.
    String kc = "/connectors/" + Fixtures.NAME;
    routes.put("POST /connectors", json(201, Fixtures.connectorJson()));
    routes.put("GET /connectors", json(200, Fixtures.kcListJson()));
    routes.put("GET " + kc, json(200, Fixtures.connectorJson()));
    routes.put("GET " + kc + "/status", json(200, Fixtures.kcStatusJson(Fixtures.NAME, "RUNNING")));
    routes.put("PUT " + kc + "/pause", new MockResponse.Builder().code(202).build());
    for (int n : WATCH_SIZES) {
      String path = "GET /" + Fixtures.watchScope(n).businessUnit() + "/dev/connectors";
      alternating.put(
          path,
          new MockResponse[] {
            json(200, Fixtures.listJson(n, i -> Fixtures.watchName(n, i), 0)),
            json(200, Fixtures.listJson(n, i -> Fixtures.watchName(n, i), WATCH_FLIP_EVERY))
          });
      alternations.put(path, new AtomicLong());
    }
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        try {
          return route(request);
        } finally {
          while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
            drained.incrementAndGet(); // a long run must not keep every request
          }
        }
      }
    });
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private MockResponse route(RecordedRequest request) {
    requests.incrementAndGet();
    String key = request.getMethod() + " " + request.getUrl().encodedPath();
    MockResponse fixed = routes.get(key);
    if (fixed != null) {
      return fixed;
    }
    MockResponse[] variants = alternating.get(key);
    if (variants != null) {
      long count = java.util.Objects.requireNonNull(alternations.get(key)).incrementAndGet();
      return variants[(int) (count & 1)];
    }
    return json(404, "{\"error_code\":404,\"message\":\"BenchServer has no route for " + key + "\"}");
  }

  /** Starts a server on a free loopback port. */
  static BenchServer start() throws IOException {
    return start(0);
  }

  static BenchServer start(int port) throws IOException {
    BenchServer s = new BenchServer();
    s.server.start(InetAddress.getLoopbackAddress(), port);
    return s;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
  String url() {
    String u = server.url("/").toString();
    return u.substring(0, u.length() - 1);
  }

  /** Requests MockWebServer still holds (drained as they come: at most those in flight). */
  int recordedRequestsKept() {
    return server.getRequestCount() - (int) drained.get();
  }

  long requestCount() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  /**
   * Runs the server until killed; writes its base URL to the file named by the first argument (if any) once it
   * listens. A second argument fixes the port.
   */
  public static void main(String[] args) throws Exception {
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    BenchServer s = start(port);
    @Nullable String file = args.length > 0 ? args[0] : null;
    if (file != null) {
      Path target = Path.of(file);
      Path tmp = Path.of(file + ".tmp");
      Files.writeString(tmp, s.url(), StandardCharsets.UTF_8);
      Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    System.out.println("BenchServer listening at " + s.url());
    Thread.currentThread().join();
  }
}
