package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.spring.boot.internal.SecretKeys;
import org.junit.jupiter.api.Test;

class SecretKeysTest {
  @Test
  void secretKeysInEveryFormAPropertySourceOrReportUses() {
    assertThat(SecretKeys.isSecret("connectkit.auth.token")).isTrue();
    assertThat(SecretKeys.isSecret("CONNECTKIT_AUTH_TOKEN")).isTrue();
    assertThat(SecretKeys.isSecret("connectkit.auth.client-credentials.client-secret")).isTrue();
    assertThat(SecretKeys.isSecret("CONNECTKIT_AUTH_CLIENTCREDENTIALS_CLIENTSECRET")).isTrue();
    assertThat(SecretKeys.isSecret("connectkit.auth.clientCredentials.clientSecret")).isTrue();
    assertThat(SecretKeys.isSecret("connectkit.auth.basic.secret")).isTrue();
    assertThat(SecretKeys.isSecret("connectkit.auth.basic.password")).isTrue();
  }

  @Test
  void otherKeysAreLeftAsTheyAre() {
    assertThat(SecretKeys.isSecret("connectkit.auth.token-file")).isFalse();
    assertThat(SecretKeys.isSecret("connectkit.base-url")).isFalse();
    assertThat(SecretKeys.isSecret("spring.datasource.password")).isFalse();
    assertThat(SecretKeys.isSecret("connectkit.auth.client-credentials.client-id")).isFalse();
  }
}
