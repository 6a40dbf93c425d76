package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The demo: create → status → pause → resume → delete, against a small scripted server in this process (no account,
 * no network).
 *
 * <pre>{@code
 * ./mvnw -q -Pdemo -DskipTests -pl samples -am package
 * }</pre>
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws IOException {
    AtomicReference<String> state = new AtomicReference<>("PROVISIONING");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String path = request.getUrl().encodedPath();
          String method = request.getMethod();
          if (method.equals("POST") && path.endsWith("/connectors")) {
            return json(201, "{\"name\":\"sales-dev-orders-datagen-connector\",\"type\":\"source\",\"config\":{},\"tasks\":[]}");
          } else if (path.endsWith("/status")) {
            String now = state.get();
            if (now.equals("PROVISIONING")) {
              state.set("RUNNING");
            }
            return json(200, "{\"name\":\"sales-dev-orders-datagen-connector\",\"type\":\"source\","
                + "\"connector\":{\"state\":\"" + now + "\",\"worker_id\":\"w1\",\"trace\":\"\"},\"tasks\":[]}");
          } else if (path.endsWith("/pause")) {
            state.set("PAUSED");
            return new MockResponse.Builder().code(202).build();
          } else if (path.endsWith("/resume")) {
            state.set("RUNNING");
            return new MockResponse.Builder().code(202).build();
          } else if (method.equals("DELETE")) {
            return json(200, "{\"error\":null}");
          }
          return json(404, "{\"error\":{\"code\":404,\"message\":\"not found\"}}");
        }
      });
      server.start();

      Placement dev = Placement.dedicated("sales", Stage.DEV);
      ConnectorConfig config = GenericConnectorConfig.builder()
          .name(dev.name("orders-datagen"))
          .connectorClass("DatagenSource")
          .type(ConnectorType.SOURCE)
          .property("kafka.topic", "sales-dev-orders")
          .property("quickstart", "ORDERS")
          .secret("kafka.api.secret", Secret.of("demo-secret"))
          .build();
      try (ConnectorClient client = ConnectorClient.builder()
          .selfService(server.url("/").toString(), dev)
          .bearerToken(Secret.of("demo-token"))
          .build()) {
        System.out.println("target : " + client.target());
        String name = client.create(config).name();
        System.out.println("create : " + name);
        System.out.println("status : " + client.status(name).state());
        System.out.println("status : " + client.status(name).state());
        client.pause(name);
        System.out.println("pause  : " + client.status(name).state());
        client.resume(name);
        System.out.println("resume : " + client.status(name).state());
        client.delete(name);
        System.out.println("delete : done");
      }
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }
}
