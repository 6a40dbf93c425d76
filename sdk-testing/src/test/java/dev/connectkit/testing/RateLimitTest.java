package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's token-bucket rate limit: 429 with Retry-After once the bucket is empty, refilled at the limit's rate. */
class RateLimitTest {
  private static final String DEV = "/sales/dev";

  private final FakeClock clock = new FakeClock();
  private final FakeConnectorApi fake = FakeConnectorApi.builder().clock(clock).instantTransitions().start();
  private final Http http = new Http(fake.baseUrl(), FakeConnectorApi.DEFAULT_TOKEN);

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer list() throws IOException {
    return http.get(DEV + "/connectors");
  }

  @Test
  void aFullBucketLetsTheLimitThroughThenAnswers429WithRetryAfter() throws IOException {
    fake.faults().rateLimit(RateLimit.of(3, Duration.ofSeconds(1)));

    for (int remaining = 2; remaining >= 0; remaining--) {
      Http.Answer ok = list();
      assertThat(ok.code).isEqualTo(200);
      assertThat(ok.headers.get("X-RateLimit-Limit")).isEqualTo("3");
      assertThat(ok.headers.get("X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
    }
    Http.Answer limited = list();

    assertThat(limited.code).isEqualTo(429);
    assertThat(limited.headers.get("Retry-After")).isEqualTo("1");
    assertThat(limited.headers.get("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.headers.get("X-RateLimit-Reset")).isEqualTo("1");
    assertThat(fake.faults().injected()).isEqualTo(1);
    RecordedCall last = fake.requests().get(3);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.fault().orElseThrow().kind()).isEqualTo(Fault.Kind.RATE_LIMITED);
  }

  @Test
  void aRequestRefusedByTheLimitIsNotApplied() throws IOException {
    fake.faults().rateLimit(RateLimit.of(1, Duration.ofSeconds(10)));
    assertThat(list().code).isEqualTo(200);

    Http.Answer create = http.post(DEV + "/connectors", Configs.create("orders-datagen", Configs.datagen()));

    assertThat(create.code).isEqualTo(429);
    assertThat(create.headers.get("Retry-After")).isEqualTo("10");
    assertThat(fake.connectors()).isEmpty();
  }

  @Test
  void theBucketRefillsAtTheLimitsRateOnTheFakesClock() throws IOException {
    fake.faults().rateLimit(RateLimit.of(3, Duration.ofSeconds(1)));
    for (int i = 0; i < 3; i++) {
      list();
    }

    clock.advance(Duration.ofMillis(333));
    assertThat(list().code).isEqualTo(429);
    clock.advance(Duration.ofMillis(1));
    assertThat(list().code).isEqualTo(200);
    assertThat(list().code).isEqualTo(429);

    clock.advance(Duration.ofSeconds(5));
    for (int i = 0; i < 3; i++) {
      assertThat(list().code).as("a refilled bucket holds at most 3").isEqualTo(200);
    }
    assertThat(list().code).isEqualTo(429);
  }

  @Test
  void routesOutsideTheLimitPassWithoutTakingATokenOrLimitHeaders() throws IOException {
    fake.faults().rateLimit(RateLimit.of(1, Duration.ofSeconds(1)).routes(Set.of(Route.CREATE)));

    for (int i = 0; i < 5; i++) {
      Http.Answer answer = list();
      assertThat(answer.code).isEqualTo(200);
      assertThat(answer.headers.get("X-RateLimit-Limit")).isNull();
    }
    assertThat(http.post(DEV + "/connectors", Configs.create("a", Configs.datagen())).code).isEqualTo(201);
    assertThat(http.post(DEV + "/connectors", Configs.create("b", Configs.datagen())).code).isEqualTo(429);
  }

  @Test
  void clearRemovesTheLimit() throws IOException {
    fake.faults().rateLimit(RateLimit.of(1, Duration.ofHours(1)));
    list();
    assertThat(list().code).isEqualTo(429);

    fake.faults().clear();

    assertThat(list().code).isEqualTo(200);
    assertThat(list().headers.get("X-RateLimit-Limit")).isNull();
  }

  @Test
  void scriptedFaultsStrikeOnlyRequestsTheLimitLetThrough() throws IOException {
    fake.faults().rateLimit(RateLimit.of(1, Duration.ofHours(1))).next(Fault.status(503));

    assertThat(list().code).isEqualTo(503);
    assertThat(list().code).isEqualTo(429);
    assertThat(fake.faults().pending()).isZero();
  }

  @Test
  void minimumTimeIsTheLimitsOwnBoundForACountOfRequests() {
    RateLimit limit = RateLimit.of(10, Duration.ofSeconds(1));

    assertThat(limit.minimumTime(100)).isEqualTo(Duration.ofSeconds(9));
    assertThat(limit.minimumTime(10)).isZero();
    assertThat(RateLimit.of(4, Duration.ofSeconds(2)).minimumTime(7)).isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateLimit.of(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> limit.routes(Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onItsOwnRealTimeClockTheLimitPacesAClientThatHonoursRetryAfter() {
    RateLimit limit = RateLimit.of(4, Duration.ofMillis(400)).clock(Clock.systemUTC());
    fake.faults().rateLimit(limit);
    try (ConnectorClient client =
        ConnectorClient.builder()
            .selfService(fake.baseUrl(), Placement.dedicated("sales", Stage.DEV))
            .bearerToken(Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
            .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
            .build()) {
      long start = System.nanoTime();
      for (int i = 0; i < 6; i++) {
        assertThat(client.list()).isEmpty();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(took).isGreaterThanOrEqualTo(limit.minimumTime(6));
      assertThat(fake.requests()).filteredOn(r -> r.status() == 429).isNotEmpty();
    }
  }
}
