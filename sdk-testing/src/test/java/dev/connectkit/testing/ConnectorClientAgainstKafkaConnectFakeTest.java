package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.IllegalConnectorStateException;
import dev.connectkit.RestartOptions;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.TaskState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real ConnectorClient for Kafka Connect against the fake speaking Kafka Connect: names as sent, Kafka Connect's
 * status codes (checked in the fake's journal, since the client accepts any 2xx), states, error bodies, and config
 * read back as stored, secrets included.
 */
class ConnectorClientAgainstKafkaConnectFakeTest {
  private static final String NAME = "file-sink";
  private static final String PLUGIN = "org.apache.kafka.connect.file.FileStreamSinkConnector";

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake =
      FakeConnectorApi.builder()
          .target(FakeTarget.KAFKA_CONNECT)
          .clock(clock)
          .provisioningTime(Duration.ofSeconds(1))
          .transitionDelay(Duration.ofSeconds(1))
          .plugin(PLUGIN, ConnectorType.SINK)
          .start();
  private final ConnectorClient client =
      ConnectorClient.builder().kafkaConnect(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void close() {
    client.close();
    fake.close();
  }

  private static GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw(NAME))
        .connectorClass(PLUGIN)
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .property("file", "/tmp/orders.txt")
        .property("tasks.max", "2")
        .secret("connection.password", Secret.of("hunter22"))
        .build();
  }

  private ConnectorClient running() {
    client.create(config());
    clock.advance(Duration.ofSeconds(1));
    return client;
  }

  @Test
  void createTakesTheNameAsSentAndReadsTheConfigBackAsStored() {
    assertThat(client.create(config()).connector().orElseThrow().name()).isEqualTo(NAME);
    assertThat(Journal.lastStatus(fake, Route.CREATE)).isEqualTo(201);

    assertThat(fake.connector(NAME).orElseThrow().businessUnit()).isEqualTo("kafka-connect");
    assertThat(client.get(NAME).config())
        .containsEntry("name", NAME)
        .containsEntry("connection.password", "hunter22");
    assertThat(fake.requests()).allSatisfy(call -> assertThat(call.target()).startsWith("/connectors"));
  }

  @Test
  void listExpandsStatusAndInfoAndMapsStatesToKafkaConnectsWords() {
    client.create(config());

    List<ConnectorInfo> provisioning = client.list();
    assertThat(provisioning).extracting(ConnectorInfo::name).containsExactly(NAME);
    assertThat(provisioning.get(0).status().state()).isEqualTo(ConnectorState.UNASSIGNED);
    assertThat(provisioning.get(0).config()).containsEntry("connection.password", "hunter22");
    assertThat(fake.requests().get(1).target()).isEqualTo("/connectors?expand=status&expand=info");

    clock.advance(Duration.ofSeconds(1));
    ConnectorStatus status = client.status(NAME);
    assertThat(status.state()).isEqualTo(ConnectorState.RUNNING);
    assertThat(status.tasks()).extracting(t -> t.state()).containsOnly(TaskState.RUNNING).hasSize(2);
  }

  @Test
  void aSecondCreateOfTheNameIs409() {
    client.create(config());

    assertThatThrownBy(() -> client.create(config()))
        .isInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining("Connector " + NAME + " already exists");
    assertThat(Journal.lastStatus(fake, Route.CREATE)).isEqualTo(409);
    assertThat(fake.duplicateCreates()).isEqualTo(1);
  }

  @Test
  void pauseAndResumeAre202AndShowAfterTheTransitionDelay() {
    running().pause(NAME);
    assertThat(Journal.lastStatus(fake, Route.PAUSE)).isEqualTo(202);
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING); // stale, as on a real worker
    clock.advance(Duration.ofSeconds(1));
    ConnectorStatus paused = client.status(NAME);
    assertThat(paused.state()).isEqualTo(ConnectorState.PAUSED);
    assertThat(paused.tasks()).extracting(t -> t.state()).containsOnly(TaskState.PAUSED);

    client.resume(NAME);
    assertThat(Journal.lastStatus(fake, Route.RESUME)).isEqualTo(202);
    clock.advance(Duration.ofSeconds(1));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);
  }

  @Test
  void stopIs204ShutsTheTasksDownAndResumeStartsThemAgain() {
    running().stop(NAME);
    assertThat(Journal.lastStatus(fake, Route.STOP)).isEqualTo(204);
    clock.advance(Duration.ofSeconds(1));
    ConnectorStatus stopped = client.status(NAME);
    assertThat(stopped.state()).isEqualTo(ConnectorState.STOPPED);
    assertThat(stopped.tasks()).isEmpty();

    client.resume(NAME);
    clock.advance(Duration.ofSeconds(1));
    assertThat(client.status(NAME).tasks()).hasSize(2);
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);
  }

  @Test
  void restartIs202WithTasksAnd204ForTheConnectorAlone() {
    running().restart(NAME);
    assertThat(Journal.lastStatus(fake, Route.RESTART)).isEqualTo(202);
    assertThat(fake.requests().get(fake.requests().size() - 1).target())
        .isEqualTo("/connectors/" + NAME + "/restart?includeTasks=true&onlyFailed=false");

    client.restart(NAME, RestartOptions.connectorOnly());
    assertThat(Journal.lastStatus(fake, Route.RESTART)).isEqualTo(204);
  }

  @Test
  void onlyFailedRestartsTheFailedTaskAndItsAnswerShowsItRestarting() throws IOException {
    running();
    fake.failTask(NAME, 1, "java.lang.RuntimeException: boom");
    ConnectorStatus degraded = client.status(NAME);
    assertThat(degraded.state()).isEqualTo(ConnectorState.RUNNING); // Kafka Connect reports failures per task
    assertThat(degraded.failedTasks()).singleElement().satisfies(t -> assertThat(t.trace()).contains("boom"));

    Http.Answer answer = new Http(fake.baseUrl(), null)
        .post("/connectors/" + NAME + "/restart?includeTasks=true&onlyFailed=true", null);
    assertThat(answer.code).isEqualTo(202);
    assertThat(answer.at("connector", "state")).isEqualTo("RUNNING");
    List<Object> taskStates = new java.util.ArrayList<>();
    ((List<?>) answer.at("tasks")).forEach(t -> taskStates.add(((Map<?, ?>) t).get("state")));
    assertThat(taskStates).containsExactly("RUNNING", "RESTARTING");

    clock.advance(Duration.ofSeconds(1));
    assertThat(client.status(NAME).isHealthy()).isTrue();
  }

  @Test
  void restartTaskIs204AndRecoversTheTask() {
    running();
    fake.failTask(NAME, 0, "boom");

    client.restartTask(NAME, 0);
    assertThat(Journal.lastStatus(fake, Route.RESTART_TASK)).isEqualTo(204);
    clock.advance(Duration.ofSeconds(1));
    assertThat(client.status(NAME).failedTasks()).isEmpty();
  }

  @Test
  void offsetsChangeSynchronouslyOnlyOnAStoppedConnector() {
    running();
    assertThatThrownBy(() -> client.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 42))))
        .isInstanceOf(IllegalConnectorStateException.class);

    client.stop(NAME);
    clock.advance(Duration.ofSeconds(1));
    client.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 42)));
    assertThat(Journal.lastStatus(fake, Route.ALTER_OFFSETS)).isEqualTo(200);
    assertThat(client.offsets(NAME).offsets()).hasSize(1);
    assertThat(client.offsetsRequestStatus(NAME).toString()).contains("APPLIED");

    client.resetOffsets(NAME);
    assertThat(client.offsets(NAME).offsets()).isEmpty();
  }

  @Test
  void deleteIs204AndAMissingConnectorIsNotFoundInKafkaConnectsErrorShape() throws IOException {
    client.create(config());
    client.delete(NAME);
    assertThat(Journal.lastStatus(fake, Route.DELETE)).isEqualTo(204);
    assertThat(fake.connectors()).isEmpty();

    assertThatThrownBy(() -> client.get(NAME))
        .isInstanceOf(ConnectorNotFoundException.class)
        .hasMessageContaining("Connector " + NAME + " not found");
    assertThatThrownBy(() -> client.delete(NAME)).isInstanceOf(ConnectorNotFoundException.class);
    Http.Answer missing = new Http(fake.baseUrl(), null).get("/connectors/nope/status");
    assertThat(missing.code).isEqualTo(404);
    assertThat(missing.map())
        .containsOnlyKeys("error_code", "message")
        .containsEntry("message", "No status found for connector nope");
  }

  @Test
  void faultsApplyToKafkaConnectRoutes() {
    running();
    fake.faults().next(Route.STOP, Fault.status(500));

    assertThatThrownBy(() -> client.stop(NAME)).isInstanceOf(dev.connectkit.ServerErrorException.class);
    assertThat(fake.faults().injected()).isEqualTo(1);
  }
}
