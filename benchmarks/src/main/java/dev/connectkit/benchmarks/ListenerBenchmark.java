package dev.connectkit.benchmarks;

import dev.connectkit.CallInfo;
import dev.connectkit.CallOutcome;
import dev.connectkit.CallResult;
import dev.connectkit.ConnectorEventListener;
import dev.connectkit.Target;
import dev.connectkit.micrometer.ConnectorMeters;
import dev.connectkit.micrometer.ConnectorObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the instrumentation's cost per call goes, without HTTP: one call's listener made, started and ended, with
 * sdk-micrometer over an observation registry whose handlers are none ({@code observation}: a do-nothing handler, so
 * the Observation itself is made), a meter handler without long task timers ({@code timer}) and the default meter
 * handler ({@code timer+ltt}, what {@code PerCallBenchmark}'s {@code sdk-observed} uses); and sdk-micrometer's
 * metrics-only listener ({@code meters}, no Observation: what {@code sdk-metered} uses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ListenerBenchmark {
  @Param({"observation", "timer", "timer+ltt", "meters"})
  public String handler = "timer+ltt";

  private static final CallInfo CALL =
      new CallInfo(CallInfo.Operation.STATUS, Target.SELF_SERVICE, Fixtures.NAME);
  private static final CallResult OK =
      new CallResult(CallOutcome.SUCCESS, "2xx", 1, Duration.ofMillis(1), Optional.empty());

  private ConnectorEventListener.Factory factory = () -> ConnectorEventListener.NONE;

  @Setup
  public void setUp() {
    MeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    if (handler.equals("meters")) {
      ConnectorMeters listener = ConnectorMeters.of(meters);
      factory = () -> listener;
      return;
    }
    switch (handler) {
      case "observation":
        observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
          @Override
          public boolean supportsContext(Observation.Context context) {
            return true;
          }
        });
        break;
      case "timer":
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(
            meters, DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER));
        break;
      default:
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        break;
    }
    factory = ConnectorObservations.of(observations, meters);
  }

  @Benchmark
  public ConnectorEventListener call() {
    ConnectorEventListener listener = factory.create();
    listener.callStart(CALL);
    listener.callEnd(CALL, OK);
    return listener;
  }
}
