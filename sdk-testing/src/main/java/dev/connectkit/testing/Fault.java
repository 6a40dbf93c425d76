package dev.connectkit.testing;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that goes wrong with one request: rate limiting, a gateway error, a slow or dropped connection, a broken
 * body. A fault either stops the request before the fake applies it, or lets the fake apply it and spoils the answer
 * (the case where a client cannot tell whether its change happened).
 *
 * <!-- example: FakeConnectorApi fake -->
 * <pre>{@code
 * fake.faults()
 *     .next(Route.CREATE, Fault.dropConnectionAfterApplying())   // create happens, the client sees a reset
 *     .next(Fault.rateLimited(Duration.ofSeconds(1)))             // the next request of any kind gets a 429
 *     .random(42L, 0.2, Fault.status(503), Fault.slowHeaders(Duration.ofMillis(50)));
 * }</pre>
 */
public final class Fault {
  /** What kind of fault. */
  public enum Kind {
    /** 429 with {@code Retry-After}; not applied. */
    RATE_LIMITED,
    /** A 5xx status; applied or not, see {@link Fault#appliesChange()}. */
    STATUS,
    /** Headers arrive late; applied. */
    SLOW_HEADERS,
    /** The body arrives late; applied. */
    SLOW_BODY,
    /** The connection closes without a response; applied or not. */
    DROP_CONNECTION,
    /** A success status with a truncated JSON body; applied. */
    MALFORMED_JSON,
    /** States and phases in the body replaced by values no client knows; applied. */
    UNKNOWN_ENUM_VALUES
  }

  private final Kind kind;
  private final int code;
  private final Duration delay;
  private final boolean appliesChange;

  private Fault(Kind kind, int code, Duration delay, boolean appliesChange) {
    this.kind = kind;
    this.code = code;
    this.delay = delay;
    this.appliesChange = appliesChange;
  }

  /** 429 Too Many Requests with {@code Retry-After} in whole seconds (rounded up); the request is not applied. */
  public static Fault rateLimited(Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter is negative: " + retryAfter);
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfter, false);
  }

  /**
   * A 500, 502, 503 or 504 before the fake applies the request. 500 carries a Connect error body; 502, 503 and 504 a
   * gateway's HTML page.
   *
   * @throws IllegalArgumentException for any other code
   */
  public static Fault status(int code) {
    return new Fault(Kind.STATUS, checkServerError(code), Duration.ZERO, false);
  }

  /**
   * A 500, 502, 503 or 504 <em>after</em> the fake applied the request: a gateway timing out on a change that
   * happened.
   *
   * @throws IllegalArgumentException for any other code
   */
  public static Fault statusAfterApplying(int code) {
    return new Fault(Kind.STATUS, checkServerError(code), Duration.ZERO, true);
  }

  /** The response headers are sent {@code delay} late (real time); the request is applied. */
  public static Fault slowHeaders(Duration delay) {
    return new Fault(Kind.SLOW_HEADERS, 0, checkDelay(delay), true);
  }

  /** The response body is sent {@code delay} after the headers (real time); the request is applied. */
  public static Fault slowBody(Duration delay) {
    return new Fault(Kind.SLOW_BODY, 0, checkDelay(delay), true);
  }

  /** The connection closes after the request arrived, before the fake applies it; no response. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO, false);
  }

  /**
   * The fake applies the request, then closes the connection without a response: the failure that tempts clients into
   * sending a create twice.
   */
  public static Fault dropConnectionAfterApplying() {
    return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO, true);
  }

  /** The request is applied and answered with its usual status but a truncated JSON body. */
  public static Fault malformedJson() {
    return new Fault(Kind.MALFORMED_JSON, 0, Duration.ZERO, true);
  }

  /**
   * The request is applied and answered normally, except that every {@code state} in the body is {@code HIBERNATING}
   * and every offsets {@code phase} is {@code QUEUED}: values no client knows.
   */
  public static Fault unknownEnumValues() {
    return new Fault(Kind.UNKNOWN_ENUM_VALUES, 0, Duration.ZERO, true);
  }

  private static int checkServerError(int code) {
    if (code != 500 && code != 502 && code != 503 && code != 504) {
      throw new IllegalArgumentException("status must be 500, 502, 503 or 504 (was " + code + ")");
    }
    return code;
  }

  private static Duration checkDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay is negative: " + delay);
    }
    return delay;
  }

  /** The kind of fault. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status of {@link Kind#STATUS} and {@link Kind#RATE_LIMITED}; 0 for the others. */
  public int code() {
    return code;
  }

  /** The delay of a slow response, or the {@code Retry-After} of a 429; zero for the others. */
  public Duration delay() {
    return delay;
  }

  /** Whether the fake applies the request before the fault strikes (only matters for changes). */
  public boolean appliesChange() {
    return appliesChange;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Fault)) {
      return false;
    }
    Fault that = (Fault) o;
    return kind == that.kind
        && code == that.code
        && delay.equals(that.delay)
        && appliesChange == that.appliesChange;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, code, delay, appliesChange);
  }

  /** For example {@code status(503)} or {@code dropConnectionAfterApplying}. */
  @Override
  public String toString() {
    switch (kind) {
      case RATE_LIMITED:
        return "rateLimited(" + delay + ")";
      case STATUS:
        return (appliesChange ? "statusAfterApplying(" : "status(") + code + ")";
      case SLOW_HEADERS:
        return "slowHeaders(" + delay + ")";
      case SLOW_BODY:
        return "slowBody(" + delay + ")";
      case DROP_CONNECTION:
        return appliesChange ? "dropConnectionAfterApplying" : "dropConnection";
      case MALFORMED_JSON:
        return "malformedJson";
      case UNKNOWN_ENUM_VALUES:
        return "unknownEnumValues";
    }
    throw new AssertionError(kind);
  }
}
