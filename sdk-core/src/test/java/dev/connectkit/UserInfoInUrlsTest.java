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
