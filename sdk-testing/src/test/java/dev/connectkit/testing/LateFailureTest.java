package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorFailedException;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TaskState;
import dev.connectkit.Transition;
import dev.connectkit.WaitOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An update the fake accepts and that fails later, on every target. */
class LateFailureTest {
  private static final Placement SALES = Placement.dedicated("sales", Stage.DEV);
  private static final String TRACE = "Invalid value for quickstart: not a generator";

  private final FakeClock clock = new FakeClock();

  private FakeConnectorApi fake(FakeTarget target) {
    return FakeConnectorApi.builder()
        .target(target)
        .clock(clock)
        .provisioningTime(Duration.ofSeconds(10))
        .transitionDelay(Duration.ofSeconds(5))
        .plugin("org.example.FileSink", ConnectorType.SINK)
        .start();
  }

  private static ConnectorClient client(FakeConnectorApi fake) {
    ConnectorClient.Builder builder = ConnectorClient.builder().retryPolicy(RetryPolicy.none());
    switch (fake.target()) {
      case CONFLUENT_CLOUD:
        builder.confluentCloud("env-1", "lkc-1", fake.baseUrl()).bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
        break;
      case KAFKA_CONNECT:
        builder.kafkaConnect(fake.baseUrl());
        break;
      default:
        builder.selfService(fake.baseUrl(), SALES).bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
    }
    return builder.build();
  }

  /** A running connector, created through {@code client}; its full name. */
  private String running(ConnectorClient client, GenericConnectorConfig config) {
    String name = client.create(config).connector().orElseThrow().name();
    clock.advance(Duration.ofSeconds(10));
    assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
    return name;
  }

  private static GenericConnectorConfig datagen() {
    return Datagen.config(SALES, "orders");
  }

  private static GenericConnectorConfig changed(GenericConnectorConfig config) {
    return config.toBuilder().property("tasks.max", "2").build();
  }

  @Test
  void selfServiceUpdateIsAcceptedThenFailsAfterTheGivenStatusReads() {
    try (FakeConnectorApi fake = fake(FakeTarget.SELF_SERVICE);
        ConnectorClient client = client(fake)) {
      String name = running(client, datagen());
      fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(2, TRACE));

      client.update(changed(datagen()));
      assertThat(Journal.lastStatus(fake, Route.UPDATE_CONFIG)).isEqualTo(200);
      clock.advance(Duration.ofSeconds(5));

      assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      ConnectorStatus failed = client.status(name);
      assertThat(failed.state()).isEqualTo(ConnectorState.FAILED);
      assertThat(failed.trace()).isEqualTo(TRACE);
      assertThat(fake.connector(name).orElseThrow().config()).containsEntry("tasks.max", "2");
    }
  }

  @Test
  void confluentCloudUpdateFailsOnceTheDelayHasPassedOnTheFakesClock() {
    try (FakeConnectorApi fake = fake(FakeTarget.CONFLUENT_CLOUD);
        ConnectorClient client = client(fake)) {
      GenericConnectorConfig config = datagen().withName(ConnectorName.raw("orders"));
      String name = running(client, config);
      fake.failAfterNextUpdate(name, LateFailure.after(Duration.ofSeconds(30), TRACE));

      client.update(changed(config));
      clock.advance(Duration.ofSeconds(29));
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      clock.advance(Duration.ofSeconds(1));

      assertThat(client.status(name).state()).isEqualTo(ConnectorState.FAILED);
      assertThat(client.status(name).trace()).isEqualTo(TRACE);
    }
  }

  @Test
  void aFailureTraceQuotingTheConfigsSecretReachesTheUpdatesWaitScrubbed() {
    String canary = "trace-canary-4411";
    try (FakeConnectorApi fake = fake(FakeTarget.KAFKA_CONNECT);
        ConnectorClient client = client(fake)) {
      GenericConnectorConfig config = datagen().toBuilder().secret("kafka.api.secret", Secret.of(canary)).build();
      String name = running(client, config);
      fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(0, "SASL authentication failed with " + canary));

      Transition update = client.update(changed(config));
      WaitOptions quick = client.waitOptions().toBuilder().failureGrace(Duration.ZERO).timeout(Duration.ofSeconds(10))
          .build();
      Throwable failure = catchThrowable(() -> update.await(quick));

      assertThat(failure).isInstanceOf(ConnectorFailedException.class).hasMessageContaining("authentication failed")
          .hasMessageNotContaining(canary);
      assertThat(failure.toString()).doesNotContain(canary);
      ConnectorFailedException failed = (ConnectorFailedException) failure;
      assertThat(failed.status().orElseThrow().trace()).contains("SASL authentication failed").doesNotContain(canary);
      assertThat(failed.observed()).allSatisfy(o -> assertThat(o.detail()).doesNotContain(canary));
    }
  }

  @Test
  void kafkaConnectReportsTheLateFailureWithFailedTasks() {
    try (FakeConnectorApi fake = fake(FakeTarget.KAFKA_CONNECT);
        ConnectorClient client = client(fake)) {
      GenericConnectorConfig config =
          GenericConnectorConfig.builder()
              .name(ConnectorName.raw("file"))
              .connectorClass("org.example.FileSink")
              .type(ConnectorType.SINK)
              .property("topics", "orders")
              .build();
      String name = running(client, config);
      fake.failAfterNextUpdate(LateFailure.afterStatusReads(0, TRACE));

      client.update(changed(config));

      ConnectorStatus failed = client.status(name);
      assertThat(failed.state()).isEqualTo(ConnectorState.FAILED);
      assertThat(failed.tasks()).extracting(t -> t.state()).containsOnly(TaskState.of("FAILED"));
    }
  }

  @Test
  void onlyTheNextUpdateFailsAndAListWithStatusCountsAsARead() {
    try (FakeConnectorApi fake = fake(FakeTarget.SELF_SERVICE);
        ConnectorClient client = client(fake)) {
      String name = running(client, datagen());
      fake.failAfterNextUpdate(name, LateFailure.afterStatusReads(1, TRACE));

      client.update(changed(datagen()));
      assertThat(client.list().get(0).status().state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.FAILED);

      fake.recover(name);
      client.update(datagen());
      clock.advance(Duration.ofMinutes(5));
      for (int i = 0; i < 3; i++) {
        assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      }
    }
  }

  @Test
  void anAutoAdvancingClockReachesTheDelayedFailureByPolling() {
    try (FakeConnectorApi fake =
            FakeConnectorApi.builder().clock(FakeClock.autoAdvancing()).instantTransitions().start();
        ConnectorClient client = client(fake)) {
      String name = client.create(datagen()).connector().orElseThrow().name();
      fake.failAfterNextUpdate(name, LateFailure.after(Duration.ofMinutes(2), TRACE));

      client.update(changed(datagen()));

      assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.FAILED);
    }
  }

  @Test
  void armingAnUnknownConnectorNamesTheOnesTheFakeHolds() {
    try (FakeConnectorApi fake = fake(FakeTarget.SELF_SERVICE)) {
      assertThatThrownBy(() -> fake.failAfterNextUpdate("nope", LateFailure.afterStatusReads(1, TRACE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no connector named nope");
      assertThatThrownBy(() -> LateFailure.afterStatusReads(-1, TRACE)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> LateFailure.after(Duration.ofSeconds(-1), TRACE))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
