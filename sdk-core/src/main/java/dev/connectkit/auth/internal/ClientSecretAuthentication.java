package dev.connectkit.auth.internal;

import dev.connectkit.Secret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/** Authenticates with {@code client_secret}. */
public final class ClientSecretAuthentication implements ClientAuthentication {
  private final Secret secret;

  public ClientSecretAuthentication(Secret secret) {
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  @Override
  public void addTo(FormBody.Builder form, HttpUrl tokenUrl, Instant now) {
    form.add("client_secret", secret.reveal());
  }

  @Override
  public String scrub(String text) {
    String value = secret.reveal();
    if (value.isEmpty()) {
      return text;
    }
    String scrubbed = text.replace(value, Secret.MASK);
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    scrubbed = scrubbed.replace(encoded, Secret.MASK);
    return scrubbed.replace(encoded.replace("+", "%20"), Secret.MASK);
  }

  @Override
  public String describe() {
    return "client secret";
  }

  @Override
  public String toString() {
    return "ClientSecretAuthentication{" + Secret.MASK + "}";
  }
}
