package dev.connectkit.connectors;

import dev.connectkit.connectors.internal.WireValues;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a modelled property is sent as, in place of its typed value: the escape hatch for a value this SDK does not
 * know yet (a new enum constant, like Moshi's unknown fallback) and the memory of a spelling Confluent accepts but the
 * builder writes differently ({@code ignore} for {@code IGNORE}, {@code Content-Type:application/json} for
 * {@code Content-Type: application/json}).
 *
 * <p>{@link #of(String)} is always sent. {@code fromConfig} records what it read as a wire value too: sent only while
 * the typed value still emits as it did when read, so a typed value set afterwards wins. A property the config left
 * out, which the builder would send with its default, is recorded as omitted ({@link #value()} empty) and stays out
 * while the default is unchanged.
 *
 * <!-- example: HttpSinkV2.Builder builder -->
 * <pre>{@code
 * builder.wireValue("behavior.on.error", WireValue.of("LOG"));   // a value newer than this SDK
 * }</pre>
 */
public final class WireValue {
  private final @Nullable String value;
  private final boolean conditional;
  private final @Nullable String typedAtRead;

  private WireValue(@Nullable String value, boolean conditional, @Nullable String typedAtRead) {
    this.value = value;
    this.conditional = conditional;
    this.typedAtRead = typedAtRead;
  }

  /** {@code value}, sent as given whatever the typed value is. */
  public static WireValue of(String value) {
    return new WireValue(Objects.requireNonNull(value, "value"), false, null);
  }

  static {
    WireValues.install(new WireValues.Access() {
      @Override
      public WireValue read(String value, @Nullable String typedAtRead) {
        return WireValue.read(value, typedAtRead);
      }

      @Override
      public WireValue omitted(String typedAtRead) {
        return WireValue.omitted(typedAtRead);
      }

      @Override
      public boolean appliesTo(WireValue wire, @Nullable String typed) {
        return wire.appliesTo(typed);
      }
    });
  }

  /**
   * {@code value} as read from a config whose typed value emitted {@code typedAtRead} (null: the builder could not
   * read the value, or emitted nothing): sent while the typed value still emits that.
   */
  static WireValue read(String value, @Nullable String typedAtRead) {
    return new WireValue(Objects.requireNonNull(value, "value"), true, typedAtRead);
  }

  /** Left out as read, where the builder would have sent {@code typedAtRead}: not sent while it still would. */
  static WireValue omitted(String typedAtRead) {
    return new WireValue(null, true, Objects.requireNonNull(typedAtRead, "typedAtRead"));
  }

  /** What is sent; empty for a property left out. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Whether this replaces the typed value that emits {@code typed} (null: nothing emitted): always for
   * {@link #of}, otherwise while {@code typed} is what was emitted when the config was read.
   */
  boolean appliesTo(@Nullable String typed) {
    return !conditional || Objects.equals(typed, typedAtRead);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WireValue
        && Objects.equals(((WireValue) o).value, value)
        && ((WireValue) o).conditional == conditional
        && Objects.equals(((WireValue) o).typedAtRead, typedAtRead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, conditional, typedAtRead);
  }

  @Override
  public String toString() {
    String shown = value == null ? "(omitted)" : "'" + value + "'";
    return conditional ? shown + " while the typed value emits '" + typedAtRead + "'" : shown;
  }
}
