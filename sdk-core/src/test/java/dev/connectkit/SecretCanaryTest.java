package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.SCOPE;
import static dev.connectkit.TestServers.FAST;
import static dev.connectkit.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A planted secret must show up in no toString, exception message, stack trace or HTTP log line. */
class SecretCanaryTest {
  static final String CANARY = "CANARY-7f1e9b2c-secret";

  MockWebServer server;
  final List<String> log = new ArrayList<>();
  final List<String> seen = new ArrayList<>();

  @BeforeEach
  void start() {
    server = TestServers.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  ConnectorClient client(ConnectorClient.Builder builder) {
    return builder.selfService(server.url("/").toString(), SCOPE).retryPolicy(FAST).httpLogger(log::add).build();
  }

  GenericConnectorConfig config() {
    return GenericConnectorConfig.builder()
        .name(SCOPE.name("canary"))
        .connectorClass("SnowflakeSink")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .secret("snowflake.private.key", Secret.of(CANARY))
        .build();
  }

  void record(Object value) {
    seen.add(String.valueOf(value));
  }

  void record(Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    seen.add(trace.toString());
  }

  @Test
  void canaryAppearsNowhere() {
    GenericConnectorConfig config = config();
    record(config);
    record(config.redacted());
    record(config.secrets());
    record(Secret.of(CANARY));
    record(AccessToken.of(Secret.of(CANARY), Instant.EPOCH));

    try (ConnectorClient bearer = client(ConnectorClient.builder().bearerToken(Secret.of(CANARY)));
        ConnectorClient basic = client(ConnectorClient.builder().basicAuth("key", Secret.of(CANARY)))) {
      // The server echoes the secret back in its error messages: the client scrubs it.
      server.enqueue(json(400, "{\"error\":{\"code\":400,\"message\":\"invalid private key " + CANARY + "\"}}"));
      record(catchThrowable(() -> bearer.create(config)));
      server.enqueue(json(500, "{\"error_code\":500,\"message\":\"could not parse " + CANARY + "\"}"));
      record(catchThrowable(() -> bearer.update(config)));
      server.enqueue(json(422, "<html>" + CANARY + "</html>"));
      record(catchThrowable(() -> basic.validate(config)));
      server.enqueue(json(401, "{}"));
      record(catchThrowable(() -> basic.get("x")));
      record(bearer);
    }

    record(String.join("\n", log));
    assertThat(log).hasSize(4);
    assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(CANARY));
    assertThat(String.join("\n", seen)).contains("****");
  }

  @Test
  void kafkaConnectEchoesSecretsInClearButTheClientShowsThemNowhere() {
    try (ConnectorClient connect = ConnectorClient.builder().kafkaConnect(server.url("/").toString())
        .retryPolicy(FAST).build()) {
      GenericConnectorConfig config = GenericConnectorConfig.builder().name(ConnectorName.raw("canary-sink"))
          .connectorClass("FileStreamSink").type(ConnectorType.SINK).property("topics", "orders")
          .secret("db.password", Secret.of(CANARY)).build();
      server.enqueue(json(201, "{\"name\":\"canary-sink\",\"type\":\"sink\",\"tasks\":[],\"config\":"
          + "{\"topics\":\"orders\",\"db.password\":\"" + CANARY + "\"}}"));
      Transition created = connect.create(config);
      record(created.connector().orElseThrow());
      record(created.connector().orElseThrow().config());
      record(created);
      server.enqueue(json(200, "{\"name\":\"FileStreamSink\",\"error_count\":1,\"groups\":[],\"configs\":"
          + "[{\"value\":{\"name\":\"db.password\",\"errors\":[\"Invalid value " + CANARY + " for db.password\"]}}]}"));
      ValidationResult result = connect.validate(config);
      record(result);
      record(catchThrowable(result::throwIfInvalid));
    }
    assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(CANARY));
  }

  @Test
  void escapedAndEncodedEchoesOfASecretAreScrubbedToo() {
    String pem = "-----BEGIN KEY-----\n" + CANARY + "\n-----END KEY-----";
    GenericConnectorConfig config = GenericConnectorConfig.builder().name(SCOPE.name("pem"))
        .connectorClass("SnowflakeSink").type(ConnectorType.SINK)
        .secret("snowflake.private.key", Secret.of(pem)).build();
    try (ConnectorClient bearer = client(ConnectorClient.builder().bearerToken(Secret.of("t")))) {
      String escaped = pem.replace("\n", "\\n");
      server.enqueue(json(400, "<p>bad key " + escaped + " / "
          + java.net.URLEncoder.encode(pem, java.nio.charset.StandardCharsets.UTF_8) + "</p>"));
      Throwable failure = catchThrowable(() -> bearer.create(config));
      assertThat(failure).isInstanceOf(ConnectorValidationException.class);
      assertThat(failure.getMessage()).doesNotContain(CANARY).contains("****");
    }
  }

  @Test
  void theClientsOwnCredentialsEchoedByTheServerAreScrubbed() {
    String basicHeader = okhttp3.Credentials.basic("key", CANARY).substring("Basic ".length());
    try (ConnectorClient bearer = client(ConnectorClient.builder().bearerToken(Secret.of(CANARY)));
        ConnectorClient basic = client(ConnectorClient.builder().basicAuth("key", Secret.of(CANARY)))) {
      server.enqueue(json(401, "{\"error\":{\"code\":401,\"message\":\"token " + CANARY + " has expired\"}}"));
      Throwable expired = catchThrowable(() -> bearer.get("x"));
      server.enqueue(json(403, "{\"error_code\":403,\"message\":\"Basic " + basicHeader + " may not\"}"));
      Throwable forbidden = catchThrowable(() -> basic.get("x"));
      server.enqueue(json(500, "secret " + CANARY + " broke the server"));
      Throwable broken = catchThrowable(() -> basic.list());

      assertThat(expired).isInstanceOf(UnauthenticatedException.class);
      assertThat(forbidden).isInstanceOf(ForbiddenException.class);
      assertThat(broken).isInstanceOf(ServerErrorException.class);
      for (Throwable t : List.of(expired, forbidden, broken)) {
        record(t);
        assertThat(t.getMessage()).contains("****");
      }
    }
    assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(CANARY).doesNotContain(basicHeader));
  }

  @Test
  void theTokenSentBeforeARenewalIsScrubbedFromTheAnswerToTheRetriedCall() {
    String old = CANARY + "-old";
    AccessToken first = AccessToken.of(Secret.of(old));
    AccessToken renewed = AccessToken.of(Secret.of(CANARY + "-new"));
    TokenProvider tokens = new TokenProvider() {
      @Override
      public AccessToken token() {
        return first;
      }

      @Override
      public AccessToken refresh(AccessToken rejected) {
        return renewed;
      }
    };
    try (ConnectorClient bearer = client(ConnectorClient.builder().bearerToken(tokens))) {
      server.enqueue(json(401, "{\"error\":{\"code\":401,\"message\":\"expired\"}}"));
      server.enqueue(json(500, "{\"error\":{\"code\":500,\"message\":\"a stale session still holds " + old
          + "\"}}"));
      Throwable t = catchThrowable(() -> bearer.get("x"));
      assertThat(t).isInstanceOf(ServerErrorException.class);
      record(t);
    }
    assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(CANARY));
  }
}
