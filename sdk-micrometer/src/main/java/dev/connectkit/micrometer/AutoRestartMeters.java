package dev.connectkit.micrometer;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts an {@link dev.connectkit.AutoRestartPolicy}'s decisions in {@value #DECISIONS}, tagged {@code action}
 * ({@code RESTARTED}, {@code BACKING_OFF}, {@code GAVE_UP}, {@code SKIPPED_USER_ACTIONABLE}, {@code RESTART_FAILED}):
 * alert on {@code GAVE_UP}. No connector tag (the decision's name goes to logs, not meters).
 *
 * <!-- example: io.micrometer.core.instrument.MeterRegistry meterRegistry; ConnectorClient client -->
 * <pre>{@code
 * Watch restarts = AutoRestartPolicy.builder()
 *     .listener(AutoRestartMeters.of(meterRegistry))
 *     .build()
 *     .start(client, WatchSelector.all());
 * }</pre>
 */
public final class AutoRestartMeters implements AutoRestartListener {
  /** The counter of decisions, tagged {@code action}. */
  public static final String DECISIONS = "connectkit.autorestart.decisions";

  private final Map<AutoRestartDecision.Action, Counter> counters = new EnumMap<>(AutoRestartDecision.Action.class);

  private AutoRestartMeters(MeterRegistry registry) {
    for (AutoRestartDecision.Action action : AutoRestartDecision.Action.values()) {
      counters.put(action, Counter.builder(DECISIONS)
          .description("ConnectKit: auto-restart decisions")
          .tag("action", action.name())
          .register(registry));
    }
  }

  /** Counters in {@code registry}, registered at once (each action starts at 0). */
  public static AutoRestartMeters of(MeterRegistry registry) {
    return new AutoRestartMeters(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void onDecision(AutoRestartDecision decision) {
    Objects.requireNonNull(counters.get(decision.action())).increment();
  }
}
