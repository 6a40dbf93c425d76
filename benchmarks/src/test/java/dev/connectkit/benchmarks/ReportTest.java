package dev.connectkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Claims are judged against their baseline of the same run, with the propagated error. */
class ReportTest {
  private static Report.Row configBuild(String type, double micros, double error) {
    return new Report.Row("ConfigBuildBenchmark.sdk", Map.of("type", type), new Report.Score(micros, error),
        new Report.Score(4_000, 0));
  }

  private static final Report.Row FLOOR_CREATE = new Report.Row("PerCallBenchmark.create",
      Map.of("contestant", "floor"), new Report.Score(80, 4), new Report.Score(16_000, 0));

  @Test
  void configBuildIsAShareOfTheFloorsCreateWithItsError() {
    String table = Report.configBuild(List.of(FLOOR_CREATE, configBuild("datagen", 2, 0.2),
        configBuild("httpsink", 4.1, 0.4), configBuild("snowflake", 6, 0.1)));

    assertThat(table)
        .contains("| datagen | 2.0 ± 0.2 | 4,000 B | 80.0 ± 4.0 | 2.5 % ± 0.3 | met |")
        .contains("| httpsink | 4.1 ± 0.4 | 4,000 B | 80.0 ± 4.0 | 5.1 % ± 0.6 | within error |")
        .contains("| snowflake | 6.0 ± 0.1 | 4,000 B | 80.0 ± 4.0 | 7.5 % ± 0.4 | MISSED |");
  }

  @Test
  void configBuildWithoutTheFloorsCreateIsNotJudged() {
    String table = Report.configBuild(List.of(configBuild("datagen", 2, 0.2)));

    assertThat(table).contains("| datagen | 2.0 ± 0.2 | 4,000 B | — | — | no floor create in this run |")
        .doesNotContain("met");
  }

  private static Report.Row perCall(String op, String contestant, double micros, double error, double bytes) {
    return new Report.Row("PerCallBenchmark." + op, Map.of("contestant", contestant), new Report.Score(micros, error),
        new Report.Score(bytes, 0));
  }

  @Test
  void instrumentationIsJudgedAgainstTheUninstrumentedCallsOfTheSameRun() {
    String table = Report.instrumentation(List.of(
        perCall("status", "sdk", 80, 0.8, 12_000), perCall("status", "sdk-observed", 82, 0.8, 12_900),
        perCall("get", "sdk", 90, 4, 15_000), perCall("get", "sdk-observed", 94, 4, 16_100),
        perCall("pause", "sdk", 80, 0.5, 10_000), perCall("pause", "sdk-observed", 90, 0.5, 10_500),
        perCall("create", "sdk", 80, 0.4, 16_000), perCall("create", "sdk-observed", 82.9, 0.4, 16_800)));

    assertThat(table)
        .contains("| status | Observations | 80.0 ± 0.8 | 82.0 ± 0.8 | 1.03× ± 0.01 | 12,000 B | +900 B (1.08×) "
            + "| time met, alloc met |")
        .contains("| get | Observations | 90.0 ± 4.0 | 94.0 ± 4.0 | 1.04× ± 0.06 | 15,000 B | +1,100 B (1.07×) "
            + "| time not judged (error > 3 %), alloc MISSED |")
        .contains("| pause | Observations | 80.0 ± 0.5 | 90.0 ± 0.5 | 1.13× ± 0.01 | 10,000 B | +500 B (1.05×) "
            + "| time MISSED, alloc met |")
        .contains("| create | Observations | 80.0 ± 0.4 | 82.9 ± 0.4 | 1.04× ± 0.01 | 16,000 B | +800 B (1.05×) "
            + "| time within error, alloc met |")
        .doesNotContain("| list100 |")
        .doesNotContain("metrics only");
  }

  @Test
  void bothInstrumentationsAreJudgedAgainstTheSameUninstrumentedCall() {
    String table = Report.instrumentation(List.of(
        perCall("status", "sdk", 80, 0.8, 12_000), perCall("status", "sdk-observed", 82, 0.8, 14_000),
        perCall("status", "sdk-metered", 80.3, 0.8, 12_100), perCall("get", "sdk-metered", 90, 1, 15_000)));

    assertThat(table)
        .contains("| status | Observations | 80.0 ± 0.8 | 82.0 ± 0.8 | 1.03× ± 0.01 | 12,000 B | +2,000 B (1.17×) "
            + "| time met, alloc MISSED |")
        .contains("| status | metrics only | 80.0 ± 0.8 | 80.3 ± 0.8 | 1.00× ± 0.01 | 12,000 B | +100 B (1.01×) "
            + "| time met, alloc met |")
        // No uninstrumented get in the run: nothing to judge it against.
        .doesNotContain("| get |");
  }
}
