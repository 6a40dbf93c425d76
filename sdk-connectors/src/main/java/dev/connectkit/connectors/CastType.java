package dev.connectkit.connectors;

import java.util.Locale;

/**
 * A target type of the {@code Cast} transform.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transforms.cast("types", RecordPart.VALUE, Map.of("amount", CastType.FLOAT64));
 * }</pre>
 */
public enum CastType {
  /** 8-bit integer. */
  INT8,
  /** 16-bit integer. */
  INT16,
  /** 32-bit integer. */
  INT32,
  /** 64-bit integer. */
  INT64,
  /** 32-bit float. */
  FLOAT32,
  /** 64-bit float. */
  FLOAT64,
  /** Boolean. */
  BOOLEAN,
  /** String. */
  STRING;

  /** The lowercase name Connect expects. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
