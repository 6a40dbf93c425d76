package dev.connectkit.internal.http;

import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * The OkHttpClient shared by a client and every client derived from it with {@code newBuilder()}. Counts its users;
 * when the last one closes, releases threads and connections, unless the user supplied the OkHttpClient.
 */
public final class SharedHttp {
  private final OkHttpClient client;
  private final boolean owned;
  private final AtomicInteger users = new AtomicInteger();

  public SharedHttp(OkHttpClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  public OkHttpClient client() {
    return client;
  }

  public SharedHttp retain() {
    users.incrementAndGet();
    return this;
  }

  public void release() {
    if (users.decrementAndGet() == 0 && owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  public boolean isOwned() {
    return owned;
  }
}
