package dev.connectkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config build claim is judged against the floor's create call of the same run, with the propagated error. */
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
}
