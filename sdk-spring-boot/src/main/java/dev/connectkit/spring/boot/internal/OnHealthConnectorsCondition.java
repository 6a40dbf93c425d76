package dev.connectkit.spring.boot.internal;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code connectkit.health.connectors} names a connector, in any form: a comma-separated value or a YAML
 * list ({@code connectors[0]}), which {@code @ConditionalOnProperty} would not see.
 */
public final class OnHealthConnectorsCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<String> names = Binder.get(context.getEnvironment())
        .bind("connectkit.health.connectors", Bindable.listOf(String.class))
        .orElse(List.of());
    return names.isEmpty()
        ? ConditionOutcome.noMatch("connectkit.health.connectors names no connector")
        : ConditionOutcome.match("connectkit.health.connectors names " + names.size() + " connector(s)");
  }
}
