package dev.connectkit.connectors.internal;

import java.util.Map;

/**
 * One piece of a connector schema: emits its properties, checks its rules, parses itself back from a config map.
 *
 * @param <C> the config type
 * @param <B> its builder
 */
public interface Part<C, B> {
  /** Writes this part's properties and secrets. */
  void emit(C config, Emitted out);

  /** Adds a violation for each broken rule. */
  void check(C config, Violations out);

  /** Reads this part from {@code in}, removing every key it consumes. */
  void parse(Map<String, String> in, B builder, Violations out);

  /** Whether {@code key} is this part's property. */
  boolean owns(String key);
}
