package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorAlreadyExistsException;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.ForbiddenException;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.RateLimitedException;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.ServerErrorException;
import dev.connectkit.Stage;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.ValidationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real ConnectorClient against the fake: every operation, and every error as its typed exception. */
@EnableFakeConnectorApi
class ConnectorClientAgainstFakeTest {
  private static final String NAME = "sales-dev-orders-connector";

  @Test
  void createGetListUpdateDelete(ConnectorClient client, Placement placement, FakeConnectorApi fake) {
    Connector created = client.create(Datagen.config(placement, "orders")).connector().orElseThrow();
    assertThat(created.name()).isEqualTo(NAME);

    assertThat(client.get(NAME).config()).containsEntry("kafka.api.secret", "****************");
    List<ConnectorInfo> all = client.list();
    assertThat(all).extracting(ConnectorInfo::name).containsExactly(NAME);
    assertThat(all.get(0).id()).contains("lcc-00001");

    GenericConnectorConfig changed =
        Datagen.config(placement, "orders").toBuilder().property("quickstart", "USERS").build();
    client.update(changed);
    assertThat(fake.connector(NAME).orElseThrow().config()).containsEntry("quickstart", "USERS");

    client.delete(NAME);
    assertThat(fake.connectors()).isEmpty();
    assertThatThrownBy(() -> client.get(NAME)).isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void pauseResumeRestartWithStaleReads(ConnectorClient client, Placement placement, FakeClock clock) {
    client.create(Datagen.config(placement, "orders"));
    clock.advance(Duration.ofMinutes(1));

    client.pause(NAME);
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.PAUSED);

    client.resume(NAME);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).state()).isEqualTo(ConnectorState.RUNNING);

    client.restart(NAME);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(NAME).isHealthy()).isTrue();
  }

  @Test
  void failedAndDegradedConnectorsAreReported(ConnectorClient client, Placement placement, FakeConnectorApi fake) {
    client.create(Datagen.config(placement, "orders"));
    fake.recover(NAME);

    fake.failTask(NAME, 0, "record could not be processed");
    ConnectorStatus degraded = client.status(NAME);
    assertThat(degraded.state()).isEqualTo(ConnectorState.FAILED);
    assertThat(degraded.failedTasks()).hasSize(1);

    fake.failConnector(NAME, "Provided Kafka ApiKey is invalid");
    ConnectorStatus failed = client.status(NAME);
    assertThat(failed.state().isFailed()).isTrue();
    assertThat(failed.trace()).contains("ApiKey is invalid");
  }

  @Test
  void unknownStatesAreKeptAsIs(ConnectorClient client, Placement placement, FakeConnectorApi fake) {
    client.create(Datagen.config(placement, "orders"));
    fake.faults().next(Route.STATUS, Fault.unknownEnumValues());

    ConnectorStatus status = client.status(NAME);

    assertThat(status.state().value()).isEqualTo("HIBERNATING");
    assertThat(status.state().isKnown()).isFalse();
  }

  @Test
  void validateAndOffsets(ConnectorClient client, Placement placement, FakeClock clock) {
    GenericConnectorConfig invalid =
        Datagen.config(placement, "orders").toBuilder().property("output.data.format", "XML").build();
    ValidationResult result = client.validate(invalid);
    assertThat(result.isValid()).isFalse();
    assertThat(result.errors()).anySatisfy(v -> assertThat(v.toString()).contains("output.data.format"));

    client.create(Datagen.config(placement, "orders"));
    assertThat(client.offsets(NAME).offsets()).isEmpty();
    client.alterOffsets(NAME, List.of(ConnectorOffset.sink("orders", 0, 42)));
    assertThat(client.offsetsRequestStatus(NAME).toString()).contains("PENDING");
    clock.advance(Duration.ofSeconds(10));
    assertThat(client.offsetsRequestStatus(NAME).toString()).contains("APPLIED");
    assertThat(client.offsets(NAME).offsets()).hasSize(1);
  }

  @Test
  void errorsAreTyped(ConnectorClient client, Placement placement, FakeConnectorApi fake) {
    client.create(Datagen.config(placement, "orders"));
    assertThatThrownBy(() -> client.create(Datagen.config(placement, "orders")))
        .isInstanceOf(ConnectorAlreadyExistsException.class);

    GenericConnectorConfig invalid =
        Datagen.config(placement, "broken").toBuilder().property("tasks.max", "0").build();
    assertThatThrownBy(() -> client.create(invalid))
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("tasks.max");

    GenericConnectorConfig unknown =
        Datagen.config(placement, "unknown").toBuilder().connectorClass("NoSuchSource").build();
    assertThatThrownBy(() -> client.create(unknown)).isInstanceOf(ServerErrorException.class);

    fake.faults().next(Fault.status(500));
    assertThatThrownBy(() -> client.status(NAME)).isInstanceOf(ServerErrorException.class);

    fake.faults().next(Fault.status(503)).next(Fault.status(503)).next(Fault.status(503));
    assertThatThrownBy(() -> client.status(NAME))
        .isInstanceOf(ServerErrorException.class)
        .satisfies(e -> assertThat(((ConnectorException) e).statusCode()).hasValue(503));

    fake.faults().next(Fault.rateLimited(Duration.ofMinutes(5)));
    assertThatThrownBy(() -> client.status(NAME)).isInstanceOf(RateLimitedException.class);

    fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
    assertThatThrownBy(() -> client.status(NAME)).isInstanceOf(UnauthenticatedException.class);
  }

  @Test
  void forbiddenBusinessUnitIsTyped(FakeConnectorApi fake) {
    fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
    fake.grantToken("sales-only", "sales");
    try (ConnectorClient other =
        ConnectorClient.builder()
            .selfService(fake.baseUrl(), Placement.dedicated("scada", Stage.DEV))
            .bearerToken(Secret.of("sales-only"))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      assertThatThrownBy(other::list).isInstanceOf(ForbiddenException.class);
    }
  }

  @Test
  void transientFaultsAreRetried(ConnectorClient client, Placement placement, FakeConnectorApi fake) {
    fake.faults()
        .next(Route.LIST, Fault.status(502))
        .next(Route.LIST, Fault.rateLimited(Duration.ZERO))
        .next(Route.CREATE, Fault.dropConnectionAfterApplying());

    client.create(Datagen.config(placement, "orders"));
    assertThat(client.list()).hasSize(1);

    assertThat(fake.duplicateCreates()).isZero();
    assertThat(fake.faults().injected()).isEqualTo(3);
  }
}
