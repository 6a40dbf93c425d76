package dev.connectkit.internal.http;

import dev.connectkit.internal.Scrubber;

import dev.connectkit.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds HTTP basic authentication (API key + secret). */
public final class BasicAuthInterceptor implements Interceptor, HttpExecutor.Credentials {
  /** Encoded once: key and secret never change for a client. */
  private final String header;
  /** The secret, {@code key:secret} and its encoding, as a server could echo them. */
  private final Scrubber sent;

  public BasicAuthInterceptor(String key, Secret secret) {
    String value = secret.reveal();
    this.header = Credentials.basic(key, value, StandardCharsets.UTF_8);
    this.sent = Scrubber.of(List.of(value, key + ":" + value, header.substring("Basic ".length())));
  }

  @Override
  public Scrubber scrubber() {
    return sent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }
}
