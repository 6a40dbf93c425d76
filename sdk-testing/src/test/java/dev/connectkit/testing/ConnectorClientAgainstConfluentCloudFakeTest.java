package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TaskState;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.UnsupportedOnTargetException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real ConnectorClient for Confluent Cloud against the fake speaking Connect v1: the cluster path, a Cloud API key
 * over Basic, the name as sent, secrets masked, Connect v1's codes, states and error bodies.
 */
class ConnectorClientAgainstConfluentCloudFakeTest {
  private static final String NAME = "orders-datagen";
  private static final String PREFIX = "/connect/v1/environments/env-abc123/clusters/lkc-xyz789";

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake =
      FakeConnectorApi.builder()
          .target(FakeTarget.CONFLUENT_CLOUD)
          .clock(clock)
          .provisioningTime(Duration.ofMinutes(1))
          .transitionDelay(Duration.ofSeconds(5))
          .start();
  private final ConnectorClient client = client("env-abc123", "lkc-xyz789", FakeConnectorApi.DEFAULT_TOKEN);

  private ConnectorClient client(String environment, String cluster, String secret) {
    return ConnectorClient.builder()
        .confluentCloud(environment, cluster, fake.baseUrl())
        .basicAuth("CLOUDKEY", Secret.of(secret))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  private static GenericConnectorConfig config() {
    return Datagen.config(Placement.dedicated("sales", Stage.DEV), "orders").withName(ConnectorName.raw(NAME));
  }

  @Test
  void createTakesTheNameAsSentUnderTheClusterPathAndMasksSecrets() {
    assertThat(client.create(config()).connector().orElseThrow().name()).isEqualTo(NAME);
    assertThat(Journal.lastStatus(fake, Route.CREATE)).isEqualTo(201);
    assertThat(fake.requests().get(0).target()).isEqualTo(PREFIX + "/connectors");
    assertThat(fake.requests().get(0).body()).contains("\"name\":\"" + NAME + "\"").doesNotContain("identifier");

    FakeConnector stored = fake.connector(NAME).orElseThrow();
    assertThat(stored.businessUnit()).isEqualTo("env-abc123");
    assertThat(stored.stage()).isEqualTo("lkc-xyz789");
    assertThat(stored.config()).containsEntry("kafka.api.secret", "s3cr3t");
    assertThat(client.get(NAME).config())
        .containsEntry("kafka.api.secret", "****************")
        .containsEntry("kafka.api.key", "****************")
        .containsEntry("quickstart", "ORDERS");
  }

  @Test
  void listExpandsIdInfoAndStatusWithinTheCluster() {
    client.create(config());

    List<ConnectorInfo> all = client.list();
    assertThat(all).extracting(ConnectorInfo::name).containsExactly(NAME);
    assertThat(all.get(0).id()).contains("lcc-00001");
    assertThat(all.get(0).status().state()).isEqualTo(ConnectorState.PROVISIONING);
    assertThat(all.get(0).config()).containsEntry("kafka.api.secret", "****************");

    try (ConnectorClient otherCluster = client("env-abc123", "lkc-other", FakeConnectorApi.DEFAULT_TOKEN)) {
      assertThat(otherCluster.list()).isEmpty();
      assertThatThrownBy(() -> otherCluster.get(NAME)).isInstanceOf(ConnectorNotFoundException.class);
    }
  }

  @Test
  void pauseResumeAndRestartAre202WithConnectV1States() {
    client.create(config());
    clock.advance(Duration.ofMinutes(1));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);

    client.pause(NAME);
    assertThat(Journal.lastStatus(fake, Route.PAUSE)).isEqualTo(202);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.PAUSED);
    assertThat(client.status(NAME).tasks()).extracting(t -> t.state()).containsOnly(TaskState.of("STOPPED"));

    client.resume(NAME);
    assertThat(Journal.lastStatus(fake, Route.RESUME)).isEqualTo(202);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);

    fake.failConnector(NAME, "Provided Kafka ApiKey is invalid");
    client.restart(NAME);
    assertThat(Journal.lastStatus(fake, Route.RESTART)).isEqualTo(202);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).isHealthy()).isTrue();
  }

  @Test
  void kafkaConnectOnlyOperationsAreRefusedWithoutARequest() {
    client.create(config());
    long before = fake.requestCount();

    assertThatThrownBy(() -> client.stop(NAME)).isInstanceOf(UnsupportedOnTargetException.class);
    assertThatThrownBy(() -> client.restartTask(NAME, 0)).isInstanceOf(UnsupportedOnTargetException.class);
    assertThat(fake.requestCount()).isEqualTo(before);
  }

  @Test
  void duplicateIs409AndDeleteIs200ThenNotFound() throws IOException {
    client.create(config());
    assertThatThrownBy(() -> client.create(config())).isInstanceOf(ConnectorAlreadyExistsException.class);
    assertThat(Journal.lastStatus(fake, Route.CREATE)).isEqualTo(409);

    client.delete(NAME);
    assertThat(Journal.lastStatus(fake, Route.DELETE)).isEqualTo(200);
    assertThatThrownBy(() -> client.status(NAME))
        .isInstanceOf(ConnectorNotFoundException.class)
        .hasMessageContaining(NAME);
    Http.Answer missing = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN).get(PREFIX + "/connectors/nope");
    assertThat(missing.code).isEqualTo(404);
    assertThat(missing.at("error", "message")).isEqualTo("Connector nope not found");
  }

  @Test
  void aWrongApiSecretIsUnauthenticated() {
    try (ConnectorClient wrong = client("env-abc123", "lkc-xyz789", "not-the-secret")) {
      assertThatThrownBy(wrong::list).isInstanceOf(UnauthenticatedException.class);
    }
  }
}
