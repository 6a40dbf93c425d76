package dev.connectkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.testing.internal.NoDelayServerSocketFactory;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile server echoes every credential and config secret it was sent (the Authorization header raw and decoded,
 * the request body) in error messages and request-id headers; no meter, tag, observation key value, contextual name
 * or recorded error holds any of them.
 */
class NoSecretInMetersOrObservationsTest {
  static final String TOKEN = "tok-SECRET-7f3a9c";
  static final String PASSWORD = "hunter2-SECRET-db";
  static final String API_SECRET = "cloud-SECRET-api-9931";

  MockWebServer server;
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final ObservationRegistry observations = ObservationRegistry.create();
  final List<Observation.Context> contexts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    observations.observationConfig()
        .observationHandler(new DefaultMeterObservationHandler(meters))
        .observationHandler(new ObservationHandler<>() {
          @Override
          public void onStop(Observation.Context context) {
            contexts.add(context);
          }

          @Override
          public boolean supportsContext(Observation.Context context) {
            return true;
          }
        });
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String auth = request.getHeaders().get("Authorization");
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String decoded = auth != null && auth.startsWith("Basic ")
            ? new String(Base64.getDecoder().decode(auth.substring(6)), java.nio.charset.StandardCharsets.UTF_8)
            : "";
        String echo = (auth + " " + decoded + " " + body).replace("\"", "'");
        int code = request.getMethod().equals("POST") ? 400 : request.getTarget().contains("status") ? 503 : 500;
        return new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-Id", String.valueOf(auth) + decoded)
            .body("{\"error_code\":" + code + ",\"message\":\"rejected " + echo + "\"}")
            .build();
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  static GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(ConnectorName.raw("db-sink"))
        .connectorClass("io.confluent.connect.jdbc.JdbcSinkConnector")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .secret("connection.password", Secret.of(PASSWORD))
        .build();
  }

  void callEverything(ConnectorClient client) {
    assertThatThrownBy(() -> client.create(config())).isInstanceOf(ConnectorException.class);
    assertThatThrownBy(() -> client.status("db-sink")).isInstanceOf(ConnectorException.class);
    assertThatThrownBy(() -> client.update(config())).isInstanceOf(ConnectorException.class);
    assertThatThrownBy(client::list).isInstanceOf(ConnectorException.class);
  }

  @Test
  void noSecretReachesAMeterTagOrObservation() {
    RetryPolicy fast = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(2)).build();
    try (ConnectorClient bearer = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .bearerToken(Secret.of(TOKEN)).retryPolicy(fast)
        .eventListenerFactory(ConnectorObservations.of(observations, meters)).build();
        ConnectorClient basic = ConnectorClient.builder().confluentCloud("env-1", "lkc-1", server.url("/").toString())
            .basicAuth("CLOUDKEY", Secret.of(API_SECRET)).retryPolicy(fast)
            .eventListenerFactory(ConnectorObservations.of(observations, meters)).build()) {
      callEverything(bearer);
      callEverything(basic);
    }
    assertThat(contexts).hasSizeGreaterThanOrEqualTo(8);
    assertThat(meters.getMeters()).isNotEmpty();
    String recorded = everythingRecorded();
    String basicHeader = Base64.getEncoder().encodeToString(("CLOUDKEY:" + API_SECRET).getBytes());
    for (String secret : List.of(TOKEN, PASSWORD, API_SECRET, basicHeader, "SECRET")) {
      assertThat(recorded).doesNotContain(secret);
    }
  }

  /** Every meter id, tag, observation key value, name and error, as one text. */
  String everythingRecorded() {
    List<String> out = new ArrayList<>();
    for (Meter meter : meters.getMeters()) {
      out.add(meter.getId().getName());
      out.add(String.valueOf(meter.getId().getDescription()));
      for (Tag tag : meter.getId().getTags()) {
        out.add(tag.getKey() + "=" + tag.getValue());
      }
    }
    for (Observation.Context context : contexts) {
      out.add(context.getName());
      out.add(String.valueOf(context.getContextualName()));
      for (KeyValue kv : context.getAllKeyValues()) {
        out.add(kv.getKey() + "=" + kv.getValue());
      }
      Throwable error = context.getError();
      for (Throwable t = error; t != null; t = t.getCause()) {
        out.add(t.toString());
        for (Throwable s : t.getSuppressed()) {
          out.add(s.toString());
        }
      }
      out.add(context.toString());
    }
    return String.join("\n", out);
  }
}
