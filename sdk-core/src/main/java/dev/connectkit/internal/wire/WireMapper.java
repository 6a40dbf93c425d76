package dev.connectkit.internal.wire;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.OffsetsRequestType;
import dev.connectkit.ValidationResult;
import dev.connectkit.internal.Responses;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the Connect v1 / Kafka Connect DTOs of the less frequent answers (validation, offsets) to the public model;
 * connectors, statuses and lists decode straight into it ({@link WireJson}). Shared by every target.
 */
public final class WireMapper {
  private WireMapper() {}

  /** {@code connector}, named {@code fallbackName} if the server's answer had no name. */
  public static Connector named(Connector connector, String fallbackName) {
    return connector.name().isEmpty()
        ? Responses.factory().connector(fallbackName, connector.type(), connector.config(), connector.taskIds())
        : connector;
  }

  /** {@code status}, named {@code fallbackName} if the server's answer had no name. */
  public static ConnectorStatus named(ConnectorStatus status, String fallbackName) {
    return status.name().isEmpty()
        ? Responses.factory().status(
            fallbackName, status.type(), status.state(), status.workerId(), status.trace(), status.tasks())
        : status;
  }

  /** The server's validate answer; its messages may echo values, so every string passes through {@code scrubber}. */
  public static ValidationResult validation(
      ConfigInfosDto dto, String connectorClass, dev.connectkit.internal.Scrubber scrubber) {
    List<ConfigViolation> errors = new ArrayList<>();
    if (dto.configs != null) {
      for (ConfigInfosDto.ConfigInfoDto config : dto.configs) {
        ConfigInfosDto.ValueDto v = config.value;
        if (v == null || v.errors == null) {
          continue;
        }
        for (String message : v.errors) {
          String key = scrubber.scrub(orElse(v.name, "?"), 256);
          errors.add(
              ConfigViolation.of(
                  key,
                  scrubber.scrub(orElse(message, ""), 2000),
                  null,
                  "a value the server accepts for " + key));
        }
      }
    }
    return Responses.factory()
        .validation(scrubber.scrub(orElse(dto.name, connectorClass), 256), dto.error_count, errors);
  }

  public static ConnectorOffsets offsets(OffsetsDto dto, String fallbackName) {
    String observed = dto.metadata == null ? null : dto.metadata.observed_at;
    return Responses.factory().offsets(orElse(dto.name, fallbackName), offsetList(dto.offsets), instant(observed));
  }

  public static List<ConnectorOffset> offsetList(@Nullable List<OffsetsDto.OffsetDto> dtos) {
    List<ConnectorOffset> out = new ArrayList<>();
    if (dtos != null) {
      for (OffsetsDto.OffsetDto o : dtos) {
        out.add(ConnectorOffset.of(numbers(o.partition), numbers(o.offset)));
      }
    }
    return out;
  }

  public static List<OffsetsDto.OffsetDto> offsetDtos(List<ConnectorOffset> offsets) {
    List<OffsetsDto.OffsetDto> out = new ArrayList<>(offsets.size());
    for (ConnectorOffset o : offsets) {
      OffsetsDto.OffsetDto dto = new OffsetsDto.OffsetDto();
      dto.partition = new LinkedHashMap<>(o.partition());
      dto.offset = new LinkedHashMap<>(o.offset());
      out.add(dto);
    }
    return out;
  }

  public static OffsetsRequestStatus offsetsStatus(AlterOffsetsStatusDto dto, String fallbackName) {
    AlterOffsetsStatusDto.RequestDto r = dto.request;
    AlterOffsetsStatusDto.PhaseDto p = dto.status;
    return Responses.factory().offsetsStatus(
        r == null ? fallbackName : orElse(r.name, fallbackName),
        OffsetsRequestType.of(r == null ? "" : orElse(r.type, "")),
        p == null ? "PENDING" : orElse(p.phase, "PENDING"),
        p == null ? "" : orElse(p.message, ""),
        r == null ? null : instant(r.requested_at),
        instant(dto.applied_at));
  }

  /** JSON numbers arrive as doubles; whole ones go back to longs so they are re-sent as {@code 42}, not {@code 42.0}. */
  private static Map<String, Object> numbers(@Nullable Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (in != null) {
      in.forEach(
          (k, v) -> {
            if (v instanceof Double && ((Double) v) == Math.rint((Double) v) && !((Double) v).isInfinite()) {
              out.put(k, ((Double) v).longValue());
            } else if (v != null) {
              out.put(k, v);
            }
          });
    }
    return out;
  }

  /** Parses the timestamp shapes Connect v1 uses ({@code 2024-02-20 15:14:19+00:00}, {@code …T…+0000}, ISO). */
  public static @Nullable Instant instant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().replace(' ', 'T');
    if (t.matches(".*[+-]\\d{4}$")) {
      t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(t);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  public static <T> T requireBody(@Nullable T body, String operation) {
    if (body == null) {
      throw new ConnectorException("the server sent no body for " + operation);
    }
    return body;
  }

  private static String orElse(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }
}
