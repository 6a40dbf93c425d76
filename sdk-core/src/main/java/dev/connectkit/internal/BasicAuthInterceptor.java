package dev.connectkit.internal;

import dev.connectkit.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds HTTP basic authentication (API key + secret). */
public final class BasicAuthInterceptor implements Interceptor {
  /** Encoded once: key and secret never change for a client. */
  private final String header;

  public BasicAuthInterceptor(String key, Secret secret) {
    this.header = Credentials.basic(key, secret.reveal(), StandardCharsets.UTF_8);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }
}
