package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.Secret;
import dev.connectkit.testing.FakeConnector;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.Route;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The samples that work on existing connectors, each run against a fake holding the demo pipeline. */
class RunbookSamplesTest {
  private static final String SOURCE = "sales-dev-orders-datagen-connector";
  private static final String SINK = "sales-dev-analytics-snowflake-connector";
  private static final String OLD_KEY = "b2xkLWtleQ==";

  private static FakeConnectorApi pipeline() {
    FakeConnectorApi fake = SampleRun.fake();
    try (Runbook runbook = SampleRun.runbook(fake)) {
      SampleRun.seed(fake, DemoConnectors.ordersDatagen(runbook, runbook.placement()));
      SampleRun.seed(fake, DemoConnectors.analyticsSnowflake(runbook, runbook.placement()).toBuilder()
          .privateKey(Secret.of(OLD_KEY))
          .build());
    }
    return fake;
  }

  @Test
  void checkStatusPrintsStateTasksAndTheTraceOfAFailure() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      String healthy = SampleRun.main(CheckStatus::main, SampleRun.args(fake));
      assertThat(healthy).contains(SOURCE + " is RUNNING").contains("task 0: RUNNING").doesNotContain("trace:");

      fake.failConnector(SINK, "JWT token is invalid");
      String failed = SampleRun.main(CheckStatus::main, SampleRun.args(fake, "--id", "analytics-snowflake"));
      assertThat(failed).contains(SINK + " is FAILED").contains("task 0: USER_ACTIONABLE_ERROR")
          .contains("trace: JWT token is invalid");
    }
  }

  @Test
  void pauseResumeRestartLeavesTheConnectorRunningAfterAllThree() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      String out = SampleRun.main(PauseResumeRestart::main, SampleRun.args(fake));
      assertThat(out).contains("paused after").contains("resumed after").contains("restarted after")
          .contains(SOURCE + " is PAUSED").contains(": RUNNING");
      assertThat(fake.requests()).flatExtracting(c -> c.route().stream().toList())
          .contains(Route.PAUSE, Route.RESUME, Route.RESTART);
      assertThat(fake.connector(SOURCE).orElseThrow().state()).isEqualTo("RUNNING");
    }
  }

  @Test
  void rotateSecretSendsTheNewKeyAndKeepsTheRestOfTheConfig() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      assertThat(fake.connector(SINK).orElseThrow().config()).containsEntry("snowflake.private.key", OLD_KEY);
      String out = SampleRun.main(RotateSecret::main, SampleRun.args(fake));
      FakeConnector after = fake.connector(SINK).orElseThrow();
      assertThat(out).contains(SINK + " runs with the new key: RUNNING");
      assertThat(after.config().get("snowflake.private.key")).isEqualTo(
          java.util.Base64.getEncoder().encodeToString("demo-snowflake-private-key".getBytes(
              java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(after.config()).containsEntry("snowflake.database.name", "ANALYTICS").containsEntry("topics", "orders");
      assertThat(fake.requests()).flatExtracting(c -> c.route().stream().toList()).contains(Route.UPDATE_CONFIG);
    }
  }

  @Test
  void promoteCreatesTheSinkInQasWithTheSameConfig() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      String out = SampleRun.main(PromoteConnector::main, SampleRun.args(fake, "--to", "qas"));
      FakeConnector qas = fake.connector("sales-qas-analytics-snowflake-connector").orElseThrow();
      FakeConnector dev = fake.connector(SINK).orElseThrow();
      assertThat(qas.stage()).isEqualTo("qas");
      assertThat(qas.state()).isEqualTo("RUNNING");
      assertThat(qas.config()).containsEntry("topics", dev.config().get("topics"))
          .containsEntry("snowflake.database.name", "ANALYTICS");
      assertThat(out).contains(SINK + " -> sales-qas-analytics-snowflake-connector: RUNNING");
    }
  }

  @Test
  void resetOffsetsEmptiesTheSinksOffsets() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      String out = SampleRun.main(ResetOffsets::main, SampleRun.args(fake));
      assertThat(out).contains("kafka_topic=orders").contains("at {kafka_offset=0}")
          .contains("offsets request APPLIED").contains("offsets now: 0 partitions");
    }
  }

  @Test
  void listPrintsEveryConnectorOfTheStageInATable() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      String out = SampleRun.main(ListConnectors::main, SampleRun.args(fake));
      assertThat(out).containsPattern("NAME +TYPE +CLASS +STATE +TASKS")
          .containsPattern(SOURCE + " +source +DatagenSource +RUNNING +1")
          .containsPattern(SINK + " +sink +SnowflakeSink +RUNNING +1")
          .contains("2 connectors in dedicated(sales/dev)");
    }
  }

  @Test
  void watchAlertsOnAConnectorThatIsFailedAndOnOneThatFails() throws Exception {
    try (FakeConnectorApi fake = pipeline()) {
      fake.failConnector(SINK, "JWT token is invalid");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CompletableFuture<String> run = new CompletableFuture<>();
      Thread watcher = new Thread(() -> {
        try {
          run.complete(SampleRun.capture(bytes, () -> WatchForFailures.main(
              SampleRun.args(fake, "--alerts", "2", "--watch-interval", "PT0.1S", "--for", "PT30S"))));
        } catch (Exception | AssertionError e) {
          run.completeExceptionally(e);
        }
      });
      watcher.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!bytes.toString(java.nio.charset.StandardCharsets.UTF_8).contains("ALERT " + SINK)
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      fake.failConnector(SOURCE, "Datagen: topic orders was deleted");
      String out = run.get(20, TimeUnit.SECONDS);
      assertThat(out).contains("ALERT " + SINK + " FAILED: JWT token is invalid")
          .contains("ALERT " + SOURCE + " FAILED: Datagen: topic orders was deleted");
    }
  }
}
