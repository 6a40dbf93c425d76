package dev.connectkit.auth;

import dev.connectkit.NoDelayServerSocketFactory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client credentials with a certificate: the JDK's keytool makes a self-signed RSA certificate for the test. */
class ClientCertificateTokenProviderTest {
  private static final String TENANT = ClientCredentialsTokenProviderTest.TENANT;
  private static final String CLIENT = ClientCredentialsTokenProviderTest.CLIENT;
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir static Path keys;

  private static PrivateKey privateKey;
  private static X509Certificate certificate;

  private final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void makeCertificate() throws Exception {
    Path store = keys.resolve("app.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "app", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=connectkit-test", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keyStore.load(in, "changeit".toCharArray());
    }
    privateKey = (PrivateKey) keyStore.getKey("app", "changeit".toCharArray());
    certificate = (X509Certificate) keyStore.getCertificate("app");
  }

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void certificateSignsAClientAssertionThatEntraCanVerify() throws Exception {
    server.enqueue(ClientCredentialsTokenProviderTest.tokenResponse("from-cert", 3600));
    ClientCredentialsTokenProvider provider =
        ClientCredentialsTokenProvider.builder()
            .tenantId(TENANT)
            .clientId(CLIENT)
            .clientCertificate(privateKey, certificate)
            .authorityHost(server.url("/").toString())
            .clock(new MutableClock(START))
            .build();

    assertThat(provider.token().value().reveal()).isEqualTo("from-cert");

    RecordedRequest request = server.takeRequest();
    Map<String, String> form = ClientCredentialsTokenProviderTest.form(request);
    assertThat(form)
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", CLIENT)
        .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        .doesNotContainKey("client_secret");
    String[] jwt = Objects.requireNonNull(form.get("client_assertion")).split("\\.");
    assertThat(jwt).hasSize(3);

    Map<?, ?> header = json(jwt[0]);
    assertThat(header.get("alg")).isEqualTo("RS256");
    assertThat(header.get("typ")).isEqualTo("JWT");
    assertThat(header.get("x5t"))
        .isEqualTo(Base64.getUrlEncoder().withoutPadding()
            .encodeToString(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded())));

    Map<?, ?> claims = json(jwt[1]);
    assertThat(claims.get("aud")).isEqualTo(server.url("/" + TENANT + "/oauth2/v2.0/token").toString());
    assertThat(claims.get("iss")).isEqualTo(CLIENT);
    assertThat(claims.get("sub")).isEqualTo(CLIENT);
    assertThat(claims.get("jti")).asString().hasSize(36);
    assertThat(((Number) Objects.requireNonNull(claims.get("nbf"))).longValue()).isEqualTo(START.getEpochSecond());
    assertThat(((Number) Objects.requireNonNull(claims.get("exp"))).longValue()).isEqualTo(START.getEpochSecond() + 600);

    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
  }

  @Test
  void invalidClientNamesTheCertificateThumbprint() throws Exception {
    server.enqueue(
        new mockwebserver3.MockResponse.Builder()
            .code(401)
            .body("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS700027: Client assertion failed "
                + "signature validation.\"}")
            .build());
    ClientCredentialsTokenProvider provider =
        ClientCredentialsTokenProvider.builder()
            .tenantId(TENANT)
            .clientId(CLIENT)
            .clientCertificate(privateKey, certificate)
            .authorityHost(server.url("/").toString())
            .build();
    String thumbprint =
        java.util.HexFormat.of().withUpperCase()
            .formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));

    assertThatThrownBy(provider::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("certificate " + thumbprint)
        .hasMessageContaining("AADSTS700027")
        .hasMessageContaining("tenant " + TENANT);
  }

  @Test
  void secretAndCertificateTogetherAreRefused() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    assertThatThrownBy(
            () ->
                ClientCredentialsTokenProvider.builder()
                    .tenantId(TENANT)
                    .clientId(CLIENT)
                    .clientSecret(Secret.of("x"))
                    .clientCertificate(privateKey, certificate)
                    .build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("clientSecret: is set together with clientCertificate");
    assertThatThrownBy(
            () ->
                ClientCredentialsTokenProvider.builder()
                    .tenantId(TENANT)
                    .clientId(CLIENT)
                    .clientCertificate(ec.generateKeyPair().getPrivate(), certificate)
                    .build())
        .isInstanceOf(ConnectorValidationException.class)
        .hasMessageContaining("clientCertificate: has a non-RSA private key");
  }

  private static Map<?, ?> json(String base64url) throws IOException {
    byte[] bytes = Base64.getUrlDecoder().decode(base64url);
    return (Map<?, ?>) Objects.requireNonNull(JsonReader.of(new Buffer().write(bytes)).readJsonValue());
  }
}
