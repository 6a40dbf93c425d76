package dev.connectkit.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "mongodb://admin:s3cr3t@mongo:27017/db",
      "mongodb+srv://app:pw@cluster0.example.net/?retryWrites=true",
      "jdbc:sqlserver://db:1433;user=u;password=pw",
      "jdbc:postgresql://db/app?user=u&password=pw",
      "Server=db;Database=app;User Id=u;Pwd=pw;",
      "https://user:token@git.example.com/repo.git"})
  void aUrlWithUserInfoOrAPasswordParameterCarriesACredential(String value) {
    assertThat(CredentialValues.carriesCredential(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://connect:8083",
      "ops@example.com",
      "mongodb://mongo:27017/db",
      "jdbc:postgresql://db/app?user=u",
      "orders,customers",
      "password.policy.enabled"})
  void otherValuesDoNot(String value) {
    assertThat(CredentialValues.carriesCredential(value)).isFalse();
  }
}
