package dev.connectkit.connectors;

import java.util.Locale;

/**
 * {@code errors.tolerance}: whether a record that fails conversion or a transform fails the task ({@link #NONE}) or is
 * skipped ({@link #ALL}; sinks send it to the dead letter queue). Confluent's defaults: sinks {@code all}, sources
 * {@code none}. The framework retry window ({@code errors.retry.timeout} 5 min) and delay
 * ({@code errors.retry.delay.max.ms} 30 s) are fixed by Confluent Cloud and not settable.
 *
 * <!-- example: DatagenSource.Builder builder -->
 * <pre>{@code
 * builder.errorTolerance(ErrorTolerance.NONE);
 * }</pre>
 */
public enum ErrorTolerance {
  /** Fail the task on the first bad record. */
  NONE,
  /** Skip bad records (sinks: to the dead letter queue). Use on sources with care: data is lost. */
  ALL;

  /** {@code none} or {@code all}, as sent. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
