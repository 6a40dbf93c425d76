package dev.connectkit.connectors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@code TimestampConverter$Key}/{@code $Value} transform: converts a field (or the whole key/value)
 * between string, unix and the Connect Date/Time/Timestamp types.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transform ts = TimestampConverter.builder("ts", RecordPart.VALUE, TimestampConverter.Target.STRING)
 *     .field("created_at")
 *     .format("yyyy-MM-dd'T'HH:mm:ss")
 *     .build();
 * }</pre>
 */
public final class TimestampConverter {
  /** The {@code target.type}. */
  public enum Target {
    /** A formatted string (needs {@link #format(String)}). */
    STRING("string"),
    /** Epoch number. */
    UNIX("unix"),
    /** Connect Date. */
    DATE("Date"),
    /** Connect Time. */
    TIME("Time"),
    /** Connect Timestamp. */
    TIMESTAMP("Timestamp");

    private final String wire;

    Target(String wire) {
      this.wire = wire;
    }

    /** The value Connect expects. */
    @Override
    public String toString() {
      return wire;
    }
  }

  /** The {@code unix.precision}. */
  public enum UnixPrecision {
    /** Seconds. */
    SECONDS,
    /** Milliseconds (default). */
    MILLISECONDS,
    /** Microseconds. */
    MICROSECONDS,
    /** Nanoseconds. */
    NANOSECONDS;

    /** The lowercase value Connect expects. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String alias;
  private final RecordPart part;
  private final Map<String, String> config = new LinkedHashMap<>();

  private TimestampConverter(String alias, RecordPart part, Target target) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.part = Objects.requireNonNull(part, "part");
    config.put("target.type", target.toString());
  }

  /** A new builder converting to {@code target}. */
  public static TimestampConverter builder(String alias, RecordPart part, Target target) {
    return new TimestampConverter(alias, part, Objects.requireNonNull(target, "target"));
  }

  /** The field to convert (default: the whole key/value). */
  public TimestampConverter field(String field) {
    config.put("field", Objects.requireNonNull(field, "field"));
    return this;
  }

  /** A {@code SimpleDateFormat} pattern, required when converting to or from a string. */
  public TimestampConverter format(String pattern) {
    config.put("format", Objects.requireNonNull(pattern, "pattern"));
    return this;
  }

  /** Precision of unix values. */
  public TimestampConverter unixPrecision(UnixPrecision precision) {
    config.put("unix.precision", precision.toString());
    return this;
  }

  /** The transform. */
  public Transform build() {
    return Transform.of(alias, "org.apache.kafka.connect.transforms.TimestampConverter" + part.suffix(), config);
  }
}
