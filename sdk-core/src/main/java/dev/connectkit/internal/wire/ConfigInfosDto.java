package dev.connectkit.internal.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Connect validate response: {@code {name, error_count, groups, configs:[{definition, value}]}}. */
public final class ConfigInfosDto {
  public @Nullable String name;
  public int error_count;
  public @Nullable List<String> groups;
  public @Nullable List<ConfigInfoDto> configs;

  /** One config. */
  public static final class ConfigInfoDto {
    public @Nullable ValueDto value;
  }

  /** {@code value} of one config. */
  public static final class ValueDto {
    public @Nullable String name;
    public @Nullable String value;
    public @Nullable List<String> errors;
  }
}
