package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The credential predicate on keys outside Confluent's definitions; sdk-connectors' {@code CredentialKeysFactsTest}
 * checks it against every key of the seven managed connectors' generated facts.
 */
class CredentialKeysTest {
  @Test
  void credentialShapedKeysOutsideTheDefinitionsAreRecognised() {
    assertThat(List.of("aws.secret.access.key", "my.password", "sasl.jaas.config", "database.passwd",
        "auth.token", "my.sas.token", "azure.storage.account.key", "signing.key", "privateKey", "ssl.key.password",
        "basic.auth.user.info", "client_secret", "apiSecret", "proxyPassword"))
        .allSatisfy(key -> assertThat(CredentialKeys.isCredential(key)).as(key).isTrue());
  }

  @Test
  void keysThatOnlyMentionTokensKeysOrCredentialsAreNot() {
    assertThat(List.of("kafka.api.key", "aws.access.key.id", "oauth2.token.url", "oauth2.token.property",
        "azure.eventhubs.sas.keyname", "connection.credentials.source", "token.endpoint", "key.converter",
        "api.key.location", "api.key.name", "topics", "snowflake.user.name", "secretsmanager.region"))
        .allSatisfy(key -> assertThat(CredentialKeys.isCredential(key)).as(key).isFalse());
  }

  @Test
  void credentialHeadersAreRecognised() {
    assertThat(List.of("Authorization", "proxy-authorization", "X-API-Key", "Cookie", "X-Auth-Token"))
        .allSatisfy(h -> assertThat(CredentialKeys.isCredentialHeader(h)).as(h).isTrue());
    assertThat(List.of("Content-Type", "Accept", "X-Request-Id"))
        .allSatisfy(h -> assertThat(CredentialKeys.isCredentialHeader(h)).as(h).isFalse());
  }
}
