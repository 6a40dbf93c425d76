package dev.connectkit.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.CredentialUnavailableException;
import dev.connectkit.AccessToken;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.auth.TokenAcquisitionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class AzureTokenProviderTest {
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

  private final MovableClock clock = new MovableClock();
  private final List<List<String>> requestedScopes = new CopyOnWriteArrayList<>();

  /** A fake credential: token-1, token-2, … each valid for an hour from the clock's now; no network. */
  private final TokenCredential credential =
      (TokenRequestContext context) -> {
        requestedScopes.add(context.getScopes());
        return Mono.just(
            new com.azure.core.credential.AccessToken(
                "token-" + requestedScopes.size(), clock.instant().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)));
      };

  @Test
  void ofAsksTheCredentialForTheSelfServiceDefaultScope() {
    AccessToken token = AzureTokenProvider.builder(credential).clock(clock).build().token();

    assertThat(token.value().reveal()).isEqualTo("token-1");
    assertThat(token.expiresAt()).contains(START.plus(Duration.ofHours(1)));
    assertThat(requestedScopes).containsExactly(List.of("api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default"));
  }

  @Test
  void theTokenIsCachedAndRenewedFiveMinutesBeforeExpiry() {
    AzureTokenProvider provider = AzureTokenProvider.builder(credential).clock(clock).build();

    provider.token();
    clock.advance(Duration.ofMinutes(54));
    assertThat(provider.token().value().reveal()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(provider.token().value().reveal()).isEqualTo("token-2");
    assertThat(requestedScopes).hasSize(2);
  }

  @Test
  void refreshAsksTheCredentialAgainOnce() {
    AzureTokenProvider provider = AzureTokenProvider.builder(credential).clock(clock).build();
    AccessToken rejected = provider.token();

    assertThat(provider.refresh(rejected).value().reveal()).isEqualTo("token-2");
    assertThat(provider.refresh(rejected).value().reveal()).isEqualTo("token-2");
    assertThat(requestedScopes).hasSize(2);
  }

  @Test
  void resourceAndScopesCanBeChosen() {
    AzureTokenProvider.builder(credential).resource("api://other").clock(clock).build().token();
    AzureTokenProvider.builder(credential).scopes("a/.default", "b").clock(clock).build().token();

    assertThat(requestedScopes).containsExactly(List.of("api://other/.default"), List.of("a/.default", "b"));
  }

  @Test
  void anUnavailableCredentialBecomesATypedErrorWithAzureIdentitysExplanation() {
    TokenCredential none =
        context ->
            Mono.error(
                new CredentialUnavailableException(
                    "DefaultAzureCredential failed to retrieve a token from the included credentials."));

    assertThatThrownBy(AzureTokenProvider.builder(none).clock(clock).build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("could not get a token for api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default")
        .hasMessageContaining("CredentialUnavailableException: DefaultAzureCredential failed")
        .hasCauseInstanceOf(CredentialUnavailableException.class);
  }

  @Test
  void anEmptyAnswerIsATypedError() {
    TokenCredential empty = context -> Mono.empty();

    assertThatThrownBy(AzureTokenProvider.builder(empty).clock(clock).build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("returned no token");
  }

  @Test
  void toStringNamesTheScopeButNoToken() {
    AzureTokenProvider provider = AzureTokenProvider.builder(credential).clock(clock).build();
    provider.token();

    assertThat(provider.toString())
        .isEqualTo("AzureTokenProvider{the TokenCredential, scopes=[api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default]}")
        .doesNotContain("token-1");
  }

  private static final class MovableClock extends Clock {
    private volatile Instant now = START;

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
