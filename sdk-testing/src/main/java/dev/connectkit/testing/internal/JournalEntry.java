package dev.connectkit.testing.internal;

import dev.connectkit.testing.Fault;
import dev.connectkit.testing.Route;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One request as the fake saw and answered it. */
public final class JournalEntry {
  public final Instant at;
  public final String method;
  public final String target;
  public final @Nullable Route route;
  public final int status;
  public final @Nullable Fault fault;
  public final String body;

  public JournalEntry(
      Instant at,
      String method,
      String target,
      @Nullable Route route,
      int status,
      @Nullable Fault fault,
      String body) {
    this.at = at;
    this.method = method;
    this.target = target;
    this.route = route;
    this.status = status;
    this.fault = fault;
    this.body = body;
  }
}
