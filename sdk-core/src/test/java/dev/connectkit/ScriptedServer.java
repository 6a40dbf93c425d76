package dev.connectkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers by method and path suffix from a script; the last answer of a route repeats. An unscripted request gets a
 * 599 that names it, never a hang.
 */
final class ScriptedServer extends Dispatcher {
  private final Map<String, Deque<MockResponse>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** Queues answers for {@code method} requests whose path ends with {@code suffix}. */
  ScriptedServer on(String method, String suffix, MockResponse... responses) {
    Deque<MockResponse> queue = routes.computeIfAbsent(method + " " + suffix, k -> new ArrayDeque<>());
    synchronized (queue) {
      for (MockResponse r : responses) {
        queue.add(r);
      }
    }
    return this;
  }

  /** Puts {@code response} before the answers queued for {@code method} requests whose path ends with {@code suffix}. */
  ScriptedServer first(String method, String suffix, MockResponse response) {
    Deque<MockResponse> queue = routes.computeIfAbsent(method + " " + suffix, k -> new ArrayDeque<>());
    synchronized (queue) {
      queue.addFirst(response);
    }
    return this;
  }

  int count(String method, String suffix) {
    AtomicInteger c = counts.get(method + " " + suffix);
    return c == null ? 0 : c.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String best = null;
    for (String key : routes.keySet()) {
      String method = key.substring(0, key.indexOf(' '));
      String suffix = key.substring(key.indexOf(' ') + 1);
      if (method.equals(request.getMethod()) && path.endsWith(suffix)
          && (best == null || suffix.length() > best.length() - best.indexOf(' ') - 1)) {
        best = key;
      }
    }
    if (best == null) {
      return TestServers.json(599, "{\"message\":\"unscripted " + request.getMethod() + " " + path + "\"}");
    }
    counts.computeIfAbsent(best, k -> new AtomicInteger()).incrementAndGet();
    Deque<MockResponse> queue = java.util.Objects.requireNonNull(routes.get(best));
    synchronized (queue) {
      MockResponse next = queue.size() > 1 ? queue.poll() : queue.peek();
      return java.util.Objects.requireNonNull(next);
    }
  }
}
