package dev.connectkit.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * Per-call overhead: the SDK ({@code sdk}) against the floor ({@code floor}: the same requests written with one
 * OkHttpClient and Moshi adapters made once) and Retrofit+Moshi alone ({@code retrofit}); and the SDK instrumented
 * with sdk-micrometer, through Observations ({@code sdk-observed}) or metrics only ({@code sdk-metered}), against the
 * same SDK uninstrumented ({@code sdk}). Each trial first proves
 * with {@link DecodeCheck} that its contestant decodes every answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  @Param({"floor", "retrofit", "sdk", "sdk-observed", "sdk-metered"})
  public String contestant = "floor";

  private @org.jspecify.annotations.Nullable ServerHandle server;
  private @org.jspecify.annotations.Nullable Contestant c;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ServerHandle s = ServerHandle.open();
    server = s;
    Contestant made = Contestant.create(contestant, s.url());
    DecodeCheck.verify(contestant, made);
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
