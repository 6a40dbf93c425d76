package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.internal.ConfigMaps;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Config build: a typed builder's build (which validates) plus serialising the wire map to JSON. No HTTP. Its claim is
 * judged against the floor's create call ({@code PerCallBenchmark.create} with the raw OkHttp+Moshi contestant) in the
 * same JMH run: config build stays at most 5 % of it, since it runs once per create, ahead of that call. The setup
 * checks that the build gives the same JSON object as the same map written by hand, so the benchmark cannot skip work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ConfigBuildBenchmark {
  @Param({
    "datagen", "snowflake", "s3source", "httpsink", "httpsink-3apis-4smts", "httpsource", "eventhubs",
    "snowflakesource"
  })
  public String type = "datagen";

  private final JsonAdapter<Map<String, String>> adapter =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, String.class));

  @Setup
  public void check() throws Exception {
    Map<String, String> typed = Objects.requireNonNull(adapter.fromJson(sdk()));
    Map<String, String> hand = TypedConfigs.handWritten(type);
    if (!typed.equals(hand)) {
      throw new IllegalStateException(type + ": typed config JSON " + typed + " differs from the hand-written " + hand);
    }
  }

  @Benchmark
  public String sdk() {
    ConnectorConfig config = TypedConfigs.build(type);
    return adapter.toJson(ConfigMaps.wire(config, false));
  }
}
