package dev.connectkit.connectors.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Durations in whole milliseconds or seconds, instants as epoch milliseconds, time zone ids. */
final class TimeCodecs {
  private TimeCodecs() {}

  /** A duration sent as whole seconds ({@code seconds}) or milliseconds, in {@code [min, max]}. */
  static Codec<Duration> duration(Duration min, Duration max, boolean seconds) {
    String unit = seconds ? "seconds" : "milliseconds";
    return new Codec<Duration>(
        "a Duration of whole " + unit + " between " + min + " and " + max) {
      @Override
      public String encode(Duration value) {
        return Long.toString(seconds ? value.toSeconds() : value.toMillis());
      }

      @Override
      public @Nullable Duration decode(String raw) {
        try {
          long n = Long.parseLong(raw.trim());
          return seconds ? Duration.ofSeconds(n) : Duration.ofMillis(n);
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
      }

      @Override
      public void check(String key, Duration value, Violations out) {
        boolean whole =
            seconds ? value.toNanosPart() == 0 : value.toNanosPart() % 1_000_000 == 0;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        } else if (!whole) {
          out.invalid(key, "is not a whole number of " + unit, value.toString(), expected());
        }
      }

      @Override
      public String show(Duration value) {
        return value.toString();
      }
    };
  }

  /** Milliseconds since the epoch. */
  static Codec<Instant> epochMillis() {
    return new Codec<Instant>("an Instant at or after 1970-01-01T00:00:00Z, whole milliseconds") {
      @Override
      public String encode(Instant value) {
        return Long.toString(value.toEpochMilli());
      }

      @Override
      public @Nullable Instant decode(String raw) {
        try {
          return Instant.ofEpochMilli(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, Instant value, Violations out) {
        if (value.isBefore(Instant.EPOCH)
            || value.isAfter(Instant.parse("9999-12-31T00:00:00Z"))
            || !value.truncatedTo(ChronoUnit.MILLIS).equals(value)) {
          out.invalid(key, "is out of range", value.toString(), expected());
        }
      }

      @Override
      public String show(Instant value) {
        return value.toString();
      }
    };
  }

  /** A time zone id such as {@code UTC} or {@code Europe/Berlin}. */
  static Codec<ZoneId> zoneId() {
    return new Codec<ZoneId>("a time zone id such as UTC or Europe/Berlin") {
      @Override
      public String encode(ZoneId value) {
        return value.getId();
      }

      @Override
      public @Nullable ZoneId decode(String raw) {
        try {
          return ZoneId.of(raw);
        } catch (DateTimeException e) {
          return null;
        }
      }
    };
  }
}
