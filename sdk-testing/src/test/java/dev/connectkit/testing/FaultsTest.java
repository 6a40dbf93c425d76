package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final String DEV = "/sales/dev";
  private static final String NAME = "sales-dev-orders-datagen-connector";

  private final FakeConnectorApi fake = FakeConnectorApi.builder().instantTransitions().start();
  private final Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer create() throws IOException {
    return http.post(DEV + "/connectors", Configs.create("orders-datagen", Configs.datagen()));
  }

  @Test
  void rateLimitedIs429WithRetryAfterAndNotApplied() throws IOException {
    fake.faults().next(Route.CREATE, Fault.rateLimited(Duration.ofMillis(1500)));

    Http.Answer answer = create();

    assertThat(answer.code).isEqualTo(429);
    assertThat(answer.headers.get("Retry-After")).isEqualTo("2");
    assertThat(fake.connectors()).isEmpty();
    assertThat(create().code).isEqualTo(201);
    assertThat(fake.faults().injected()).isEqualTo(1);
  }

  @Test
  void gatewayStatusBeforeApplyingIsHtmlAndNotApplied() throws IOException {
    fake.faults().next(Fault.status(503));

    Http.Answer answer = create();

    assertThat(answer.code).isEqualTo(503);
    assertThat(answer.body).startsWith("<html>");
    assertThat(fake.connectors()).isEmpty();
  }

  @Test
  void internalErrorHasConnectErrorBody() throws IOException {
    fake.faults().next(Fault.status(500));

    Http.Answer answer = http.get(DEV + "/connectors");

    assertThat(answer.code).isEqualTo(500);
    assertThat(answer.body).contains("\"error\":{\"code\":500");
  }

  @Test
  void statusAfterApplyingLeavesTheChangeApplied() throws IOException {
    fake.faults().next(Route.CREATE, Fault.statusAfterApplying(504));

    assertThat(create().code).isEqualTo(504);
    assertThat(fake.connector(NAME)).isPresent();
    assertThat(fake.requests().get(0).fault()).contains(Fault.statusAfterApplying(504));
  }

  @Test
  void droppedConnectionBeforeApplyingLosesTheRequest() {
    fake.faults().next(Route.CREATE, Fault.dropConnection());

    assertThatThrownBy(this::create).isInstanceOf(IOException.class);
    assertThat(fake.connectors()).isEmpty();
    assertThat(fake.requests().get(0).status()).isZero();
  }

  @Test
  void droppedConnectionAfterApplyingKeepsTheChange() {
    fake.faults().next(Route.CREATE, Fault.dropConnectionAfterApplying());

    assertThatThrownBy(this::create).isInstanceOf(IOException.class);
    assertThat(fake.connector(NAME)).isPresent();
  }

  @Test
  void malformedJsonIsTruncatedButApplied() throws IOException {
    fake.faults().next(Route.CREATE, Fault.malformedJson());

    Http.Answer answer = create();

    assertThat(answer.code).isEqualTo(201);
    assertThatThrownBy(answer::json).isInstanceOf(Exception.class);
    assertThat(fake.connector(NAME)).isPresent();
  }

  @Test
  void unknownEnumValuesReplaceStates() throws IOException {
    create();
    fake.faults().next(Route.STATUS, Fault.unknownEnumValues());

    Http.Answer status = http.get(DEV + "/connectors/" + NAME + "/status");

    assertThat(status.body).contains("\"state\":\"HIBERNATING\"").doesNotContain("RUNNING");
  }

  @Test
  void slowHeadersDelayTheAnswer() throws IOException {
    fake.faults().next(Fault.slowHeaders(Duration.ofMillis(300)));

    long start = System.nanoTime();
    Http.Answer answer = http.get(DEV + "/connectors");

    assertThat(answer.code).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void slowBodyDelaysTheBody() throws IOException {
    fake.faults().next(Fault.slowBody(Duration.ofMillis(200)));

    long start = System.nanoTime();
    Http.Answer answer = http.get(DEV + "/connectors");

    assertThat(answer.list()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  @Test
  void routeFaultsComeBeforeGlobalFaultsInOrder() throws IOException {
    fake.faults().next(Fault.status(502)).next(Route.LIST, Fault.status(503)).next(Route.LIST, Fault.status(504));

    assertThat(http.get(DEV + "/connectors").code).isEqualTo(503);
    assertThat(http.get(DEV + "/connectors").code).isEqualTo(504);
    assertThat(http.get(DEV + "/connectors").code).isEqualTo(502);
    assertThat(http.get(DEV + "/connectors").code).isEqualTo(200);
  }

  @Test
  void randomFaultsWithTheSameSeedRepeat() throws IOException {
    List<Integer> first = randomRun(7L);
    fake.reset();
    List<Integer> second = randomRun(7L);

    assertThat(first).isEqualTo(second);
    assertThat(first).contains(200).containsAnyOf(429, 503);
  }

  private List<Integer> randomRun(long seed) throws IOException {
    fake.faults().random(seed, 0.5, Fault.status(503), Fault.rateLimited(Duration.ofSeconds(1)));
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      codes.add(http.get(DEV + "/connectors").code);
    }
    fake.faults().clear();
    return codes;
  }

  @Test
  void randomFaultsCanBeLimitedToRoutes() throws IOException {
    fake.faults().random(1L, 1.0, Set.of(Route.STATUS), List.of(Fault.status(503)));

    assertThat(http.get(DEV + "/connectors").code).isEqualTo(200);
    assertThat(http.get(DEV + "/connectors/x/status").code).isEqualTo(503);
  }

  @Test
  void faultsRejectNonsense() {
    assertThatThrownBy(() -> Fault.status(404)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.faults().random(1, 1.5, Fault.status(503)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
