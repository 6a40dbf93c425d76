package dev.connectkit.auth.internal;

import dev.connectkit.Secret;
import dev.connectkit.internal.Scrubber;
import java.time.Instant;
import java.util.List;
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
    return Scrubber.of(List.of(secret.reveal())).scrub(text);
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
