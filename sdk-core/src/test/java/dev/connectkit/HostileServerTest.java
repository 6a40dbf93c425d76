package dev.connectkit;

import static dev.connectkit.ConnectorClientTest.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.connectkit.auth.ClientCredentialsTokenProvider;
import dev.connectkit.auth.ConfluentStsTokenProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that echoes everything it receives (request line, every header, the body) into every field of every error
 * shape, into {@code X-Request-Id}/{@code X-Correlation-Id}, into the status line's reason phrase and into validation
 * answers, raw, JSON-escaped, URL-encoded and base64-encoded. A canary stands for every kind of secret: a config's
 * private key and password, the basic secret, a fixed bearer token, the Entra client secret, the token Entra issues,
 * the STS subject token. Every output is captured (exceptions with toString and stack traces, the HttpLogger, the
 * System.Logger, watch events, validation results) and searched for every form of every canary.
 */
class HostileServerTest {
  static final String PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQcanaryPEMbody0Qx7+/Zk3Lw9\nUu2canaryPEMline2Tq8/+Ab==\n"
      + "-----END PRIVATE KEY-----\n";
  static final String PASSWORD = "cfg-Pa55 w\"rd&x=1/+y";
  static final String BASIC_KEY = "HOSTILEKEY";
  static final String BASIC = "b4sic-S3cret/+=k";
  static final String BEARER = "bearer-T0ken.eyJ+/xq";
  static final String CLIENT_SECRET = "entra-S3cret~+/ &qz";
  static final String ISSUED = "entra-Issued.eyJ9-token";
  static final String SUBJECT = "sts-Subj3ct.eyJ.sig+/w";

  /** The canaries' distinctive parts (a PEM's armour lines are not secret), for the fragment search. */
  static final List<String> CANARIES = List.of(
      "MIIEvQcanaryPEMbody0Qx7+/Zk3Lw9", "Uu2canaryPEMline2Tq8/+Ab==", PEM, PASSWORD, BASIC, BEARER, CLIENT_SECRET,
      ISSUED, SUBJECT);

  MockWebServer server;
  final Echo echo = new Echo();
  final List<String> outputs = new CopyOnWriteArrayList<>();
  final List<String> log = new CopyOnWriteArrayList<>();
  final List<String> systemLog = new CopyOnWriteArrayList<>();
  final Handler julCapture = new Handler() {
    final SimpleFormatter format = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      systemLog.add(format.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(echo);
    server.start();
    Logger.getLogger("").addHandler(julCapture);
    Logger.getLogger("dev.connectkit").setLevel(Level.ALL);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("").removeHandler(julCapture);
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** How a server might write what it echoes. */
  enum Encoding {
    RAW(s -> s),
    JSON(s -> s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")),
    URL(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
    URL20(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")),
    BASE64(s -> Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))),
    BASE64URL(s -> Base64.getUrlEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));

    final Function<String, String> encode;

    Encoding(Function<String, String> encode) {
      this.encode = encode;
    }

    /** A header or a status line holds no line break: the encodings that have none. */
    Encoding forHeader() {
      return this == RAW ? JSON : this;
    }
  }

  /** Every error body shape the SDK reads, each field holding {@code v}. */
  static final List<Function<String, MockResponse.Builder>> SHAPES = List.of(
      v -> jsonBody("{\"error\":{\"code\":" + q(v) + ",\"message\":" + q(v) + "}}"),
      v -> jsonBody("{\"error_code\":" + q(v) + ",\"message\":" + q(v) + "}"),
      v -> jsonBody("{\"code\":" + q(v) + ",\"message\":" + q(v) + ",\"details\":[" + q(v) + "]}"),
      v -> jsonBody("{\"errors\":[{\"code\":" + q(v) + ",\"detail\":" + q(v) + ",\"title\":" + q(v) + "}]}"),
      v -> jsonBody("{\"errors\":[{\"title\":" + q(v) + ",\"status\":" + q(v) + "}],\"code\":" + q(v) + "}"),
      v -> jsonBody("{\"error\":" + q(v) + ",\"error_description\":" + q(v) + "}"),
      v -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
          .body("<html><head><title>Error</title><style>p{}</style></head><body><h1>Bad things</h1><p>"
              + "x".repeat(150) + " " + v + "</p></body></html>"),
      v -> new MockResponse.Builder().addHeader("Content-Type", "text/plain").body(v));

  static final int[] STATUSES = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503};

  static MockResponse.Builder jsonBody(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body);
  }

  /** {@code v} as a JSON string literal. */
  static String q(String v) {
    return "\"" + Encoding.JSON.encode.apply(v).replace("\t", "\\t") + "\"";
  }

  /** Answers with what {@link #answer} makes of the request's text; token requests as {@link #token} says. */
  static final class Echo extends Dispatcher {
    volatile Function<String, MockResponse> answer = dump -> new MockResponse.Builder().code(500).build();
    volatile Function<String, MockResponse> token = answer;
    volatile boolean tokensFine;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      StringBuilder dump = new StringBuilder(request.getRequestLine()).append('\n');
      request.getHeaders().forEach(h -> dump.append(h.getFirst()).append(": ").append(h.getSecond()).append('\n'));
      if (request.getBody() != null) {
        dump.append('\n').append(request.getBody().utf8());
      }
      String text = dump.toString();
      if (request.getTarget().contains("/token")) {
        if (tokensFine) {
          return jsonBody("{\"access_token\":\"" + ISSUED + "\",\"token_type\":\"Bearer\",\"expires_in\":60}").build();
        }
        return token.apply(text);
      }
      return answer.apply(text);
    }
  }

  /** An error answer: {@code status}, the body of {@code shape}, the echo in the headers and the reason phrase. */
  static MockResponse error(int status, Function<String, MockResponse.Builder> shape, Encoding body, Encoding header,
      String dump) {
    String inHeader = header.forHeader().encode.apply(dump);
    MockResponse.Builder b = shape.apply(body.encode.apply(dump))
        .status("HTTP/1.1 " + status + " " + inHeader)
        .addHeader("X-Request-Id", inHeader)
        .addHeader("X-Correlation-Id", inHeader)
        .addHeader("Retry-After", "0");
    return b.build();
  }

  GenericConnectorConfig config(String id) {
    return GenericConnectorConfig.builder()
        .name(SCOPE.name(id))
        .connectorClass("SnowflakeSink")
        .type(ConnectorType.SINK)
        .property("topics", "orders")
        .secret("snowflake.private.key", Secret.of(PEM))
        .secret("snowflake.password", Secret.of(PASSWORD))
        .build();
  }

  RetryPolicy retries() {
    return RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
        .totalTimeout(Duration.ofSeconds(10)).build();
  }

  ConnectorClient.Builder base() {
    return ConnectorClient.builder().okHttpClient(http).retryPolicy(retries()).httpLogger(log::add);
  }

  ClientCredentialsTokenProvider entra() {
    return entra(java.time.Clock.systemUTC());
  }

  ClientCredentialsTokenProvider entra(java.time.Clock clock) {
    return ClientCredentialsTokenProvider.builder()
        .clock(clock)
        .tenantId("11111111-2222-3333-4444-555555555555")
        .clientId("66666666-7777-8888-9999-000000000000")
        .clientSecret(Secret.of(CLIENT_SECRET))
        .authorityHost(server.url("/").toString())
        .okHttpClient(http)
        .maxAttempts(1)
        .build();
  }

  ConfluentStsTokenProvider sts() {
    return ConfluentStsTokenProvider.builder()
        .subjectTokens(TokenProvider.of(Secret.of(SUBJECT)))
        .identityPoolId("pool-AbCd")
        .stsUrl(server.url("/sts/v1/oauth2/token").toString())
        .okHttpClient(http)
        .maxAttempts(1)
        .build();
  }

  /** The clients under attack, one per kind of credential, across the three targets. */
  Map<String, ConnectorClient> clients() {
    Map<String, ConnectorClient> clients = new LinkedHashMap<>();
    String url = server.url("/").toString();
    clients.put("basic", base().kafkaConnect(url).basicAuth(BASIC_KEY, Secret.of(BASIC)).build());
    clients.put("bearer", base().selfService(url, SCOPE).bearerToken(Secret.of(BEARER)).build());
    clients.put("cloud", base().confluentCloud("env-1", "lkc-1", url).basicAuth(BASIC_KEY, Secret.of(BASIC)).build());
    clients.put("entra", base().selfService(url, SCOPE).bearerToken(entra()).build());
    clients.put("sts", base().confluentCloud("env-1", "lkc-1", url).bearerToken(sts()).build());
    return clients;
  }

  void record(Throwable t) {
    if (t == null) {
      return;
    }
    outputs.add(t.toString());
    outputs.add(String.valueOf(t.getMessage()));
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    outputs.add(trace.toString());
    if (t instanceof ConnectorException) {
      ConnectorException e = (ConnectorException) t;
      outputs.add(e.serverMessage());
      outputs.add(e.errorCode().orElse(""));
      outputs.add(e.requestId().orElse(""));
    }
  }

  @Test
  void noSecretLeavesThroughAnyOutputWhateverTheServerEchoes() throws Exception {
    Map<String, ConnectorClient> clients = clients();
    Encoding[] encodings = Encoding.values();
    int round = 0;
    List<Throwable> unexpected = new ArrayList<>();
    try {
      for (int status : STATUSES) {
        for (Function<String, MockResponse.Builder> shape : SHAPES) {
          Encoding body = encodings[round % encodings.length];
          Encoding header = encodings[(round / encodings.length + round) % encodings.length];
          round++;
          echo.answer = dump -> error(status, shape, body, header, dump);
          echo.token = echo.answer;
          // Token endpoints fail (echoing the client secret, the subject token) every other round.
          echo.tokensFine = round % 2 == 0;
          for (Map.Entry<String, ConnectorClient> e : clients.entrySet()) {
            ConnectorClient client = e.getValue();
            String id = "hostile" + round;
            for (Throwable t : List.of(
                catchThrowable(() -> client.create(config(id))),
                catchThrowable(() -> client.update(config(id))),
                catchThrowable(() -> client.validate(config(id))),
                catchThrowable(() -> client.get(SCOPE.name(id).fullName())),
                catchThrowable(() -> client.list()))) {
              if (t == null || !(t instanceof ConnectorException)) {
                unexpected.add(t == null ? new AssertionError(e.getKey() + " succeeded against HTTP " + status) : t);
              }
              record(t);
            }
          }
        }
      }
      // Validation answers that echo into every message and name.
      int validated = 0;
      echo.tokensFine = true;
      for (Encoding encoding : encodings) {
        echo.answer = dump -> jsonBody("{\"name\":" + q(encoding.encode.apply(dump)) + ",\"error_count\":1,"
            + "\"groups\":[],\"configs\":[{\"definition\":{\"name\":\"k\"},\"value\":{\"name\":"
            + q(encoding.encode.apply(dump)) + ",\"value\":null,\"recommended_values\":[],\"errors\":["
            + q(encoding.encode.apply(dump)) + "],\"visible\":true}}]}").build();
        for (ConnectorClient client : clients.values()) {
          ValidationResult result;
          try {
            result = client.validate(config("validated"));
          } catch (ConnectorException e) {
            // Unsupported on the target, or a token provider still backing off after the failures above.
            record(e);
            continue;
          }
          validated++;
          outputs.add(result.toString());
          result.errors().forEach(v -> outputs.add(v.toString()));
          record(catchThrowable(result::throwIfInvalid));
        }
      }
      assertThat(validated).as("validation results read").isGreaterThanOrEqualTo(encodings.length * 2);
      // Watch events: every poll of the list fails with an echo.
      for (ConnectorClient client : clients.values()) {
        CountDownLatch errors = new CountDownLatch(3);
        Encoding[] round2 = {Encoding.RAW};
        echo.answer = dump -> error(500, SHAPES.get(0), round2[0], Encoding.URL, dump);
        try (Watch watch = client.watch(WatchSelector.all(), new WatchListener() {
          @Override
          public void onError(ConnectorException error, boolean willRetry) {
            record(error);
            errors.countDown();
          }

          @Override
          public void onClosed() {
            // A failure that ends the watch (a token provider refusing) came to onError(e, false) just before.
            while (errors.getCount() > 0) {
              errors.countDown();
            }
          }
        }, Duration.ofMillis(20))) {
          assertThat(errors.await(10, TimeUnit.SECONDS)).as("watch errors delivered").isTrue();
          outputs.add(watch.toString());
        }
      }
      // The System.Logger: a cached token whose renewal fails is used, with a warning quoting the failure.
      echo.tokensFine = true;
      echo.answer = dump -> jsonBody("{}").build();
      java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
          new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-12-01T00:00:00Z"));
      java.time.Clock clock = new java.time.Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public java.time.Instant instant() {
          return now.get();
        }
      };
      ConnectorClient renewing = base().selfService(server.url("/").toString(), SCOPE)
          .bearerToken(entra(clock)).build();
      clients.put("renewing", renewing);
      renewing.list();
      now.set(now.get().plusSeconds(40)); // past the renewal point (half of 60 s), before expiry
      echo.tokensFine = false;
      echo.token = dump -> error(400, SHAPES.get(5), Encoding.RAW, Encoding.URL, dump);
      renewing.list();
      assertThat(systemLog).as("the renewal warning").isNotEmpty();
    } finally {
      clients.values().forEach(ConnectorClient::close);
    }
    outputs.addAll(log);
    outputs.addAll(systemLog);

    Set<String> forms = new LinkedHashSet<>();
    for (String canary : CANARIES) {
      forms.addAll(forms(canary));
    }
    forms.addAll(forms(BASIC_KEY + ":" + BASIC));
    List<String> leaks = new ArrayList<>();
    for (String output : outputs) {
      for (String form : forms) {
        if (output.contains(form)) {
          leaks.add("'" + form + "' in: " + output.substring(0, Math.min(output.length(), 400)));
        }
      }
    }
    System.out.printf("hostile-server suite: %d outputs scanned (%d HttpLogger lines, %d System.Logger records), "
        + "%d canaries in %d forms, %d leaks%n", outputs.size(), log.size(), systemLog.size(), CANARIES.size(),
        forms.size(), leaks.size());
    assertThat(unexpected).as("every hostile answer ends in a ConnectorException").isEmpty();
    assertThat(log).as("the HTTP log saw the exchanges").hasSizeGreaterThan(1000);
    assertThat(leaks).isEmpty();
  }

  /**
   * Every form in which a canary could show: as is, JSON-escaped, URL- and form-encoded, base64 at each byte alignment
   * (so inside a longer base64 text such as {@code base64(key:secret)}), and every 12-character fragment of each
   * (a cut that leaves part of a secret).
   */
  static Set<String> forms(String canary) {
    Set<String> whole = new LinkedHashSet<>();
    // As the request carried it (header, JSON body, form body), then as the server echoed that.
    for (Encoding sent : List.of(Encoding.RAW, Encoding.JSON, Encoding.URL, Encoding.URL20)) {
      String carried = sent.encode.apply(canary);
      for (Encoding e : Encoding.values()) {
        whole.add(e.encode.apply(carried));
      }
      whole.add(carried.replace("/", "\\/"));
      base64Cores(carried, whole);
    }
    Set<String> out = new LinkedHashSet<>(whole);
    for (String form : whole) {
      for (int i = 0; i + 12 <= form.length(); i++) {
        String fragment = form.substring(i, i + 12);
        if (!fragment.contains("----") && !fragment.contains("PRIVATE") && !fragment.contains("KEY-")) {
          out.add(fragment);
        }
      }
    }
    return out;
  }

  static void base64Cores(String canary, Set<String> whole) {
    byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);
    for (int offset = 0; offset < 3; offset++) {
      byte[] shifted = new byte[offset + bytes.length];
      System.arraycopy(bytes, 0, shifted, offset, bytes.length);
      for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        // Leave out the characters that mix in the unknown bytes before and after.
        whole.add(encoded.substring((offset * 8 + 5) / 6, (shifted.length * 8) / 6));
      }
    }
  }
}
