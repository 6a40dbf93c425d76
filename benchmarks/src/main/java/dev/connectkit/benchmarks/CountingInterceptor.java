package dev.connectkit.benchmarks;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Counts the requests a client sends. */
final class CountingInterceptor implements Interceptor {
  private final AtomicLong count = new AtomicLong();

  @Override
  public Response intercept(Chain chain) throws IOException {
    count.incrementAndGet();
    return chain.proceed(chain.request());
  }

  long count() {
    return count.get();
  }
}
