package dev.connectkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeClockTest {
  @Test
  void startsAtDefaultAndMovesOnlyWhenAdvanced() {
    FakeClock clock = new FakeClock();

    assertThat(clock.instant()).isEqualTo(FakeClock.DEFAULT_START);
    clock.advance(Duration.ofSeconds(90));
    assertThat(clock.instant()).isEqualTo(FakeClock.DEFAULT_START.plusSeconds(90));
  }

  @Test
  void refusesToMoveBackwardsButCanBeSet() {
    FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    clock.set(Instant.parse("2029-01-01T00:00:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z").toEpochMilli());
  }
}
