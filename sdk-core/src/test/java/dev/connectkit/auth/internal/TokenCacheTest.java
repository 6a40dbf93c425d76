package dev.connectkit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.auth.MutableClock;
import dev.connectkit.auth.Threads;
import dev.connectkit.auth.TokenAcquisitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
  private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final MutableClock clock = new MutableClock(START);

  /** Issues token-1, token-2, … each valid for {@code lifetime} from the clock's now. */
  private final class Issuer implements Supplier<AccessToken> {
    final AtomicInteger calls = new AtomicInteger();
    final Duration lifetime;

    Issuer(Duration lifetime) {
      this.lifetime = lifetime;
    }

    @Override
    public AccessToken get() {
      int n = calls.incrementAndGet();
      return AccessToken.of(Secret.of("token-" + n), clock.instant().plus(lifetime));
    }
  }

  @Test
  void firstCallFetchesAndLaterCallsUseTheCache() {
    Issuer issuer = new Issuer(HOUR);
    TokenCache cache = new TokenCache(issuer, clock, SKEW);

    AccessToken first = cache.token();
    clock.advance(Duration.ofMinutes(54));
    AccessToken second = cache.token();

    assertThat(first.value().reveal()).isEqualTo("token-1");
    assertThat(second).isSameAs(first);
    assertThat(issuer.calls).hasValue(1);
  }

  @Test
  void tokenIsRenewedOnceWithinRefreshBeforeOfExpiry() {
    Issuer issuer = new Issuer(HOUR);
    TokenCache cache = new TokenCache(issuer, clock, SKEW);
    cache.token();

    clock.advance(Duration.ofMinutes(55)); // exactly 5 minutes left: due
    AccessToken renewed = cache.token();
    AccessToken again = cache.token();

    assertThat(renewed.value().reveal()).isEqualTo("token-2");
    assertThat(renewed.expiresAt()).contains(START.plus(Duration.ofMinutes(55)).plus(HOUR));
    assertThat(again).isSameAs(renewed);
    assertThat(issuer.calls).hasValue(2);
  }

  @Test
  void shortLivedTokenIsRenewedAtHalfItsLifetimeNotOnEveryCall() {
    Issuer issuer = new Issuer(Duration.ofMinutes(4)); // shorter than the 5 minute skew
    TokenCache cache = new TokenCache(issuer, clock, SKEW);
    cache.token();

    clock.advance(Duration.ofMinutes(1));
    cache.token();
    assertThat(issuer.calls).hasValue(1);

    clock.advance(Duration.ofMinutes(1)); // half-life reached
    assertThat(cache.token().value().reveal()).isEqualTo("token-2");
  }

  @Test
  void tokenWithUnknownExpiryIsKeptUntilTheServerRejectsIt() {
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(() -> AccessToken.of(Secret.of("opaque-" + calls.incrementAndGet())), clock, SKEW);

    AccessToken first = cache.token();
    clock.advance(Duration.ofDays(30));
    assertThat(cache.token()).isSameAs(first);

    assertThat(cache.refresh(first).value().reveal()).isEqualTo("opaque-2");
  }

  @Test
  void callersWithoutATokenWaitForTheOneRenewalInFlight() throws Exception {
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(
            () -> {
              calls.incrementAndGet();
              fetchStarted.countDown();
              await(release);
              return AccessToken.of(Secret.of("shared"), clock.instant().plus(HOUR));
            },
            clock,
            SKEW);
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    Thread renewer = start(() -> seen.add(cache.token().value().reveal()));
    assertThat(fetchStarted.await(10, TimeUnit.SECONDS)).isTrue();

    List<Thread> waiters = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      waiters.add(start(() -> seen.add(cache.token().value().reveal())));
    }
    Threads.awaitParked(waiters); // all blocked behind the renewer, none fetching
    release.countDown();
    renewer.join(10_000);
    for (Thread waiter : waiters) {
      waiter.join(10_000);
    }

    assertThat(calls).hasValue(1);
    assertThat(seen).hasSize(8).containsOnly("shared");
  }

  @Test
  void callersWithASoonExpiringTokenKeepUsingItWhileOneThreadRenews() throws Exception {
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(
            () -> {
              int n = calls.incrementAndGet();
              if (n > 1) {
                fetchStarted.countDown();
                await(release);
              }
              return AccessToken.of(Secret.of("token-" + n), clock.instant().plus(HOUR));
            },
            clock,
            SKEW);
    AccessToken old = cache.token();
    clock.advance(Duration.ofMinutes(57)); // 3 minutes left: due, still valid

    ConcurrentLinkedQueue<String> renewerSaw = new ConcurrentLinkedQueue<>();
    Thread renewer = start(() -> renewerSaw.add(cache.token().value().reveal()));
    assertThat(fetchStarted.await(10, TimeUnit.SECONDS)).isTrue();

    AccessToken meanwhile = cache.token(); // does not block, does not fetch

    release.countDown();
    renewer.join(10_000);
    assertThat(meanwhile).isSameAs(old);
    assertThat(renewerSaw).containsExactly("token-2");
    assertThat(cache.token().value().reveal()).isEqualTo("token-2");
    assertThat(calls).hasValue(2);
  }

  @Test
  void failedRenewalServesTheStillValidTokenAndBacksOff() {
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(
            () -> {
              if (calls.incrementAndGet() == 1) {
                return AccessToken.of(Secret.of("good"), clock.instant().plus(HOUR));
              }
              throw new TokenAcquisitionException("endpoint down", 503, null, null);
            },
            clock,
            SKEW);
    AccessToken good = cache.token();
    clock.advance(Duration.ofMinutes(56));

    assertThat(cache.token()).isSameAs(good); // renewal failed, old token still fine
    assertThat(cache.token()).isSameAs(good); // in backoff: no new attempt
    assertThat(calls).hasValue(2);

    clock.advance(TokenCache.FIRST_BACKOFF);
    assertThat(cache.token()).isSameAs(good);
    assertThat(calls).hasValue(3);
  }

  @Test
  void failureWithoutATokenIsThrownAgainDuringBackoffWithoutCallingTheSource() {
    AtomicInteger calls = new AtomicInteger();
    TokenAcquisitionException refusal =
        new TokenAcquisitionException("client id c in tenant t refused", 400, "invalid_client", null);
    TokenCache cache =
        new TokenCache(
            () -> {
              calls.incrementAndGet();
              throw refusal;
            },
            clock,
            SKEW);

    assertThatThrownBy(cache::token).isSameAs(refusal);
    assertThatThrownBy(cache::token)
        .isInstanceOf(TokenAcquisitionException.class)
        .hasMessageContaining("client id c in tenant t refused")
        .hasMessageContaining("not retried before 2026-11-25T10:00:01Z")
        .hasCause(refusal)
        .satisfies(e -> assertThat(((TokenAcquisitionException) e).errorCode()).contains("invalid_client"));
    assertThat(calls).hasValue(1);

    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(cache::token).isSameAs(refusal);
    assertThat(calls).hasValue(2);

    clock.advance(Duration.ofSeconds(1)); // second backoff is 2 s
    assertThatThrownBy(cache::token).hasCause(refusal);
    assertThat(calls).hasValue(2);
  }

  @Test
  void backoffDoublesFromOneSecondUpToThirtySeconds() {
    assertThat(TokenCache.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(TokenCache.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(TokenCache.backoff(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(TokenCache.backoff(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(TokenCache.backoff(1000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refreshForcesARenewalOfTheRejectedToken() {
    Issuer issuer = new Issuer(HOUR);
    TokenCache cache = new TokenCache(issuer, clock, SKEW);
    AccessToken rejected = cache.token();

    AccessToken renewed = cache.refresh(rejected);

    assertThat(renewed.value().reveal()).isEqualTo("token-2");
    assertThat(cache.token()).isSameAs(renewed);
    assertThat(issuer.calls).hasValue(2);
  }

  @Test
  void refreshOfATokenAnotherThreadAlreadyReplacedDoesNotFetchAgain() {
    Issuer issuer = new Issuer(HOUR);
    TokenCache cache = new TokenCache(issuer, clock, SKEW);
    AccessToken rejected = cache.token();

    AccessToken first = cache.refresh(rejected); // thread A saw 401
    AccessToken second = cache.refresh(rejected); // thread B saw 401 with the same old token

    assertThat(second).isSameAs(first);
    assertThat(issuer.calls).hasValue(2);
  }

  @Test
  void refreshDuringBackoffFailsWithoutCallingTheSource() {
    AtomicInteger calls = new AtomicInteger();
    TokenCache cache =
        new TokenCache(
            () -> {
              if (calls.incrementAndGet() == 1) {
                return AccessToken.of(Secret.of("good"), clock.instant().plus(HOUR));
              }
              throw new TokenAcquisitionException("endpoint down", 503, null, null);
            },
            clock,
            SKEW);
    AccessToken good = cache.token();
    assertThatThrownBy(() -> cache.refresh(good)).hasMessageContaining("endpoint down");

    assertThatThrownBy(() -> cache.refresh(good)).hasMessageContaining("not retried before");
    assertThat(calls).hasValue(2);
  }

  private static Thread start(Runnable body) {
    Thread thread = new Thread(body);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
