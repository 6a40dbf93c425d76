package dev.connectkit.benchmarks;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The server a benchmark talks to: the external one named by {@code -Dbench.url=http://127.0.0.1:PORT} (the headline
 * run: its own pinned JVM), else one started in this JVM (smoke runs and quick local tries; its ratios are not to be
 * trusted on 2 cores).
 */
final class ServerHandle implements AutoCloseable {
  private final String url;
  private final @Nullable BenchServer own;

  private ServerHandle(String url, @Nullable BenchServer own) {
    this.url = url;
    this.own = own;
  }

  static ServerHandle open() throws IOException {
    String external = System.getProperty("bench.url");
    if (external != null && !external.isBlank()) {
      return new ServerHandle(external.endsWith("/") ? external.substring(0, external.length() - 1) : external, null);
    }
    BenchServer server = BenchServer.start();
    return new ServerHandle(server.url(), server);
  }

  String url() {
    return url;
  }

  boolean isExternal() {
    return own == null;
  }

  @Override
  public void close() throws IOException {
    BenchServer s = own;
    if (s != null) {
      s.close();
    }
  }
}
