package dev.connectkit.auth.internal;

import dev.connectkit.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import com.squareup.moshi.JsonWriter;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * Authenticates with a client assertion: a JWT signed RS256 by the certificate's private key, as Entra ID expects
 * (header {@code x5t} = base64url SHA-1 thumbprint; claims {@code aud} = token URL, {@code iss} = {@code sub} = client
 * id, {@code jti}, {@code nbf}, {@code iat}, {@code exp} ten minutes on).
 */
public final class ClientAssertionAuthentication implements ClientAuthentication {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final String clientId;
  private final PrivateKey privateKey;
  private final String thumbprint;
  private final String hexThumbprint;

  public ClientAssertionAuthentication(String clientId, PrivateKey privateKey, X509Certificate certificate) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
      this.thumbprint = BASE64URL.encodeToString(sha1);
      this.hexThumbprint = HexFormat.of().withUpperCase().formatHex(sha1);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the certificate: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public void addTo(FormBody.Builder form, HttpUrl tokenUrl, Instant now) {
    form.add("client_assertion_type", ASSERTION_TYPE);
    form.add("client_assertion", assertion(tokenUrl, now));
  }

  /** The signed JWT for a request to {@code tokenUrl} at {@code now}. */
  String assertion(HttpUrl tokenUrl, Instant now) {
    String header =
        json(w -> {
          w.name("alg").value("RS256");
          w.name("typ").value("JWT");
          w.name("x5t").value(thumbprint);
        });
    String claims =
        json(w -> {
          w.name("aud").value(tokenUrl.toString());
          w.name("iss").value(clientId);
          w.name("sub").value(clientId);
          w.name("jti").value(UUID.randomUUID().toString());
          w.name("nbf").value(now.getEpochSecond());
          w.name("iat").value(now.getEpochSecond());
          w.name("exp").value(now.plus(LIFETIME).getEpochSecond());
        });
    String signingInput = base64url(header) + "." + base64url(claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the client assertion: " + e.getClass().getSimpleName(), e);
    }
  }

  private interface Fields {
    void write(JsonWriter writer) throws IOException;
  }

  private static String json(Fields fields) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      fields.write(writer);
      writer.endObject();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a Buffer does not fail
    }
    return buffer.readUtf8();
  }

  private static String base64url(String text) {
    return BASE64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Assertions are signed, not secret, and never echoed; nothing to hide. */
  @Override
  public String scrub(String text) {
    return text;
  }

  @Override
  public String describe() {
    return "certificate " + hexThumbprint;
  }

  @Override
  public String toString() {
    return "ClientAssertionAuthentication{certificate " + hexThumbprint + ", key " + Secret.MASK + "}";
  }
}
