package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.testing.FakeConnectorApi;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promotion runbook against the fake: the lower stage applied on confirmation, then the promotion plan. */
class PromoteSalesConnectorsTest {
  @TempDir Path ledgers;

  private static String planId(String out, String after) {
    Matcher m = Pattern.compile(Pattern.quote(after) + " ([0-9a-f]{16})").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  @Test
  void promotesOnlyAfterTheLowerStageIsAppliedAndEachStepIsConfirmed() throws Exception {
    try (FakeConnectorApi fake = SampleRun.fake()) {
      AtomicInteger exit = new AtomicInteger(-1);
      String dir = ledgers.toString();
      String first = SampleRun.main(a -> exit.set(PromoteSalesConnectors.run(a)),
          SampleRun.args(fake, "--to", "qas", "--ledger-dir", dir, "--settle", "PT0S"));
      assertThat(exit.get()).isEqualTo(2);
      assertThat(first).contains("+ create    sales-dev-orders-datagen-connector", "rerun with --confirm-lower");
      assertThat(fake.connectors()).isEmpty();

      String second = SampleRun.main(a -> exit.set(PromoteSalesConnectors.run(a)),
          SampleRun.args(fake, "--to", "qas", "--ledger-dir", dir, "--settle", "PT0S",
              "--confirm-lower", planId(first, "--confirm-lower")));
      assertThat(second).contains("for set sales-connectors in qas", "+ create    sales-qas-orders-datagen-connector",
          "(protected)", "rerun with --confirm");
      assertThat(second).doesNotContain("demo-kafka-api-secret");
      assertThat(exit.get()).isEqualTo(2);

      String third = SampleRun.main(a -> exit.set(PromoteSalesConnectors.run(a)),
          SampleRun.args(fake, "--to", "qas", "--ledger-dir", dir, "--settle", "PT0S",
              "--confirm", planId(second, "--confirm")));
      assertThat(third).contains("SUCCEEDED");
      assertThat(exit.get()).isZero();
      assertThat(fake.connector("sales-qas-orders-datagen-connector")).isPresent();
      assertThat(fake.connector("sales-qas-analytics-snowflake-connector")).isPresent();
    }
  }
}
