package dev.connectkit.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.distributed.DistributedHerder;
import org.jspecify.annotations.Nullable;

/**
 * One KRaft broker (combined controller) and one Kafka Connect worker in distributed mode, in this JVM. Started once
 * per test run by {@link RealKafkaConnect}; closed when the run ends.
 */
public final class KafkaConnectWorker implements AutoCloseable {
  private final KafkaClusterTestKit kafka;
  private final Map<String, String> settings;
  private volatile Connect<DistributedHerder> connect;
  private final String url;
  private final Duration startup;

  private KafkaConnectWorker(
      KafkaClusterTestKit kafka,
      Map<String, String> settings,
      Connect<DistributedHerder> connect,
      String url,
      Duration startup) {
    this.kafka = kafka;
    this.settings = settings;
    this.connect = connect;
    this.url = url;
    this.startup = startup;
  }

  static KafkaConnectWorker start() throws Exception {
    long started = System.nanoTime();
    // Kafka and Connect call Exit on fatal errors: in-process that would kill the test JVM.
    Exit.setExitProcedure((code, message) -> {
      throw new IllegalStateException("Kafka asked to exit(" + code + "): " + message);
    });
    Exit.setHaltProcedure((code, message) -> {
      throw new IllegalStateException("Kafka asked to halt(" + code + "): " + message);
    });
    KafkaClusterTestKit kafka =
        new KafkaClusterTestKit.Builder(
                new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
            // One broker: internal topics need replication factor 1; one offsets partition saves ~3 s of
            // "not the correct coordinator" at worker startup.
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("auto.create.topics.enable", "true")
            .build();
    Connect<DistributedHerder> connect;
    Map<String, String> worker = new HashMap<>();
    try {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      worker.put("bootstrap.servers", kafka.bootstrapServers());
      worker.put("group.id", "connectkit-it");
      // A fixed port, so that the worker comes back at the same URL when a test restarts it.
      worker.put("listeners", "http://127.0.0.1:" + freePort());
      worker.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
      worker.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
      worker.put("config.storage.topic", "connectkit-it-configs");
      worker.put("offset.storage.topic", "connectkit-it-offsets");
      worker.put("status.storage.topic", "connectkit-it-status");
      worker.put("config.storage.replication.factor", "1");
      worker.put("offset.storage.replication.factor", "1");
      worker.put("status.storage.replication.factor", "1");
      worker.put("offset.storage.partitions", "1");
      worker.put("status.storage.partitions", "1");
      // Source offsets are committed every 500 ms (default 60 s), so the offsets test has something to read.
      worker.put("offset.flush.interval.ms", "500");
      // ServiceLoader manifests only: skips a ~3.4 s reflective scan of the classpath.
      worker.put("plugin.discovery", "service_load");
      worker.put("scheduled.rebalance.max.delay.ms", "0");
      connect = new ConnectDistributed().startConnect(worker);
    } catch (Exception | Error e) {
      kafka.close();
      throw e;
    }
    String url = connect.rest().advertisedUrl().toString();
    awaitHealthy(url);
    return new KafkaConnectWorker(kafka, worker, connect, url, Duration.ofNanos(System.nanoTime() - started));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  /**
   * Stops the Kafka Connect worker and starts it again at the same URL (the broker keeps running), as an operator's
   * rolling restart does; returns once the worker answers its health check again. Connectors, their configs and
   * statuses survive in the worker's topics.
   *
   * @return how long the worker was away
   */
  public synchronized Duration restart() throws Exception {
    long started = System.nanoTime();
    Connect<DistributedHerder> old = connect;
    old.stop();
    old.awaitStop();
    connect = new ConnectDistributed().startConnect(new HashMap<>(settings));
    awaitHealthy(url);
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** {@code GET /health} blocks until the worker has joined its group; bounded by a read timeout. */
  private static void awaitHealthy(String url) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    @Nullable String last = null;
    while (System.nanoTime() < deadline) {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).resolve("/health").toURL().openConnection();
      c.setConnectTimeout(2_000);
      c.setReadTimeout(30_000);
      try {
        int code = c.getResponseCode();
        if (code == 200) {
          return;
        }
        InputStream err = c.getErrorStream();
        last = code + " " + (err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        last = e.toString();
      } finally {
        c.disconnect();
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Kafka Connect did not become healthy within 60 s: " + last);
  }

  /** The worker's REST URL, e.g. {@code http://127.0.0.1:41234/}. */
  public String url() {
    return url;
  }

  /** The Kafka version on the classpath. */
  public String kafkaVersion() {
    return AppInfoParser.getVersion();
  }

  /** The bootstrap servers of the broker. */
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** How long the broker and worker took to start. */
  public Duration startup() {
    return startup;
  }

  @Override
  public void close() throws Exception {
    try {
      connect.stop();
      connect.awaitStop();
    } finally {
      kafka.close();
      Exit.resetExitProcedure();
      Exit.resetHaltProcedure();
    }
  }
}
