package dev.connectkit.auth;

import dev.connectkit.NoDelayServerSocketFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluentStsTokenProviderTest {
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
  private static final String SUBJECT = "eyJhbGciOiJSUzI1NiJ9.subject.sig";

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(START);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final AtomicInteger subjectCalls = new AtomicInteger();
  private final TokenProvider subjectTokens =
      () -> {
        subjectCalls.incrementAndGet();
        return AccessToken.of(Secret.of(SUBJECT), clock.instant().plus(Duration.ofHours(1)));
      };

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private ConfluentStsTokenProvider.Builder builder() {
    return ConfluentStsTokenProvider.builder()
        .subjectTokens(subjectTokens)
        .identityPoolId("pool-AbCd")
        .stsUrl(server.url("/sts/v1/oauth2/token").toString())
        .clock(clock)
        .sleeper(sleeps::add);
  }

  private static MockResponse stsToken(String token) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"" + token + "\",\"issued_token_type\":\"urn:ietf:params:oauth:token-type:access_token\","
            + "\"token_type\":\"Bearer\",\"expires_in\":900}")
        .build();
  }

  @Test
  void exchangesTheSubjectTokenForAConfluentTokenOfTheIdentityPool() throws Exception {
    server.enqueue(stsToken("confluent-1"));

    AccessToken token = builder().expiresIn(Duration.ofMinutes(30)).build().token();

    assertThat(token.value().reveal()).isEqualTo("confluent-1");
    assertThat(token.expiresAt()).contains(START.plusSeconds(900));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/sts/v1/oauth2/token");
    assertThat(ClientCredentialsTokenProviderTest.form(request))
        .containsExactly(
            Map.entry("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
            Map.entry("subject_token", SUBJECT),
            Map.entry("identity_pool_id", "pool-AbCd"),
            Map.entry("subject_token_type", "urn:ietf:params:oauth:token-type:jwt"),
            Map.entry("requested_token_type", "urn:ietf:params:oauth:token-type:access_token"),
            Map.entry("expires_in", "1800"));
  }

  @Test
  void theConfluentTokenIsCachedAndExchangedAgainBeforeItExpires() {
    server.enqueue(stsToken("confluent-1"));
    server.enqueue(stsToken("confluent-2"));
    ConfluentStsTokenProvider provider = builder().build();

    provider.token();
    clock.advance(Duration.ofMinutes(9));
    assertThat(provider.token().value().reveal()).isEqualTo("confluent-1");
    assertThat(subjectCalls).hasValue(1);

    clock.advance(Duration.ofMinutes(1)); // 15 minute token, renewed 5 minutes ahead
    assertThat(provider.token().value().reveal()).isEqualTo("confluent-2");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(subjectCalls).hasValue(2);
  }

  @Test
  void aRefusalNamesThePoolAndNeverShowsTheSubjectToken() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body("{\"errors\":[{\"status\":\"400\",\"detail\":\"token " + SUBJECT + " is not accepted by any "
                + "identity provider\"}]}")
            .build());

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("Confluent STS refused to exchange the subject token for a token of identity pool "
            + "pool-AbCd")
        .hasMessageContaining("token **** is not accepted by any identity provider")
        .hasMessageContaining("filter accept the subject token")
        .hasMessageNotContaining(SUBJECT);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorsAreRetried() {
    server.enqueue(new MockResponse.Builder().code(500).body("{\"errors\":[{\"detail\":\"Oops\"}]}").build());
    server.enqueue(stsToken("after-retry"));

    assertThat(builder().build().token().value().reveal()).isEqualTo("after-retry");
    assertThat(sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aFailingSubjectProviderFailsTheExchangeWithoutCallingSts() {
    TokenAcquisitionException noSubject = new TokenAcquisitionException("az is not logged in");
    ConfluentStsTokenProvider provider =
        builder()
            .subjectTokens(
                () -> {
                  throw noSubject;
                })
            .build();

    assertThatThrownBy(provider::token).isSameAs(noSubject);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void buildNamesEveryMissingSetting() {
    assertThatThrownBy(() -> ConfluentStsTokenProvider.builder().build())
        .isInstanceOf(ConnectorValidationException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorValidationException) e).violations())
                    .extracting(ConfigViolation::property)
                    .containsExactly("subjectTokens", "identityPoolId"));
  }
}
