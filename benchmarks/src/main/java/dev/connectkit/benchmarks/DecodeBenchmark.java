package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.internal.wire.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.ByteString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding alone, no HTTP: the SDK's JSON → public model (what its calls return) against Moshi's reflective decode into
 * the floor's DTOs, from the same bytes. The part of the per-call allocation that is decoding, side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {
  private static final ByteString LIST = utf8(Fixtures.listJson());
  private static final ByteString STATUS = utf8(Fixtures.statusJson(Fixtures.NAME, "RUNNING"));
  private static final ByteString CONNECTOR = utf8(Fixtures.connectorJson());

  private final JsonAdapter<List<ConnectorInfo>> sdkList =
      WireJson.MOSHI.adapter(Types.newParameterizedType(List.class, ConnectorInfo.class));
  private final JsonAdapter<ConnectorStatus> sdkStatus = WireJson.MOSHI.adapter(ConnectorStatus.class);
  private final JsonAdapter<Connector> sdkConnector = WireJson.MOSHI.adapter(Connector.class);

  private final Moshi moshi = new Moshi.Builder().build();
  private final JsonAdapter<Map<String, Dtos.Expansion>> floorList =
      moshi.adapter(Types.newParameterizedType(Map.class, String.class, Dtos.Expansion.class));
  private final JsonAdapter<Dtos.Status> floorStatus = moshi.adapter(Dtos.Status.class);
  private final JsonAdapter<Dtos.Connector> floorConnector = moshi.adapter(Dtos.Connector.class);

  private static ByteString utf8(String json) {
    return ByteString.of(json.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> T decode(JsonAdapter<T> adapter, ByteString bytes) throws IOException {
    return Objects.requireNonNull(adapter.fromJson(new Buffer().write(bytes)));
  }

  @Benchmark
  public List<ConnectorInfo> sdkList100() throws IOException {
    return decode(sdkList, LIST);
  }

  @Benchmark
  public Map<String, Dtos.Expansion> floorList100() throws IOException {
    return decode(floorList, LIST);
  }

  @Benchmark
  public ConnectorStatus sdkStatus() throws IOException {
    return decode(sdkStatus, STATUS);
  }

  @Benchmark
  public Dtos.Status floorStatus() throws IOException {
    return decode(floorStatus, STATUS);
  }

  @Benchmark
  public Connector sdkConnector() throws IOException {
    return decode(sdkConnector, CONNECTOR);
  }

  @Benchmark
  public Dtos.Connector floorConnector() throws IOException {
    return decode(floorConnector, CONNECTOR);
  }
}
