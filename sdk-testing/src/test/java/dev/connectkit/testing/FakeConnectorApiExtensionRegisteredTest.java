package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorState;
import dev.connectkit.Placement;
import dev.connectkit.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FakeConnectorApiExtension} registered programmatically. */
class FakeConnectorApiExtensionRegisteredTest {
  @Nested
  class RegisteredOnASharedCluster {
    @RegisterExtension
    final FakeConnectorApiExtension extension =
        new FakeConnectorApiExtension()
            .placement(Placement.shared("edh-shared", "scada", Stage.QAS))
            .configure(fake -> fake.instantTransitions());

    @Test
    void createsWithTheLandingZonePrefix(ConnectorClient client, Placement placement) {
      assertThat(client.create(Datagen.config(placement, "Orders_Feed")).name())
          .isEqualTo("edh-shared-scada-qas-orders-feed-connector");
      assertThat(client.status("edh-shared-scada-qas-orders-feed-connector").state())
          .isEqualTo(ConnectorState.RUNNING);
    }
  }

  @Nested
  class PerClass {
    @RegisterExtension
    static final FakeConnectorApiExtension SHARED = new FakeConnectorApiExtension().perClass(true);

    private static @org.jspecify.annotations.Nullable FakeConnectorApi seen;

    @RepeatedTest(2)
    void oneFakeResetBetweenTests(FakeConnectorApi fake, ConnectorClient client, Placement placement) {
      if (seen != null) {
        assertThat(fake).isSameAs(seen);
      }
      seen = fake;
      assertThat(fake.connectors()).isEmpty();
      client.create(Datagen.config(placement, "orders"));
    }
  }
}
