package dev.connectkit;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an offsets request asked for: an open set of values, like {@link ConnectorState}. The server names the type by
 * its HTTP method; a value it adds later is still parsed (it keeps its raw string, {@link #isKnown()} is false).
 *
 * <table>
 *   <caption>Offsets request types</caption>
 *   <tr><th>type</th><th>raw value</th><th>made by</th></tr>
 *   <tr><td>ALTER</td><td>PATCH</td><td>{@link ConnectorClient#alterOffsets}</td></tr>
 *   <tr><td>RESET</td><td>DELETE</td><td>{@link ConnectorClient#resetOffsets}</td></tr>
 *   <tr><td>(unknown)</td><td>as sent</td><td>a value this SDK does not know</td></tr>
 * </table>
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * OffsetsRequestStatus status = client.offsetsRequestStatus(name);
 * if (status.type().equals(OffsetsRequestType.RESET) && status.isApplied()) {
 *   System.out.println(name + " starts from the beginning");
 * }
 * }</pre>
 */
public final class OffsetsRequestType {
  /** The offsets were altered to given positions ({@code PATCH}). */
  public static final OffsetsRequestType ALTER = new OffsetsRequestType("ALTER", "PATCH", true);
  /** The offsets were reset ({@code DELETE}). */
  public static final OffsetsRequestType RESET = new OffsetsRequestType("RESET", "DELETE", true);

  private final String name;
  private final String value;
  private final boolean known;

  private OffsetsRequestType(String name, String value, boolean known) {
    this.name = name;
    this.value = value;
    this.known = known;
  }

  /** The type the server calls {@code value} ({@code PATCH}, {@code DELETE}: case-insensitive); others are kept. */
  public static OffsetsRequestType of(String value) {
    Objects.requireNonNull(value, "value");
    switch (value.toUpperCase(Locale.ROOT)) {
      case "PATCH":
        return ALTER;
      case "DELETE":
        return RESET;
      default:
        return new OffsetsRequestType(value, value, false);
    }
  }

  /** The raw value as the server sends it: {@code PATCH}, {@code DELETE}, or an unknown value as is. */
  public String value() {
    return value;
  }

  /** Whether this is {@link #ALTER} or {@link #RESET}. */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OffsetsRequestType && ((OffsetsRequestType) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@code ALTER}, {@code RESET}, or an unknown raw value. */
  @Override
  public String toString() {
    return name;
  }
}
