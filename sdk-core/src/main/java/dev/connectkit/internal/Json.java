package dev.connectkit.internal;

import com.squareup.moshi.Moshi;

/** The one Moshi instance; adapters are created lazily on first use and cached. */
public final class Json {
  public static final Moshi MOSHI = new Moshi.Builder().build();

  private Json() {}
}
