package dev.connectkit;

import java.util.Locale;

/**
 * Whether a connector moves data into Kafka ({@link #SOURCE}) or out of it ({@link #SINK}).
 *
 * <!-- example: ConnectorClient client; String name -->
 * <pre>{@code
 * if (client.get(name).type() == ConnectorType.SINK) {
 *   System.out.println(name + " reads from Kafka");
 * }
 * }</pre>
 */
public enum ConnectorType {
  /** Reads an external system and writes to Kafka topics. */
  SOURCE,
  /** Reads Kafka topics and writes to an external system. */
  SINK,
  /** The server did not say (self-managed Kafka Connect may answer {@code unknown}). */
  UNKNOWN;

  private static final ConnectorType[] ALL = values();

  /** {@code source}, {@code sink} or {@code unknown}, as on the wire. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type named {@code text} (case-insensitive); {@link #UNKNOWN} for anything else. */
  public static ConnectorType parse(String text) {
    for (ConnectorType type : ALL) {
      if (type.name().equalsIgnoreCase(text)) {
        return type;
      }
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return id();
  }
}
