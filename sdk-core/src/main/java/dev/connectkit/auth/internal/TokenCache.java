package dev.connectkit.auth.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.ConnectorException;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.TokenAcquisitionException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Caches the token of a {@link Supplier fetcher} and renews it ahead of expiry. Shared by every provider in {@code
 * dev.connectkit.auth}.
 *
 * <ul>
 *   <li>A token is renewed once it is within {@code refreshBefore} of its expiry (or past half of its lifetime, for
 *       short-lived tokens), so a request never leaves with a token about to lapse.
 *   <li>One renewal at a time: while one thread renews, threads holding a still valid token keep using it, and threads
 *       without one wait for that renewal instead of starting their own.
 *   <li>After a failed renewal the fetcher is not called again until a backoff (1 s, doubling to 30 s) has passed: in
 *       that window a still valid token is served, else the last failure is thrown again.
 *   <li>{@link #refresh(AccessToken)} renews at once, unless another thread already replaced the rejected token.
 * </ul>
 */
public final class TokenCache implements TokenProvider {
  private static final System.Logger LOG = System.getLogger(TokenCache.class.getName());

  /** Below this much remaining validity a cached token is not handed out while a renewal could replace it. */
  private static final Duration MIN_REMAINING = Duration.ofSeconds(10);

  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final Supplier<AccessToken> fetcher;
  private final Clock clock;
  private final Duration refreshBefore;
  private final ReentrantLock lock = new ReentrantLock();

  private volatile @Nullable Cached cached;

  // Guarded by lock.
  private int failures;
  private @Nullable Instant nextAttempt;
  private @Nullable RuntimeException lastFailure;

  /**
   * @param fetcher fetches a new token; throws a {@link ConnectorException} (usually {@link TokenAcquisitionException})
   *     when it cannot
   * @param clock the time source for expiry and backoff
   * @param refreshBefore how long before expiry a token is renewed
   */
  public TokenCache(Supplier<AccessToken> fetcher, Clock clock, Duration refreshBefore) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
    if (refreshBefore.isNegative()) {
      throw new IllegalArgumentException("refreshBefore must not be negative: " + refreshBefore);
    }
  }

  @Override
  public AccessToken token() {
    Cached c = cached;
    if (c != null && c.isFresh(clock.instant())) {
      return c.token; // fast path: no lock
    }
    if (c != null && c.isUsable(clock.instant())) {
      // Soon to expire but still good: one thread renews, the others carry on with the current token.
      if (!lock.tryLock()) {
        return c.token;
      }
    } else {
      lock.lock();
    }
    try {
      return renewIfStale();
    } finally {
      lock.unlock();
    }
  }

  /** Called with the lock held. */
  private AccessToken renewIfStale() {
    Instant now = clock.instant();
    Cached c = cached;
    if (c != null && c.isFresh(now)) {
      return c.token; // another thread renewed while this one waited
    }
    Cached usable = c != null && c.isUsable(now) ? c : null;
    if (inBackoff(now)) {
      if (usable != null) {
        return usable.token;
      }
      throw backoffFailure();
    }
    try {
      return renew();
    } catch (RuntimeException e) {
      if (usable != null) {
        LOG.log(
            Level.WARNING,
            "token renewal failed; using the cached token until it expires at {0}: {1}",
            usable.token.expiresAt().map(Instant::toString).orElse("?"),
            e.getMessage());
        return usable.token;
      }
      throw e;
    }
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    Objects.requireNonNull(rejected, "rejected");
    lock.lock();
    try {
      Instant now = clock.instant();
      Cached c = cached;
      if (c != null && !c.token.equals(rejected) && c.isUsable(now)) {
        return c.token; // another thread renewed after the rejected token was handed out
      }
      if (inBackoff(now)) {
        throw backoffFailure();
      }
      return renew();
    } finally {
      lock.unlock();
    }
  }

  private AccessToken renew() {
    Instant fetchedAt = clock.instant();
    AccessToken token;
    try {
      token = Objects.requireNonNull(fetcher.get(), "fetcher returned null");
    } catch (RuntimeException e) {
      failures++;
      nextAttempt = clock.instant().plus(backoff(failures));
      lastFailure = e;
      throw e;
    }
    failures = 0;
    nextAttempt = null;
    lastFailure = null;
    cached = cache(token, fetchedAt);
    return token;
  }

  private Cached cache(AccessToken token, Instant fetchedAt) {
    Instant expiresAt = token.expiresAt().orElse(null);
    if (expiresAt == null) {
      return new Cached(token, null, null); // unknown expiry: kept until the server rejects it
    }
    // Renew refreshBefore ahead of expiry, or at half-life for tokens that live shorter than twice that.
    Duration halfLife = Duration.between(fetchedAt, expiresAt).dividedBy(2);
    Duration lead = min(refreshBefore, halfLife.isNegative() ? Duration.ZERO : halfLife);
    return new Cached(token, expiresAt.minus(lead), expiresAt.minus(min(lead, MIN_REMAINING)));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static Duration backoff(int failures) {
    Duration delay = FIRST_BACKOFF;
    for (int i = 1; i < failures && delay.compareTo(MAX_BACKOFF) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(MAX_BACKOFF) < 0 ? delay : MAX_BACKOFF;
  }

  private boolean inBackoff(Instant now) {
    Instant next = nextAttempt;
    return next != null && now.isBefore(next);
  }

  private ConnectorException backoffFailure() {
    RuntimeException last = Objects.requireNonNull(lastFailure, "lastFailure");
    String retry = " (not retried before " + nextAttempt + " after " + failures + " failed attempt"
        + (failures == 1 ? ")" : "s)");
    if (last instanceof ConnectorException) {
      ConnectorException e = (ConnectorException) last;
      return new TokenAcquisitionException(
          e.serverMessage() + retry, e.statusCode().orElse(0), e.errorCode().orElse(null), e);
    }
    return new TokenAcquisitionException("token renewal failed: " + last.getClass().getName() + retry, last);
  }

  /** A token and when to renew it. */
  private static final class Cached {
    final AccessToken token;
    final @Nullable Instant renewAt;
    final @Nullable Instant lastUse;

    Cached(AccessToken token, @Nullable Instant renewAt, @Nullable Instant lastUse) {
      this.token = token;
      this.renewAt = renewAt;
      this.lastUse = lastUse;
    }

    boolean isFresh(Instant now) {
      Instant r = renewAt;
      return r == null || now.isBefore(r);
    }

    boolean isUsable(Instant now) {
      Instant l = lastUse;
      return l == null || now.isBefore(l);
    }
  }
}
