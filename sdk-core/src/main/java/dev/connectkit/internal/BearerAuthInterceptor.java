package dev.connectkit.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.ConnectorException;
import dev.connectkit.TokenProvider;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer …}; on a 401 asks the provider for a renewed token once and retries once. Never a
 * loop: a second 401 is returned as is.
 */
public final class BearerAuthInterceptor implements Interceptor {
  private final TokenProvider tokens;

  public BearerAuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AccessToken token = obtain(false, null);
    Response response = chain.proceed(withToken(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    AccessToken renewed = obtain(true, token);
    if (renewed.equals(token)) {
      return response; // the provider has nothing newer: re-sending would get the same 401
    }
    response.close();
    return chain.proceed(withToken(chain.request(), renewed));
  }

  private AccessToken obtain(boolean refresh, @org.jspecify.annotations.Nullable AccessToken rejected)
      throws TokenFailure {
    try {
      return refresh && rejected != null ? tokens.refresh(rejected) : tokens.token();
    } catch (ConnectorException e) {
      throw new TokenFailure(e);
    } catch (RuntimeException e) {
      throw new TokenFailure(
          new ConnectorException("the token provider failed (" + e.getClass().getSimpleName() + ")", e));
    }
  }

  private static Request withToken(Request request, AccessToken token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.value().reveal()).build();
  }
}
