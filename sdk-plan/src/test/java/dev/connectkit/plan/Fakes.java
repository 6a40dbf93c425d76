package dev.connectkit.plan;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.WaitOptions;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.testing.FakeClock;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.time.Duration;

/** A fake of one target with a client pointed at it, and the typed configs the tests plan. */
final class Fakes implements AutoCloseable {
  static final WaitOptions WAIT = WaitOptions.defaults().toBuilder()
      .timeout(Duration.ofSeconds(20))
      .minInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(50))
      .failureGrace(Duration.ZERO)
      .build();
  static final Secret KEY = Secret.of("a-fingerprint-key-for-tests");

  final FakeConnectorApi fake;
  final ConnectorClient client;
  final FakeTarget target;

  private Fakes(FakeConnectorApi fake, ConnectorClient client, FakeTarget target) {
    this.fake = fake;
    this.client = client;
    this.target = target;
  }

  static Fakes start(FakeTarget target, Stage stage) {
    FakeConnectorApi fake = FakeConnectorApi.builder().target(target).clock(FakeClock.autoAdvancing()).start();
    ConnectorClient.Builder b = ConnectorClient.builder();
    switch (target) {
      case CONFLUENT_CLOUD:
        b.confluentCloud("env-fake", "lkc-fake", fake.baseUrl()).bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
        break;
      case KAFKA_CONNECT:
        b.kafkaConnect(fake.baseUrl());
        break;
      default:
        b.selfService(fake.baseUrl(), placement(stage)).bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
    }
    ConnectorClient client = b
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(100)).totalTimeout(Duration.ofSeconds(10)).build())
        .readTimeout(Duration.ofSeconds(5))
        .waitOptions(WAIT)
        .build();
    return new Fakes(fake, client, target);
  }

  static Placement placement(Stage stage) {
    return Placement.dedicated("sales", stage);
  }

  /** A typed Datagen config in {@code stage}. */
  static DatagenSource datagen(Stage stage, String id, String secret) {
    Placement p = placement(stage);
    return DatagenSource.builder()
        .placement(p)
        .id(id)
        .kafkaAuth(KafkaAuth.apiKey(Secret.of("KEY-" + id), Secret.of(secret)))
        .topic(p.prefix() + "-" + id)
        .quickstart(DatagenSource.Quickstart.ORDERS)
        .outputFormat(DataFormat.JSON)
        .maxInterval(Duration.ofMillis(1000))
        .build();
  }

  Deployer.Builder deployer(Stage stage) {
    return Deployer.builder().stage(stage, client).waitOptions(WAIT).settleTime(Duration.ZERO)
        .fingerprintKey(stage, KEY);
  }

  @Override
  public void close() {
    client.close();
    fake.close();
  }
}
