package dev.connectkit.connectors;

/**
 * Which part of a record a {@code $Key}/{@code $Value} transform acts on.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transforms.valueToKey("key", "id");
 * Transforms.hoistField("wrap", RecordPart.VALUE, "payload");
 * }</pre>
 */
public enum RecordPart {
  /** The record key ({@code $Key}). */
  KEY,
  /** The record value ({@code $Value}). */
  VALUE;

  String suffix() {
    return this == KEY ? "$Key" : "$Value";
  }
}
