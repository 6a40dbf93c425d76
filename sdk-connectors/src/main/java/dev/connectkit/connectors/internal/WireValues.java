package dev.connectkit.connectors.internal;

import dev.connectkit.connectors.WireValue;
import dev.connectkit.internal.Installed;
import org.jspecify.annotations.Nullable;

/**
 * The parts of {@link WireValue} only {@code fromConfig} needs (a value as read, a default left out, whether it still
 * applies), kept off the public API: {@code WireValue} hands them over when it is initialised.
 */
public final class WireValues {
  /** What {@code WireValue} lends this package. */
  public interface Access {
    WireValue read(String value, @Nullable String typedAtRead);

    WireValue omitted(String typedAtRead);

    boolean appliesTo(WireValue wire, @Nullable String typed);
  }

  private static final Installed<Access> ACCESS = new Installed<>(WireValue.class);

  private WireValues() {}

  /** Called once, by {@code WireValue}'s static initialiser. */
  public static void install(Access a) {
    ACCESS.install(a);
  }

  private static Access access() {
    return ACCESS.get();
  }

  /** {@code value} as read, sent while the typed value still emits {@code typedAtRead}. */
  public static WireValue read(String value, @Nullable String typedAtRead) {
    return access().read(value, typedAtRead);
  }

  /** A property left out as read, where the builder would send {@code typedAtRead}. */
  public static WireValue omitted(String typedAtRead) {
    return access().omitted(typedAtRead);
  }

  /** Whether {@code wire} replaces the typed value that emits {@code typed} (null: nothing emitted). */
  public static boolean appliesTo(WireValue wire, @Nullable String typed) {
    return access().appliesTo(wire, typed);
  }
}
