package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain values that are obviously credentials take the secret path, or are refused naming it. */
class CredentialShapedValuesTest {
  static final String CANARY = "c4nary-plain-credential";

  @Test
  void aCredentialShapedExtraPropertyIsRefusedNamingExtraSecret() {
    for (String key : new String[] {"my.password", "sasl.jaas.config", "aws.secret.access.key", "my.api.token"}) {
      assertThatThrownBy(() -> DatagenSourceTest.minimal().extraProperty(key, CANARY).build())
          .isInstanceOf(ConnectorValidationException.class)
          .hasMessageContaining(key)
          .hasMessageContaining("extraSecret(\"" + key + "\", Secret)")
          .hasMessageNotContaining(CANARY);
    }
  }

  @Test
  void plainKeysThatOnlyMentionTokensStayExtraProperties() {
    DatagenSource config = DatagenSourceTest.minimal().extraProperty("oauth2.token.property", "access_token").build();
    assertThat(config.properties()).containsEntry("oauth2.token.property", "access_token");
  }

  @Test
  void unmodelledCredentialKeysReadByFromConfigBecomeSecrets() {
    DatagenSource back = readDatagenWith("my.vendor.password", CANARY);
    assertThat(back.secrets()).containsKey("my.vendor.password");
    assertThat(back.redacted()).containsEntry("my.vendor.password", Secret.MASK);
    assertThat(back.toString()).doesNotContain(CANARY);
    assertThat(back.redacted().toString()).doesNotContain(CANARY);
  }

  @Test
  void aCredentialHeaderAmongPlainHeadersIsRefused() {
    assertThatThrownBy(() -> HttpSinkV2.builder()
        .placement(dev.connectkit.Placement.dedicated("sales", dev.connectkit.Stage.DEV))
        .id("crm-http")
        .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
        .topics("orders")
        .baseUrl("https://api.example.com")
        .addApi(HttpSinkV2Test.api("orders").headers(Map.of("Authorization", "Bearer " + CANARY)).build())
        .build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("Authorization")
        .hasMessageContaining("sensitiveHeaders")
        .hasMessageNotContaining(CANARY);
  }

  @Test
  void aConnectorEndpointWithUserInfoIsRefused() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> HttpSinkV2Test.minimal().baseUrl("https://svc:" + CANARY + "@api.example.com").build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class).hasMessageNotContaining(CANARY);
    assertThat(((ConnectorValidationException) t).violations()).extracting(ConfigViolation::property)
        .contains("http.api.base.url");
  }

  @Test
  void anUnreadableHeaderListIsShownByHeaderNamesOnly() {
    Map<String, String> server = FromConfigTest.httpSink();
    server.put("api1.http.request.headers", "Authorization: Bearer " + CANARY + "|garbage");
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> HttpSinkV2.fromConfig(server));
    assertThat(t).isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("api1.http.request.headers").hasMessageNotContaining(CANARY);
    assertThat(((ConnectorValidationException) t).violations())
        .allSatisfy(v -> assertThat(v.toString() + v.value().orElse("")).doesNotContain(CANARY));
  }

  @Test
  void aPlainHeaderValueWithALineBreakIsRefusedWithoutShowingIt() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> HttpSinkV2Test.minimal()
        .addApi(HttpSinkV2Test.api("orders").headers(Map.of("X-Trace", CANARY + "\nx")).build())
        .build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("X-Trace").hasMessageNotContaining(CANARY);
    Throwable credential = org.assertj.core.api.Assertions.catchThrowable(() -> HttpSinkV2Test.minimal()
        .addApi(HttpSinkV2Test.api("orders").headers(Map.of("X-Api-Key", CANARY + "\nx")).build())
        .build());
    assertThat(credential).isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("sensitiveHeaders").hasMessageNotContaining(CANARY);
  }

  @Test
  void aWireValueOnACredentialShapedKeyIsRefusedNamingExtraSecret() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> DatagenSourceTest.minimal().wireValue("my.password", WireValue.of(CANARY)).build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("my.password")
        .hasMessageContaining("extraSecret(\"my.password\", Secret)")
        .hasMessageNotContaining(CANARY)
        .hasMessageNotContaining("extraProperty");
  }

  @Test
  void aUrlWithUserInfoIsRefusedAsAnExtraPropertyAndReadBackAsASecret() {
    String url = "https://u:" + CANARY + "@proxy.example.com:8080";
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> DatagenSourceTest.minimal().extraProperty("proxy.url", url).build());
    assertThat(t).isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("proxy.url").hasMessageContaining("extraSecret").hasMessageNotContaining(CANARY);
    Throwable modelled = org.assertj.core.api.Assertions.catchThrowable(
        () -> HttpSinkV2Test.minimal().extraProperty("http.api.base.url", url).build());
    assertThat(modelled).isInstanceOf(ConnectorValidationException.class).hasMessageNotContaining(CANARY);

    DatagenSource back = readDatagenWith("proxy.url", url);
    assertThat(back.secrets()).containsKey("proxy.url");
    assertThat(back.toString() + back.properties() + back.redacted()).doesNotContain(CANARY);
  }

  @Test
  void aCredentialInACustomSmtsConfigIsReadAsAnExtraSecretAndSentBack() {
    Map<String, String> server = new LinkedHashMap<>(DatagenSourceTest.minimal().build().properties());
    server.put("connector.class", "DatagenSource");
    server.put("name", "sales-dev-orders-datagen-connector");
    server.put("transforms", "vault");
    server.put("transforms.vault.type", "com.example.VaultLookup$Value");
    server.put("transforms.vault.custom.smt.artifact.id", "cca-4k0x2m");
    server.put("transforms.vault.vault.password", CANARY);
    DatagenSource back = DatagenSource.fromConfig(server);
    assertThat(back.secrets()).containsKey("transforms.vault.vault.password");
    assertThat(back.properties()).doesNotContainKey("transforms.vault.vault.password")
        .containsEntry("transforms.vault.custom.smt.artifact.id", "cca-4k0x2m");
    assertThat(back.redacted()).containsEntry("transforms.vault.vault.password", Secret.MASK);
    assertThat(back.toString() + back.redacted() + back.properties()).doesNotContain(CANARY);
    assertThat(java.util.Objects.requireNonNull(back.secrets().get("transforms.vault.vault.password")).reveal())
        .isEqualTo(CANARY);
  }

  @Test
  void aCredentialInATransformsPlainConfigIsRefusedNamingExtraSecret() {
    Transform vault = Transform.custom("vault", "com.example.VaultLookup$Value", "cca-4k0x2m",
        Map.of("vault.password", CANARY));
    assertThat(vault.toString()).doesNotContain(CANARY);
    assertThatThrownBy(() -> DatagenSourceTest.minimal().addTransform(vault).build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("extraSecret(\"transforms.vault.vault.password\", Secret)")
        .hasMessageNotContaining(CANARY);
    DatagenSource ok = DatagenSourceTest.minimal()
        .addTransform(Transform.custom("vault", "com.example.VaultLookup$Value", "cca-4k0x2m", Map.of()))
        .extraSecret("transforms.vault.vault.password", Secret.of(CANARY)).build();
    assertThat(ok.secrets()).containsKey("transforms.vault.vault.password");
  }

  /** A Datagen config as a server returns it, with {@code key} set to {@code value}, read by fromConfig. */
  private static DatagenSource readDatagenWith(String key, String value) {
    Map<String, String> server = new LinkedHashMap<>(DatagenSourceTest.minimal().build().properties());
    server.put("connector.class", "DatagenSource");
    server.put("name", "sales-dev-orders-datagen-connector");
    server.put(key, value);
    return DatagenSource.fromConfig(server);
  }

  @Test
  void anAuthorizationHeaderAmongPlainApiHeadersIsReadAsASensitiveHeader() {
    Map<String, String> server = FromConfigTest.httpSink();
    server.put("api1.http.request.headers", "Content-Type:application/json|Authorization: Bearer " + CANARY);
    HttpSinkV2 back = HttpSinkV2.fromConfig(server);
    assertThat(back.secrets()).containsKey("api1.http.request.sensitive.headers");
    assertThat(back.secrets()).hasEntrySatisfying("api1.http.request.sensitive.headers",
        s -> assertThat(s.reveal()).isEqualTo("Authorization:Bearer " + CANARY));
    assertThat(back.properties()).containsEntry("api1.http.request.headers", "Content-Type: application/json");
    assertThat(back.toString() + back.properties() + back.redacted()).doesNotContain(CANARY);
  }
}
