package dev.connectkit.auth;

import dev.connectkit.NoDelayServerSocketFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TokenProvider;
import dev.connectkit.UnauthenticatedException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path: {@link ConnectorClient} asks a {@link ClientCredentialsTokenProvider} for tokens from a token endpoint,
 * and the Self-Service API (the same MockWebServer) answers 401. One renewal and one retry, never a loop.
 */
class ConnectorClientAuthenticationTest {
  private static final String TENANT = ClientCredentialsTokenProviderTest.TENANT;
  private static final String CLIENT = ClientCredentialsTokenProviderTest.CLIENT;

  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();
  private volatile IntFunction<MockResponse> api = n -> ok();
  private volatile @Nullable MockResponse tokenRefusal;

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getTarget().endsWith("/oauth2/v2.0/token")) {
              MockResponse refusal = tokenRefusal;
              if (refusal != null) {
                return refusal;
              }
              return ClientCredentialsTokenProviderTest.tokenResponse(
                  "token-" + tokensIssued.incrementAndGet(), 3600);
            }
            apiAuthorizations.add(String.valueOf(request.getHeaders().get("Authorization")));
            return api.apply(apiAuthorizations.size());
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build();
  }

  private static MockResponse unauthorized() {
    return new MockResponse.Builder()
        .code(401)
        .addHeader("Content-Type", "application/json")
        .addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .body("{\"error_code\":401,\"message\":\"token expired\"}")
        .build();
  }

  private ConnectorClient client() {
    TokenProvider tokens =
        ClientCredentialsTokenProvider.builder()
            .tenantId(TENANT)
            .clientId(CLIENT)
            .clientSecret(Secret.of("the-secret"))
            .authorityHost(server.url("/login/").toString())
            .clock(new MutableClock(Instant.now()))
            .build();
    return ConnectorClient.builder()
        .selfService(server.url("/api/").toString(), Placement.dedicated("sales", Stage.DEV))
        .bearerToken(tokens)
        .build();
  }

  @Test
  void a401RenewsTheTokenOnceAndRetriesOnce() {
    api = n -> n == 1 ? unauthorized() : ok();

    try (ConnectorClient client = client()) {
      assertThat(client.list()).isEmpty();
    }

    assertThat(apiAuthorizations).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(tokensIssued).hasValue(2);
  }

  @Test
  void a401ThatPersistsFailsAfterExactlyTwoRequestsAndOneRenewal() {
    api = n -> unauthorized();

    try (ConnectorClient client = client()) {
      assertThatThrownBy(client::list)
          .isInstanceOf(UnauthenticatedException.class)
          .isNotInstanceOf(TokenAcquisitionException.class)
          .satisfies(e -> assertThat(((UnauthenticatedException) e).statusCode()).hasValue(401));
    }

    assertThat(apiAuthorizations).containsExactly("Bearer token-1", "Bearer token-2");
    assertThat(tokensIssued).hasValue(2);
  }

  @Test
  void laterRequestsReuseTheRenewedToken() {
    api = n -> n == 1 ? unauthorized() : ok();

    try (ConnectorClient client = client()) {
      client.list();
      client.list();
      client.list();
    }

    assertThat(apiAuthorizations)
        .containsExactly("Bearer token-1", "Bearer token-2", "Bearer token-2", "Bearer token-2");
    assertThat(tokensIssued).hasValue(2);
  }

  @Test
  void aRefusedClientFailsBeforeAnyApiRequestWithTheTokenEndpointsError() {
    tokenRefusal =
        new MockResponse.Builder()
            .code(400)
            .body("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret "
                + "the-secret provided.\"}")
            .build();

    try (ConnectorClient client = client()) {
      assertThatThrownBy(client::list)
          .isInstanceOf(TokenAcquisitionException.class)
          .hasMessageContaining("client id " + CLIENT + " in tenant " + TENANT)
          .hasMessageContaining("Invalid client secret **** provided")
          .hasMessageNotContaining("the-secret");
    }

    assertThat(apiAuthorizations).isEmpty();
  }
}
