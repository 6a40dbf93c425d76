package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.connectkit.auth.ClientCredentialsTokenProvider;
import dev.connectkit.auth.ConfluentStsTokenProvider;
import org.junit.jupiter.api.Test;

/** A URL carrying user:password@ is refused wherever the SDK takes one, without echoing the password. */
class UserInfoInUrlsTest {
  static final String CANARY = "pa55-c4nary";

  @Test
  void baseUrlsWithUserInfoAreRefused() {
    for (Throwable t : new Throwable[] {
        catchThrowable(() -> ConnectorClient.builder().kafkaConnect("http://admin:" + CANARY + "@connect:8083")),
        catchThrowable(() -> ConnectorClient.builder()
            .selfService("https://u:" + CANARY + "@ss.example.com", ConnectorClientTest.SCOPE)),
        catchThrowable(() -> ConnectorClient.builder()
            .confluentCloud("env-1", "lkc-1", "https://u:" + CANARY + "@api.example.com"))}) {
      assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not carry credentials")
          .hasMessageNotContaining(CANARY);
    }
  }

  @Test
  void aBaseUrlThatDoesNotParseIsRefusedWithoutEchoingWhatMayBeAPassword() {
    for (String malformed : new String[] {
        "htp://admin:" + CANARY + "@connect:8083",
        "http:/admin:" + CANARY + "@connect:8083",
        "admin:" + CANARY + "@connect:8083",
        "http://admin:" + CANARY + "@connect:80 83/x@y"}) {
      for (Throwable t : new Throwable[] {
          catchThrowable(() -> ConnectorClient.builder().kafkaConnect(malformed)),
          catchThrowable(() -> ConnectorClient.builder().selfService(malformed, ConnectorClientTest.SCOPE)),
          catchThrowable(() -> ConnectorClient.builder().confluentCloud("env-1", "lkc-1", malformed))}) {
        // OkHttp reads "http:/…" leniently (then it carries credentials); the others do not parse.
        assertThat(t).as(malformed).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("baseUrl must").hasMessageNotContaining(CANARY);
      }
    }
  }

  @Test
  void anEndpointUrlThatDoesNotParseIsRefusedWithoutEchoingWhatMayBeAPassword() {
    Throwable authority = catchThrowable(() -> ClientCredentialsTokenProvider.builder()
        .tenantId("11111111-2222-3333-4444-555555555555")
        .clientId("66666666-7777-8888-9999-000000000000")
        .clientSecret(Secret.of("s"))
        .authorityHost("htps://u:" + CANARY + "@login.example.com/")
        .build());
    Throwable sts = catchThrowable(() -> ConfluentStsTokenProvider.builder()
        .subjectTokens(TokenProvider.of(Secret.of("subject")))
        .identityPoolId("pool-AbCd")
        .stsUrl("sts.example.com:u:" + CANARY + "@/token")
        .build());
    assertThat(authority).isInstanceOf(ConnectorValidationException.class).hasMessageContaining("authorityHost")
        .hasMessageContaining("is not an http(s) URL").hasMessageNotContaining(CANARY);
    assertThat(sts).isInstanceOf(ConnectorValidationException.class).hasMessageContaining("stsUrl")
        .hasMessageContaining("is not an http(s) URL").hasMessageNotContaining(CANARY);
  }

  @Test
  void anAuthorityHostWithUserInfoIsRefused() {
    Throwable t = catchThrowable(() -> ClientCredentialsTokenProvider.builder()
        .tenantId("11111111-2222-3333-4444-555555555555")
        .clientId("66666666-7777-8888-9999-000000000000")
        .clientSecret(Secret.of("s"))
        .authorityHost("https://u:" + CANARY + "@login.example.com/")
        .build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class).hasMessageContaining("authorityHost")
        .hasMessageContaining("carries credentials").hasMessageNotContaining(CANARY);
  }

  @Test
  void anStsUrlWithUserInfoIsRefused() {
    Throwable t = catchThrowable(() -> ConfluentStsTokenProvider.builder()
        .subjectTokens(TokenProvider.of(Secret.of("subject")))
        .identityPoolId("pool-AbCd")
        .stsUrl("https://u:" + CANARY + "@sts.example.com/token")
        .build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class).hasMessageContaining("stsUrl")
        .hasMessageNotContaining(CANARY);
  }
}
