package dev.connectkit.auth;

import dev.connectkit.NoDelayServerSocketFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenProviderTest {
  static final String TENANT = "11111111-2222-3333-4444-555555555555";
  static final String CLIENT = "66666666-7777-8888-9999-000000000000";
  static final String SECRET = "s3cr3t~Value.With+Plus";
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(START);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private ClientCredentialsTokenProvider.Builder builder() {
    return ClientCredentialsTokenProvider.builder()
        .tenantId(TENANT)
        .clientId(CLIENT)
        .clientSecret(Secret.of(SECRET))
        .authorityHost(server.url("/").toString())
        .clock(clock)
        .sleeper(sleeps::add);
  }

  static MockResponse tokenResponse(String token, long expiresIn) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
            + ",\"access_token\":\"" + token + "\"}")
        .build();
  }

  private static MockResponse error(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static Map<String, String> form(RecordedRequest request) {
    ByteString body = request.getBody();
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null) {
      return fields;
    }
    for (String pair : body.utf8().split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Test
  void issuesATokenWithTheClientCredentialsGrantForTheSelfServiceScope() throws Exception {
    server.enqueue(tokenResponse("eyJ.first", 3599));

    AccessToken token = builder().build().token();

    assertThat(token.value().reveal()).isEqualTo("eyJ.first");
    assertThat(token.expiresAt()).contains(START.plusSeconds(3599));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(form(request))
        .containsExactly(
            Map.entry("grant_type", "client_credentials"),
            Map.entry("client_id", CLIENT),
            Map.entry("scope", "api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default"),
            Map.entry("client_secret", SECRET));
  }

  @Test
  void cachesTheTokenUntilItIsDueAndThenRenewsItFiveMinutesBeforeExpiry() {
    server.enqueue(tokenResponse("first", 3600));
    server.enqueue(tokenResponse("second", 3600));
    ClientCredentialsTokenProvider provider = builder().build();

    AccessToken first = provider.token();
    clock.advance(Duration.ofMinutes(54).plusSeconds(59));
    assertThat(provider.token()).isSameAs(first);
    assertThat(server.getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(provider.token().value().reveal()).isEqualTo("second");
    assertThat(provider.token().value().reveal()).isEqualTo("second");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void concurrentCallersShareOneRequestToTheTokenEndpoint() throws Exception {
    CountDownLatch requestArrived = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            requestArrived.countDown();
            release.await(10, TimeUnit.SECONDS);
            return tokenResponse("shared", 3600);
          }
        });
    ClientCredentialsTokenProvider provider = builder().build();
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();

    List<Thread> callers = new ArrayList<>();
    callers.add(start(() -> seen.add(provider.token().value().reveal())));
    assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();
    List<Thread> waiters = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      waiters.add(start(() -> seen.add(provider.token().value().reveal())));
    }
    Threads.awaitParked(waiters);
    callers.addAll(waiters);
    release.countDown();
    for (Thread caller : callers) {
      caller.join(10_000);
    }

    assertThat(seen).hasSize(10).containsOnly("shared");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void invalidClientIsATypedErrorNamingTenantAndClientAndNeverTheSecret() {
    server.enqueue(
        error(
            400,
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided."
                + " Ensure the secret being sent in the request is the client secret value, not the client secret ID."
                + " Received '" + SECRET + "'.\\r\\nTrace ID: 0b1f\\r\\nCorrelation ID: 77aa\","
                + "\"error_codes\":[7000215],\"trace_id\":\"0b1f\"}"));
    ClientCredentialsTokenProvider provider = builder().build();

    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .isInstanceOf(dev.connectkit.UnauthenticatedException.class)
        .hasMessageContaining("client id " + CLIENT)
        .hasMessageContaining("tenant " + TENANT)
        .hasMessageContaining("invalid_client")
        .hasMessageContaining("AADSTS7000215")
        .hasMessageContaining("Received '****'")
        .hasMessageContaining("Trace ID: 0b1f Correlation ID: 77aa")
        .hasMessageContaining("(HTTP 400, error code invalid_client)")
        .hasMessageNotContaining(SECRET)
        .satisfies(
            e -> {
              TokenAcquisitionException t = (TokenAcquisitionException) e;
              assertThat(t.statusCode()).hasValue(400);
              assertThat(t.errorCode()).contains("invalid_client");
              assertThat(t.serverMessage()).doesNotContain(SECRET);
              assertThat(t.toString()).doesNotContain(SECRET);
              assertThat(t.getCause()).isNull();
            });
    assertThat(server.getRequestCount()).isEqualTo(1); // a refusal is not retried
  }

  @Test
  void urlEncodedEchoOfTheSecretIsScrubbedToo() {
    String encoded = java.net.URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    server.enqueue(error(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + encoded + "\"}"));

    assertThatThrownBy(builder().build()::token)
        .hasMessageContaining("bad secret ****")
        .hasMessageNotContaining(encoded)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void unknownTenantIsRefusedWithAHintAndNotRetried() {
    server.enqueue(
        error(400, "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90002: Tenant not found.\"}"));

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("AADSTS90002")
        .hasMessageContaining("Check the tenant id");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetriedWithGrowingDelays() {
    server.enqueue(error(503, "<html>busy</html>"));
    server.enqueue(error(500, "{\"error\":\"temporarily_unavailable\"}"));
    server.enqueue(tokenResponse("after-retries", 3600));

    AccessToken token = builder().build().token();

    assertThat(token.value().reveal()).isEqualTo("after-retries");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void retryAfterOfA429IsHonoured() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(tokenResponse("later", 3600));

    assertThat(builder().build().token().value().reveal()).isEqualTo("later");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void persistentServerErrorsFailAfterThreeAttemptsAndThenBackOff() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "{\"error\":\"temporarily_unavailable\",\"error_description\":\"try later\"}"));
    }
    ClientCredentialsTokenProvider provider = builder().build();

    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("failed with HTTP 503 on all 3 attempts")
        .hasMessageContaining("client id " + CLIENT + " in tenant " + TENANT);
    assertThatThrownBy(provider::token).hasMessageContaining("not retried before");
    assertThat(server.getRequestCount()).isEqualTo(3);

    server.enqueue(tokenResponse("recovered", 3600));
    clock.advance(Duration.ofSeconds(1));
    assertThat(provider.token().value().reveal()).isEqualTo("recovered");
  }

  @Test
  void unreachableEndpointIsATypedErrorAfterRetries() {
    ClientCredentialsTokenProvider.Builder builder = builder();
    server.close(); // nothing listens on the port any more

    ClientCredentialsTokenProvider provider = builder.build();

    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("cannot reach the token endpoint")
        .hasMessageContaining("3 attempts")
        .hasCauseInstanceOf(IOException.class)
        .hasMessageNotContaining(SECRET);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void answerWithoutAnAccessTokenIsATypedErrorThatDoesNotQuoteTheBody() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("{\"token_type\":\"Bearer\",\"id_token\":\"secret-ish\"}").build());

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("has no access_token")
        .hasMessageNotContaining("secret-ish");
  }

  @Test
  void refreshAfterA401RenewsOnceAndLateRefreshesOfTheSameTokenShareIt() {
    server.enqueue(tokenResponse("rejected", 3600));
    server.enqueue(tokenResponse("renewed", 3600));
    ClientCredentialsTokenProvider provider = builder().build();
    AccessToken rejected = provider.token();

    AccessToken renewed = provider.refresh(rejected);
    AccessToken again = provider.refresh(rejected);

    assertThat(renewed.value().reveal()).isEqualTo("renewed");
    assertThat(again).isSameAs(renewed);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void resourceBecomesTheDefaultScope() throws Exception {
    server.enqueue(tokenResponse("t", 3600));

    builder().resource("api://other-app").build().token();

    assertThat(form(server.takeRequest())).containsEntry("scope", "api://other-app/.default");
  }

  @Test
  void buildNamesEveryMissingSetting() {
    assertThatThrownBy(() -> ClientCredentialsTokenProvider.builder().authorityHost("not a url").build())
        .isInstanceOf(ConnectorValidationException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorValidationException) e).violations())
                    .extracting(ConfigViolation::property)
                    .containsExactly("tenantId", "clientId", "clientSecret", "authorityHost"));
  }

  @Test
  void buildRefusesATenantThatIsNotAnIdAndAnEmptySecret() {
    assertThatThrownBy(
            () ->
                ClientCredentialsTokenProvider.builder()
                    .tenantId("../evil")
                    .clientId(CLIENT)
                    .clientSecret(Secret.of(""))
                    .build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("tenantId: is not a tenant id (was '../evil')")
        .hasMessageContaining("clientSecret: is empty or unknown (was '****')");
  }

  @Test
  void toStringShowsTenantClientAndScopeButNeverTheSecret() {
    String text = builder().build().toString();

    assertThat(text)
        .contains(TENANT, CLIENT, "api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default")
        .doesNotContain(SECRET);
  }

  private static Thread start(Runnable body) {
    Thread thread = new Thread(body);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
