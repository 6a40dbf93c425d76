package dev.connectkit.connectors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.internal.CredentialKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's credential predicate against every property key of the seven managed connectors' generated facts: each
 * key typed {@code PASSWORD} is a credential (but for the two identities), and no other key is.
 */
class CredentialKeysFactsTest {
  @Test
  void everyPasswordTypedKeyIsACredentialExceptTheTwoIdentitiesAndNoOtherKeyIs() {
    Map<String, ConnectorFacts.Property> keys = new TreeMap<>();
    ConnectorFacts.PLUGINS.forEach(plugin -> keys.putAll(ConnectorFacts.of(plugin).properties()));
    List<String> missed = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    int passwords = 0;
    for (ConnectorFacts.Property p : keys.values()) {
      boolean secret = p.isPassword() && !p.name().equals("kafka.api.key") && !p.name().equals("aws.access.key.id");
      passwords += secret ? 1 : 0;
      boolean credential = CredentialKeys.isCredential(p.name());
      if (secret && !credential) {
        missed.add(p.name());
      } else if (!secret && credential) {
        flagged.add(p.name() + " (" + p.type() + ")");
      }
    }
    assertThat(keys).hasSizeGreaterThan(900);
    assertThat(passwords).isEqualTo(39);
    assertThat(missed).as("PASSWORD-typed keys not recognised").isEmpty();
    assertThat(flagged).as("plain keys taken for credentials").isEmpty();
  }
}
