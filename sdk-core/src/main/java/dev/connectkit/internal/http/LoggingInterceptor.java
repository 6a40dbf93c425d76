package dev.connectkit.internal.http;

import dev.connectkit.internal.Scrubber;

import dev.connectkit.HttpLogger;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One line per exchange: method, URL, status, duration, request id. No other headers, no bodies; the request id comes
 * from the server, so it passes through the {@link Scrubber} of the request ({@link InFlight}) or of the client's
 * credentials.
 */
public final class LoggingInterceptor implements Interceptor {
  private final HttpLogger logger;
  private final HttpExecutor.@Nullable Credentials credentials;

  public LoggingInterceptor(HttpLogger logger, HttpExecutor.@Nullable Credentials credentials) {
    this.logger = logger;
    this.credentials = credentials;
  }

  private Scrubber scrubber() {
    InFlight sending = InFlight.current();
    HttpExecutor.Credentials c = credentials;
    Scrubber own = c == null ? Scrubber.NONE : c.scrubber();
    return sending == null ? own : own.and(sending.scrubber());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      String requestId = ErrorResponses.requestId(response.headers(), scrubber());
      logger.log(
          request.method()
              + " "
              + request.url()
              + " -> "
              + response.code()
              + " ("
              + ms
              + " ms"
              + (requestId == null ? "" : ", request id " + requestId)
              + ")");
      return response;
    } catch (IOException e) {
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      logger.log(
          request.method() + " " + request.url() + " -> " + e.getClass().getSimpleName() + " (" + ms + " ms)");
      throw e;
    }
  }
}
