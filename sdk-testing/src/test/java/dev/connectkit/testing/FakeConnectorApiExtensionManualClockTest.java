package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@EnableFakeConnectorApi(manualClock = true)
class FakeConnectorApiExtensionManualClockTest {
  @Test
  void theClockMovesOnlyWhenTheTestAdvancesIt(ConnectorClient client, FakeClock clock, Placement placement) {
    assertThat(clock.autoAdvances()).isFalse();
    client.create(Datagen.config(placement, "orders"));
    String name = placement.name("orders").fullName();
    for (int i = 0; i < 3; i++) {
      assertThat(client.status(name).state()).isEqualTo(ConnectorState.PROVISIONING);
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(client.status(name).state()).isEqualTo(ConnectorState.RUNNING);
  }

  @Test
  void aRestartShowsOnceTheTestHasAdvancedTheClock(ConnectorClient client, FakeClock clock, Placement placement) {
    client.create(Datagen.config(placement, "orders"));
    clock.advance(Duration.ofMinutes(1));
    String name = placement.name("orders").fullName();
    String before = client.status(name).tasks().get(0).workerId();
    client.restart(name);
    assertThat(client.status(name).tasks().get(0).workerId()).as("a stale read").isEqualTo(before);
    clock.advance(Duration.ofSeconds(5));
    assertThat(client.status(name).tasks().get(0).workerId()).as("restarted: another generation").isNotEqualTo(before);
  }
}
