package dev.connectkit.benchmarks;

import dev.connectkit.Connector;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Secret;
import dev.connectkit.Transition;
import java.util.List;

/** The SDK: {@link ConnectorClient} on the Self-Service target, its own OkHttpClient, a fixed bearer token. */
final class SdkContestant implements Contestant {
  private final ConnectorClient client;
  private final ConnectorConfig config = Fixtures.sdkConfig();

  SdkContestant(String baseUrl) {
    this.client =
        ConnectorClient.builder()
            .selfService(baseUrl, Fixtures.PLACEMENT)
            .bearerToken(Secret.of(Fixtures.TOKEN))
            .build();
  }

  @Override
  public Connector create() {
    Transition t = client.create(config);
    return t.connector().orElseThrow();
  }

  @Override
  public Connector get() {
    return client.get(Fixtures.NAME);
  }

  @Override
  public ConnectorStatus status() {
    return client.status(Fixtures.NAME);
  }

  @Override
  public List<ConnectorInfo> list() {
    return client.list();
  }

  @Override
  public Transition pause() {
    return client.pause(Fixtures.NAME);
  }

  @Override
  public void close() {
    client.close();
  }
}
