package dev.connectkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartDecision.Action;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Auto-restart decisions counted per action, never per connector. */
class AutoRestartMetersTest {
  @Test
  void eachDecisionCountsUnderItsActionFromZero() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    AutoRestartMeters counting = AutoRestartMeters.of(meters);
    assertThat(meters.get(AutoRestartMeters.DECISIONS).counters()).hasSize(Action.values().length)
        .allSatisfy(c -> assertThat(c.count()).isZero());

    counting.onDecision(decision(Action.RESTARTED));
    counting.onDecision(decision(Action.RESTARTED));
    counting.onDecision(decision(Action.GAVE_UP));
    assertThat(meters.get(AutoRestartMeters.DECISIONS).tag("action", "RESTARTED").counter().count()).isEqualTo(2);
    assertThat(meters.get(AutoRestartMeters.DECISIONS).tag("action", "GAVE_UP").counter().count()).isEqualTo(1);
    assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTags()).hasSize(1));
  }

  static AutoRestartDecision decision(Action action) {
    return new AutoRestartDecision("orders-sink", action, true, List.of(), 1, Duration.ZERO, "connector FAILED");
  }
}
