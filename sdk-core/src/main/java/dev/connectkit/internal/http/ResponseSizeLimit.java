package dev.connectkit.internal.http;

import dev.connectkit.ResponseTooLargeException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a response body longer than a limit, declared ({@code Content-Length}) or as it streams, so a huge or endless
 * answer ends in {@link ResponseTooLargeException} instead of an {@link OutOfMemoryError}.
 *
 * <pre>{@code
 * new okhttp3.OkHttpClient.Builder().addInterceptor(new ResponseSizeLimit(16 << 20));
 * }</pre>
 */
public final class ResponseSizeLimit implements Interceptor {
  /** The default limit: 16 MiB, about a hundred times the list of 10,000 connectors with their statuses. */
  public static final long DEFAULT_BYTES = 16L << 20;

  private final long limit;

  public ResponseSizeLimit(long limit) {
    this.limit = limit;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body.contentLength() > limit) {
      response.close();
      throw new TooLarge(limit);
    }
    return response.newBuilder().body(new Limited(body, limit)).build();
  }

  /** The {@link ResponseTooLargeException} for {@code operation} if {@code t} (or a cause) is a refused body. */
  static @Nullable ResponseTooLargeException tooLarge(Throwable t, String operation) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TooLarge) {
        return new ResponseTooLargeException(operation, ((TooLarge) c).limit);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  /** Carries the refusal through OkHttp and Retrofit, which let IOExceptions pass. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("the response body is larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class Limited extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    Limited(ResponseBody delegate, long limit) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        private long total;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long n = super.read(sink, byteCount);
          if (n > 0) {
            total += n;
            if (total > limit) {
              throw new TooLarge(limit);
            }
          }
          return n;
        }
      });
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
