package dev.connectkit.auth.internal;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** The HTTP client token endpoints use when the caller gives none: one per JVM, created on first use. */
public final class DefaultHttp {
  private DefaultHttp() {}

  private static final class Holder {
    static final OkHttpClient CLIENT =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60))
            .build();
  }

  /** The shared client: 10 s to connect, 30 s to read, 60 s per call. */
  public static OkHttpClient client() {
    return Holder.CLIENT;
  }
}
