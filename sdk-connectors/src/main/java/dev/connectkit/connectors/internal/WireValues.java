package dev.connectkit.connectors.internal;

import dev.connectkit.connectors.WireValue;
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

  private static volatile @Nullable Access access;

  private WireValues() {}

  /** Called once, by {@code WireValue}'s static initialiser. */
  public static void install(Access a) {
    if (access == null) {
      access = a;
    }
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      try {
        Class.forName(WireValue.class.getName(), true, WireValue.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = access;
      if (a == null) {
        throw new IllegalStateException("WireValue did not install its access");
      }
    }
    return a;
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
