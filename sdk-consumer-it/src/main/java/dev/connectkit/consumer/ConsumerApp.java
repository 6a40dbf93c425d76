package dev.connectkit.consumer;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.testing.FakeConnectorApi;
import java.util.List;

/**
 * Creates a connector against the in-process fake and reads it back, all on the module path: the SDK's modules, OkHttp,
 * Retrofit and Moshi resolve as modules, Retrofit's proxies and Moshi's reflective adapters reach the SDK's internals
 * only through what its module descriptors open. Exits non-zero (an exception) when anything is wrong.
 */
public final class ConsumerApp {
  private ConsumerApp() {}

  public static void main(String[] args) {
    check(ConnectorClient.class.getModule().isNamed(), "sdk-core is not a named module");
    check(!ConnectorClient.class.getModule().isExported("dev.connectkit.internal"), "sdk-core exports its internals");
    Placement placement = Placement.dedicated("sales", Stage.DEV);
    try (FakeConnectorApi fake = FakeConnectorApi.builder().instantTransitions().start();
        ConnectorClient client = ConnectorClient.builder()
            .selfService(fake.baseUrl(), placement)
            .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
            .build()) {
      DatagenSource orders = DatagenSource.builder()
          .placement(placement)
          .id("orders-datagen")
          .kafkaAuth(KafkaAuth.apiKey(Secret.of("key"), Secret.of("secret")))
          .topic("orders")
          .quickstart(DatagenSource.Quickstart.ORDERS)
          .build();
      String name = client.create(orders).name();
      ConnectorStatus status = client.status(name);
      List<ConnectorInfo> listed = client.list();
      ConnectorOffsets offsets = client.offsets(name);
      check(listed.size() == 1, "expected one connector, listed " + listed);
      System.out.println("module path OK: " + name + " is " + status.state() + ", offsets " + offsets);
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
