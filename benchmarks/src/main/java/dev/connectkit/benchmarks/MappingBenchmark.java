package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.internal.Json;
import dev.connectkit.internal.wire.ConnectorDto;
import dev.connectkit.internal.wire.ExpansionDto;
import dev.connectkit.internal.wire.StatusDto;
import dev.connectkit.internal.wire.WireMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SDK's own mapping from decoded DTOs to the public model, without HTTP or JSON: the part of the per-call
 * allocation that is the SDK's code, not Retrofit's or Moshi's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MappingBenchmark {
  private Map<String, ExpansionDto> listDto = Map.of();
  private StatusDto statusDto = new StatusDto();
  private ConnectorDto connectorDto = new ConnectorDto();

  @Setup
  public void decode() throws Exception {
    JsonAdapter<Map<String, ExpansionDto>> list =
        Json.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, ExpansionDto.class));
    listDto = Objects.requireNonNull(list.fromJson(Fixtures.listJson()));
    statusDto = Objects.requireNonNull(
        Json.MOSHI.adapter(StatusDto.class).fromJson(Fixtures.statusJson(Fixtures.NAME, "RUNNING")));
    connectorDto = Objects.requireNonNull(Json.MOSHI.adapter(ConnectorDto.class).fromJson(Fixtures.connectorJson()));
  }

  @Benchmark
  public List<ConnectorInfo> list100() {
    return WireMapper.list(listDto);
  }

  @Benchmark
  public ConnectorStatus status() {
    return WireMapper.status(statusDto, Fixtures.NAME);
  }

  @Benchmark
  public Connector connector() {
    return WireMapper.connector(connectorDto, Fixtures.NAME);
  }
}
