package dev.connectkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer comparison: the SDK on the self-managed Kafka Connect target ({@code kc-sdk}) against
 * {@code org.sourcelab:kafka-connect-client} 4.0.4 ({@code peer}), same server, same canned answers. Each trial first
 * proves with {@link PeerCheck} that its contestant decodes every answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerBenchmark {
  @Param({"kc-sdk", "peer"})
  public String contestant = "kc-sdk";

  private @Nullable ServerHandle server;
  private @Nullable Contestant c;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ServerHandle s = ServerHandle.open();
    server = s;
    Contestant made = Contestant.create(contestant, s.url());
    PeerCheck.verify(contestant, made);
    c = made;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    Contestant made = c;
    if (made != null) {
      made.close();
    }
    ServerHandle s = server;
    if (s != null) {
      s.close();
    }
  }

  private Contestant c() {
    Contestant made = c;
    if (made == null) {
      throw new IllegalStateException("not set up");
    }
    return made;
  }

  @Benchmark
  public Object create() throws Exception {
    return c().create();
  }

  @Benchmark
  public Object get() throws Exception {
    return c().get();
  }

  @Benchmark
  public Object status() throws Exception {
    return c().status();
  }

  @Benchmark
  public Object list100() throws Exception {
    return c().list();
  }

  @Benchmark
  public Object pause() throws Exception {
    return c().pause();
  }
}
