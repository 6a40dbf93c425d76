package dev.connectkit.connectors.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

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

  /**
   * Checks, then emits unless a violation has been found (in this part or earlier): a config with a violation is
   * never built, so what it would emit does not matter. Parts that read a value for both override this to read it
   * once.
   */
  default void checkAndEmit(C config, Violations violations, Emitted out) {
    check(config, violations);
    if (violations.isEmpty()) {
      emit(config, out);
    }
  }

  /** Reads this part from {@code in}, removing every key it consumes. */
  void parse(Map<String, String> in, B builder, Violations out);

  /** Whether {@code key} is this part's property. */
  boolean owns(String key);

  /** Whether {@code key} is this part's property and a secret. */
  default boolean ownsSecret(String key) {
    return false;
  }

  /**
   * Whether {@code key} is this part's property and is sent only when set: the builder neither requires it nor always
   * sends it, so a value the server filled in may be read as not set.
   */
  default boolean sentOnlyWhenSet(String key) {
    return false;
  }

  /**
   * What would be valid, when {@code key} is this part's enum-valued property and {@code raw} is none of the values
   * its codec reads; null otherwise (not this part's, not an enum, or readable).
   */
  default @Nullable String unreadableEnum(String key, String raw) {
    return null;
  }
}
