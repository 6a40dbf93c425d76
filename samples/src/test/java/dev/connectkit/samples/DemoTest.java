package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.testing.FakeConnectorApi;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo, start to end: once on its embedded fake, once pointed at a fake as if it were a real API. */
class DemoTest {
  @Test
  void demoWalksTheWholeScenarioOnTheEmbeddedFake() throws Exception {
    String out = SampleRun.main(Demo::main);
    assertThat(out)
        .contains("target: embedded fake Self-Service API at http://")
        .contains("no account, no network")
        .contains("sales-dev-orders-datagen-connector is PROVISIONING")
        .contains("sales-dev-orders-datagen-connector is RUNNING")
        .contains("sales-dev-analytics-snowflake-connector is RUNNING")
        .contains("sales-dev-orders-datagen-connector is PAUSED")
        .contains("watch: sales-dev-orders-datagen-connector RUNNING -> PAUSED")
        .contains("trace: net.snowflake.ingest.utils.SFException: JWT token is invalid")
        .contains("restart healed it: RUNNING")
        .contains("sales-qas-analytics-snowflake-connector is RUNNING")
        .contains("left: 0 of the demo's 3 connectors")
        .contains("Done in");
    assertThat(Pattern.compile("^  sales-qas-analytics-snowflake-connector +qas +sink +SnowflakeSink +RUNNING +1/1 running$",
        Pattern.MULTILINE).matcher(out).find()).as(out).isTrue();
    assertThat(out.lines().filter(l -> l.contains("CONNECTOR") && l.contains("STATE")).count()).isEqualTo(1);
  }

  @Test
  void demoAgainstAnApiSaysWhichTargetAndLeavesNothingBehind() throws Exception {
    try (FakeConnectorApi api = SampleRun.fake()) {
      String out = SampleRun.main(Demo::main, SampleRun.args(api, "--watch-interval", "PT0.1S"));
      assertThat(out).contains("target: Self-Service API at " + api.baseUrl()
          + ", business unit sales, stage dev, token from --token");
      assertThat(out).contains("(skipped: a real API cannot be made to fail on purpose");
      assertThat(out).contains("left: 0 of the demo's 3 connectors");
      assertThat(api.connectors()).isEmpty();
      assertThat(api.createsApplied()).isEqualTo(3);
    }
  }

  @Test
  void demoDeletesOnlyItsOwnConnectors() throws Exception {
    try (FakeConnectorApi api = SampleRun.fake();
        Runbook runbook = SampleRun.runbook(api)) {
      SampleRun.seed(api, dev.connectkit.GenericConnectorConfig.builder()
          .name(runbook.placement().name("someone-elses"))
          .connectorClass("DatagenSource")
          .type(dev.connectkit.ConnectorType.SOURCE)
          .property("kafka.topic", "x")
          .property("quickstart", "USERS")
          .build());
      SampleRun.main(Demo::main, SampleRun.args(api, "--watch-interval", "PT0.1S"));
      assertThat(api.connectors()).extracting(c -> c.name()).containsExactly("sales-dev-someone-elses-connector");
    }
  }
}
