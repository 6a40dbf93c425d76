package dev.connectkit.internal.http;

import dev.connectkit.internal.Scrubber;

import dev.connectkit.AccessToken;
import dev.connectkit.ConnectorException;
import dev.connectkit.TokenProvider;
import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Adds {@code Authorization: Bearer …}; on a 401 asks the provider for a renewed token once and retries once. Never a
 * loop: a second 401 is returned as is.
 */
public final class BearerAuthInterceptor implements Interceptor, HttpExecutor.Credentials {
  private final TokenProvider tokens;
  /** The header value of the last token used, so a token's value is revealed and joined once, not per call. */
  private volatile @Nullable Header last;

  public BearerAuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  /** A token and its {@code Bearer …} value. */
  private static final class Header {
    final AccessToken token;
    /** The token sent before this one: an answer to a call sent just before a renewal may still echo it. */
    private final @Nullable AccessToken previous;
    final String value;
    /** The tokens as sent, scrubbed from server messages; built on first use (a failure or a log line). */
    private volatile @Nullable Scrubber sent;

    Header(AccessToken token, @Nullable AccessToken previous) {
      this.token = token;
      this.previous = previous;
      this.value = "Bearer " + token.value().reveal();
    }

    Scrubber scrubber() {
      Scrubber s = sent;
      if (s == null) {
        AccessToken before = previous;
        s = Scrubber.of(before == null
            ? List.of(token.value().reveal())
            : List.of(token.value().reveal(), before.value().reveal()));
        sent = s;
      }
      return s;
    }
  }

  /** The last two tokens sent (a failure's message is built right after its response). */
  @Override
  public Scrubber scrubber() {
    Header header = last;
    return header == null ? Scrubber.NONE : header.scrubber();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AccessToken token = obtain(false, null);
    Response response = chain.proceed(withToken(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    AccessToken renewed;
    try {
      renewed = obtain(true, token);
    } catch (TokenFailure e) {
      response.close(); // the 401 is not returned: its connection goes back to the pool
      throw e;
    }
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

  private Request withToken(Request request, AccessToken token) {
    Header header = last;
    if (header == null || header.token != token) {
      header = new Header(token, header == null ? null : header.token);
      last = header;
    }
    return request.newBuilder().header("Authorization", header.value).build();
  }
}
