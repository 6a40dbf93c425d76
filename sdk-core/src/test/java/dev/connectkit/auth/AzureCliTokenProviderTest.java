package dev.connectkit.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.AccessToken;
import dev.connectkit.ConnectorValidationException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs a stub {@code az} shell script from a temporary directory put first on the provider's PATH. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stub az is a POSIX shell script")
class AzureCliTokenProviderTest {
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
  private static final long START_EPOCH = START.getEpochSecond();

  @TempDir Path bin;

  private final MutableClock clock = new MutableClock(START);

  /** Writes {@code bin/az}: records its arguments in {@code bin/args} and its runs in {@code bin/runs}, then {@code body}. */
  private void stubAz(String body) throws IOException {
    Path az = bin.resolve("az");
    Files.writeString(
        az,
        "#!/bin/sh\n"
            + "dir=$(dirname \"$0\")\n"
            + "printf '%s\\n' \"$@\" > \"$dir/args\"\n"
            + "echo run >> \"$dir/runs\"\n"
            + "n=$(wc -l < \"$dir/runs\" | tr -d ' ')\n"
            + body
            + "\n",
        StandardCharsets.UTF_8);
    assertThat(az.toFile().setExecutable(true)).isTrue();
  }

  private String searchPath() {
    return bin + File.pathSeparator + System.getenv("PATH");
  }

  private AzureCliTokenProvider.Builder builder() {
    return AzureCliTokenProvider.builder().searchPath(searchPath()).clock(clock);
  }

  private int runs() throws IOException {
    Path runs = bin.resolve("runs");
    return Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
  }

  private List<String> args() throws IOException {
    return Files.readAllLines(bin.resolve("args"));
  }

  @Test
  void readsTheTokenAndTheEpochExpiryOfCurrentClis() throws IOException {
    stubAz(
        "cat <<EOF\n"
            + "{\n  \"accessToken\": \"eyJ.cli-$n\",\n  \"expiresOn\": \"2026-11-25 11:59:59.000000\",\n"
            + "  \"expires_on\": " + (START_EPOCH + 3600) + ",\n  \"subscription\": \"sub\",\n"
            + "  \"tenant\": \"t\",\n  \"tokenType\": \"Bearer\"\n}\n"
            + "EOF");

    AccessToken token = builder().build().token();

    assertThat(token.value().reveal()).isEqualTo("eyJ.cli-1");
    assertThat(token.expiresAt()).contains(START.plusSeconds(3600));
    assertThat(args())
        .containsExactly(
            "account", "get-access-token", "--output", "json",
            "--resource", "api://a04e29d3-8f55-44c3-8f9d-15172eab76a9");
  }

  @Test
  void passesTheTenantWhenOneIsSet() throws IOException {
    stubAz("echo '{\"accessToken\":\"x\",\"expires_on\":\"" + (START_EPOCH + 3600) + "\"}'");

    builder().tenantId("contoso.onmicrosoft.com").build().token();

    assertThat(args()).endsWith("--tenant", "contoso.onmicrosoft.com");
  }

  @Test
  void readsTheLocalExpiryOfOlderClisInTheClocksZone() throws IOException {
    stubAz("echo '{\"accessToken\":\"old-cli\",\"expiresOn\":\"2026-11-25 12:30:00.123456\",\"tokenType\":\"Bearer\"}'");
    MutableClock berlin = new MutableClock(START, ZoneId.of("Europe/Berlin"));

    AccessToken token = builder().clock(berlin).build().token();

    assertThat(token.expiresAt()).contains(Instant.parse("2026-11-25T11:30:00.123456Z"));
  }

  @Test
  void cachesTheTokenAndRunsAzAgainFiveMinutesBeforeExpiry() throws IOException {
    stubAz("echo \"{\\\"accessToken\\\":\\\"token-$n\\\",\\\"expires_on\\\":" + (START_EPOCH + 3600) + "}\"");
    AzureCliTokenProvider provider = builder().build();

    assertThat(provider.token().value().reveal()).isEqualTo("token-1");
    clock.advance(Duration.ofMinutes(50));
    assertThat(provider.token().value().reveal()).isEqualTo("token-1");
    assertThat(runs()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(5));
    assertThat(provider.token().value().reveal()).isEqualTo("token-2");
    assertThat(runs()).isEqualTo(2);
  }

  @Test
  void refreshAfterA401RunsAzOnce() throws IOException {
    stubAz("echo \"{\\\"accessToken\\\":\\\"token-$n\\\",\\\"expires_on\\\":" + (START_EPOCH + 3600) + "}\"");
    AzureCliTokenProvider provider = builder().build();
    AccessToken rejected = provider.token();

    assertThat(provider.refresh(rejected).value().reveal()).isEqualTo("token-2");
    assertThat(provider.refresh(rejected).value().reveal()).isEqualTo("token-2");
    assertThat(runs()).isEqualTo(2);
  }

  @Test
  void notLoggedInTellsTheUserToRunAzLogin() throws IOException {
    stubAz("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1");

    assertThatThrownBy(builder().tenantId("contoso.onmicrosoft.com").build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .isInstanceOf(dev.connectkit.UnauthenticatedException.class)
        .hasMessageStartingWith("the Azure CLI is not logged in, or its login has expired: "
            + "run 'az login --tenant contoso.onmicrosoft.com' and try again.")
        .hasMessageContaining("The Azure CLI said: ERROR: Please run 'az login' to setup account.")
        .satisfies(e -> assertThat(((TokenAcquisitionException) e).statusCode()).isEmpty());
  }

  @Test
  void afterAFailureAzIsNotRunAgainUntilTheBackoffHasPassed() throws IOException {
    stubAz("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1");
    AzureCliTokenProvider provider = builder().build();

    assertThatThrownBy(provider::token).hasMessageContaining("not logged in");
    assertThatThrownBy(provider::token).hasMessageContaining("not logged in").hasMessageContaining("not retried before");
    assertThat(runs()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(provider::token).hasMessageContaining("not logged in");
    assertThat(runs()).isEqualTo(2);
  }

  @Test
  void expiredLoginIsReportedAsNotLoggedIn() throws IOException {
    stubAz(
        "echo \"ERROR: AADSTS700082: The refresh token has expired due to inactivity.\" >&2\n"
            + "echo \"To re-authenticate, please run:\" >&2\n"
            + "echo \"az login --scope api://a04e29d3-8f55-44c3-8f9d-15172eab76a9/.default\" >&2\n"
            + "exit 1");

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("run 'az login' and try again")
        .hasMessageContaining("AADSTS700082");
  }

  @Test
  void otherFailuresReportTheExitCodeAndWhatAzSaid() throws IOException {
    stubAz("echo \"ERROR: (InvalidResource) unknown resource\" >&2\nexit 2");

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("failed with exit code 2")
        .hasMessageContaining("ERROR: (InvalidResource) unknown resource");
  }

  @Test
  void outputWithoutAnAccessTokenIsATypedErrorThatDoesNotQuoteTheOutput() throws IOException {
    stubAz("echo '{\"token\":\"do-not-print-me\"}'");

    assertThatThrownBy(builder().build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("has no accessToken")
        .hasMessageNotContaining("do-not-print-me");
  }

  @Test
  void hangingAzIsStoppedAfterTheTimeout() throws IOException {
    stubAz("exec sleep 60");

    long started = System.nanoTime();
    assertThatThrownBy(builder().timeout(Duration.ofMillis(300)).build()::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("did not finish within 300 ms and was stopped");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void missingAzIsATypedErrorSayingHowToInstallOrPointAtIt() {
    AzureCliTokenProvider provider = AzureCliTokenProvider.builder().searchPath(bin.toString()).build();

    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("is not on the PATH")
        .hasMessageContaining("executable(...)");
  }

  @Test
  void anExplicitExecutableIsRunWithoutLookingAtThePath() throws IOException {
    stubAz("echo '{\"accessToken\":\"explicit\",\"expires_on\":" + (START_EPOCH + 3600) + "}'");

    AccessToken token =
        AzureCliTokenProvider.builder().executable(bin.resolve("az")).clock(clock).build()
            .token();

    assertThat(token.value().reveal()).isEqualTo("explicit");
  }

  @Test
  void buildRefusesANonPositiveTimeout() {
    assertThatThrownBy(() -> AzureCliTokenProvider.builder().timeout(Duration.ZERO).build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("timeout: must be positive");
  }

  @Test
  void toStringNamesResourceAndTenant() {
    assertThat(AzureCliTokenProvider.builder().tenantId("t-1").build().toString())
        .isEqualTo("AzureCliTokenProvider{resource=api://a04e29d3-8f55-44c3-8f9d-15172eab76a9, tenant=t-1}");
  }
}
