package dev.connectkit.internal;

import dev.connectkit.HttpLogger;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** One line per exchange: method, URL, status, duration, request id. No headers, no bodies, so no secrets. */
public final class LoggingInterceptor implements Interceptor {
  private final HttpLogger logger;

  public LoggingInterceptor(HttpLogger logger) {
    this.logger = logger;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      String requestId = response.header("X-Request-Id");
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
