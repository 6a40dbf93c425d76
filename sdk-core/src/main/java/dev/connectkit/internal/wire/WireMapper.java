package dev.connectkit.internal.wire;

import dev.connectkit.ConfigViolation;
import dev.connectkit.Connector;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.ConnectorOffsets;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ConnectorType;
import dev.connectkit.OffsetsRequestStatus;
import dev.connectkit.TaskState;
import dev.connectkit.TaskStatus;
import dev.connectkit.ValidationResult;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps Connect v1 / Kafka Connect DTOs to the public model. Shared by every target. */
public final class WireMapper {
  private WireMapper() {}

  public static Connector connector(ConnectorDto dto, String fallbackName) {
    List<Integer> tasks = new ArrayList<>();
    if (dto.tasks != null) {
      for (ConnectorDto.TaskIdDto t : dto.tasks) {
        tasks.add(t.task);
      }
    }
    Map<String, String> config = dto.config == null ? Map.of() : withoutNullValues(dto.config);
    String type = dto.type;
    return new Connector(
        orElse(dto.name, fallbackName), type == null ? ConnectorType.UNKNOWN : ConnectorType.parse(type), config, tasks);
  }


  public static ConnectorStatus status(StatusDto dto, String fallbackName) {
    StatusDto.ConnectorStateDto c = dto.connector;
    List<TaskStatus> tasks = new ArrayList<>();
    if (dto.tasks != null) {
      for (StatusDto.TaskStateDto t : dto.tasks) {
        String trace = t.msg != null && !t.msg.isEmpty() ? t.msg : orElse(t.trace, "");
        tasks.add(new TaskStatus(t.id, TaskState.of(orElse(t.state, "UNASSIGNED")), orElse(t.worker_id, ""), trace));
      }
    }
    tasks.sort(Comparator.comparingInt(TaskStatus::id));
    return new ConnectorStatus(
        orElse(dto.name, fallbackName),
        dto.type == null ? ConnectorType.UNKNOWN : ConnectorType.parse(dto.type),
        ConnectorState.of(c == null ? "NONE" : orElse(c.state, "NONE")),
        c == null ? "" : orElse(c.worker_id, ""),
        c == null ? "" : orElse(c.trace, ""),
        tasks);
  }

  public static List<ConnectorInfo> list(Map<String, ExpansionDto> map) {
    List<ConnectorInfo> out = new ArrayList<>(map.size());
    for (Map.Entry<String, ExpansionDto> e : map.entrySet()) {
      String name = e.getKey();
      ExpansionDto x = e.getValue();
      if (x == null) {
        continue;
      }
      ExpansionDto.InfoDto info = x.info;
      StatusDto statusDto = x.status;
      ConnectorStatus status =
          statusDto == null
              ? new ConnectorStatus(name, ConnectorType.UNKNOWN, ConnectorState.NONE, "", "", List.of())
              : status(statusDto, name);
      ConnectorType type =
          info != null && info.type != null ? ConnectorType.parse(info.type) : status.type();
      Map<String, String> config =
          info == null || info.config == null ? Map.of() : withoutNullValues(info.config);
      out.add(new ConnectorInfo(name, x.id == null ? null : x.id.id, type, config, status));
    }
    out.sort(Comparator.comparing(ConnectorInfo::name));
    return out;
  }

  /** The server's validate answer; its messages may echo values, so the request's secrets are scrubbed from them. */
  public static ValidationResult validation(
      ConfigInfosDto dto, String connectorClass, java.util.Collection<String> secrets) {
    List<ConfigViolation> errors = new ArrayList<>();
    if (dto.configs != null) {
      for (ConfigInfosDto.ConfigInfoDto config : dto.configs) {
        ConfigInfosDto.ValueDto v = config.value;
        if (v == null || v.errors == null) {
          continue;
        }
        for (String message : v.errors) {
          errors.add(
              ConfigViolation.of(
                  orElse(v.name, "?"),
                  dev.connectkit.internal.ErrorResponses.scrub(message, secrets),
                  null,
                  "a value the server accepts for " + orElse(v.name, "?")));
        }
      }
    }
    return new ValidationResult(orElse(dto.name, connectorClass), dto.error_count, errors);
  }

  public static ConnectorOffsets offsets(OffsetsDto dto, String fallbackName) {
    String observed = dto.metadata == null ? null : dto.metadata.observed_at;
    return new ConnectorOffsets(orElse(dto.name, fallbackName), offsetList(dto.offsets), instant(observed));
  }

  public static List<ConnectorOffset> offsetList(@Nullable List<OffsetsDto.OffsetDto> dtos) {
    List<ConnectorOffset> out = new ArrayList<>();
    if (dtos != null) {
      for (OffsetsDto.OffsetDto o : dtos) {
        out.add(new ConnectorOffset(numbers(o.partition), numbers(o.offset)));
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
    return new OffsetsRequestStatus(
        r == null ? fallbackName : orElse(r.name, fallbackName),
        r == null ? "" : orElse(r.type, ""),
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

  private static Map<String, String> withoutNullValues(Map<String, String> config) {
    Map<String, String> out = new LinkedHashMap<>();
    config.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static String orElse(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }
}
