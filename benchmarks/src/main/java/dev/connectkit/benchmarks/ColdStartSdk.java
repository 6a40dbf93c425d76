package dev.connectkit.benchmarks;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;

/** Cold-start contestant: the SDK. Class path: the Retrofit contestant's jars plus sdk-core and JSpecify. */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  public static void main(String[] args) {
    ConnectorClient client =
        ConnectorClient.builder()
            .selfService(args[0], Placement.dedicated("bench", Stage.DEV))
            .bearerToken(Secret.of(ColdStart.TOKEN))
            .build();
    System.out.println(client.status(ColdStart.CONNECTOR).state().value());
    System.exit(0);
  }
}
