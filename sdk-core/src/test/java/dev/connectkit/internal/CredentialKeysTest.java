package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The credential predicate against every property key of Confluent's definitions of the seven managed connectors
 * ({@code credential-keys-corpus.tsv}, written by {@code scripts/credential-keys-corpus.py}).
 */
class CredentialKeysTest {
  @Test
  void everyPasswordTypedKeyIsACredentialExceptTheTwoIdentities() throws IOException {
    List<String> missed = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    int passwords = 0;
    for (String[] row : corpus()) {
      boolean password = row[1].equals("PASSWORD") && !row[0].equals("kafka.api.key")
          && !row[0].equals("aws.access.key.id");
      passwords += password ? 1 : 0;
      boolean credential = CredentialKeys.isCredential(row[0]);
      if (password && !credential) {
        missed.add(row[0]);
      } else if (!password && credential) {
        flagged.add(row[0] + " (" + row[1] + ")");
      }
    }
    assertThat(passwords).isEqualTo(39);
    assertThat(missed).as("PASSWORD-typed keys not recognised").isEmpty();
    assertThat(flagged).as("plain keys taken for credentials").isEmpty();
  }

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

  private static List<String[]> corpus() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(CredentialKeysTest.class.getResourceAsStream("/credential-keys-corpus.tsv")),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", 2));
        }
      }
    }
    assertThat(rows).hasSizeGreaterThan(900);
    return rows;
  }
}
