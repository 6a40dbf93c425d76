package dev.connectkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleLagTest {
  @Test
  void everyLifecycleAwaitReturnsWithinOnePollIntervalOfTheChangeShowing() throws Exception {
    List<LifecycleLag.Trial> trials = LifecycleLag.run(3, 7);
    assertThat(trials).hasSize(2 * 5 * 3);
    assertThat(trials).allSatisfy(t -> {
      assertThat(t.lag()).as(t.target() + " " + t.operation() + " settling after " + t.settle())
          .isLessThanOrEqualTo(t.bound());
      if (t.settle().compareTo(t.options().staleReadWindow()) < 0) {
        // Within the window only evidence ends a restart or update: never the stale read.
        assertThat(t.early()).as(t.target() + " " + t.operation() + ": returned on a stale read").isFalse();
      }
    });
    assertThat(LifecycleLag.report(trials)).contains("Awaits over one poll interval: 0 of 30;");
  }
}
