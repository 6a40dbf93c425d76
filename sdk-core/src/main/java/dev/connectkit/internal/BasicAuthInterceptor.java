package dev.connectkit.internal;

import dev.connectkit.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds HTTP basic authentication (API key + secret). */
public final class BasicAuthInterceptor implements Interceptor {
  private final String key;
  private final Secret secret;

  public BasicAuthInterceptor(String key, Secret secret) {
    this.key = key;
    this.secret = secret;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String header = Credentials.basic(key, secret.reveal(), StandardCharsets.UTF_8);
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }
}
