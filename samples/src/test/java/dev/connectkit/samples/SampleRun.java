package dev.connectkit.samples;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.testing.FakeConnector;
import dev.connectkit.testing.FakeConnectorApi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a sample's {@code main} against a fake the test owns, capturing what it prints. */
final class SampleRun {
  /** A sample's entry point. */
  interface Main {
    void main(String[] args) throws Exception;
  }

  private SampleRun() {}

  /** A fake on real time with short delays: the samples wait for real, but briefly. */
  static FakeConnectorApi fake() {
    return FakeConnectorApi.builder()
        .clock(Clock.systemUTC())
        .provisioningTime(Duration.ofMillis(200))
        .transitionDelay(Duration.ofMillis(200))
        .offsetsRequestDelay(Duration.ofMillis(200))
        .start();
  }

  /** Flags pointing a sample at {@code fake} in sales/dev, with placeholder secrets and short polls. */
  static String[] args(FakeConnectorApi fake, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--base-url", fake.baseUrl(),
        "--business-unit", "sales",
        "--stage", "dev",
        "--token", FakeConnectorApi.DEFAULT_TOKEN,
        "--demo-secrets",
        "--poll-interval", "PT0.1S",
        "--stale-read-window", "PT0.4S"));
    args.addAll(Arrays.asList(extra));
    return args.toArray(new String[0]);
  }

  /** Runs {@code main} with {@code args}; returns what it printed. Rethrows what it threw. */
  static String main(Main main, String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    return capture(bytes, () -> main.main(args));
  }

  /** Runs {@code body} with System.out going to {@code bytes} (as well); returns what was printed. */
  static String capture(ByteArrayOutputStream bytes, Runnable0 body) throws Exception {
    PrintStream original = System.out;
    PrintStream tee = new PrintStream(new TeeStream(bytes, original), true, StandardCharsets.UTF_8);
    System.setOut(tee);
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** A body that may throw. */
  interface Runnable0 {
    void run() throws Exception;
  }

  /** Puts {@code config} in {@code fake} as an existing, running connector (secrets in clear, as sent). */
  static FakeConnector seed(FakeConnectorApi fake, ConnectorConfig config) {
    Map<String, String> all = new HashMap<>(config.properties());
    config.secrets().forEach((k, v) -> all.put(k, v.reveal()));
    all.put("connector.class", config.connectorClass());
    return fake.seed(config.name().placement().orElseThrow(), config.name().id(), all);
  }

  /** A runbook on {@code fake}, for building the demo connectors' configs in tests. */
  static Runbook runbook(FakeConnectorApi fake) {
    return Runbook.open(Map.of(), args(fake));
  }

  private static final class TeeStream extends java.io.OutputStream {
    private final ByteArrayOutputStream copy;
    private final PrintStream original;

    TeeStream(ByteArrayOutputStream copy, PrintStream original) {
      this.copy = copy;
      this.original = original;
    }

    @Override
    public synchronized void write(int b) {
      copy.write(b);
      original.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      copy.write(b, off, len);
      original.write(b, off, len);
    }

    @Override
    public void flush() {
      original.flush();
    }
  }
}
