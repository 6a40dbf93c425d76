package dev.connectkit.connectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds a {@code ReplaceField$Key}/{@code $Value} transform: keeps, drops or renames fields.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transform tidy = ReplaceField.builder("tidy", RecordPart.VALUE)
 *     .exclude("password", "ssn")
 *     .rename("cust_id", "customerId")
 *     .build();
 * }</pre>
 */
public final class ReplaceField {
  private final String alias;
  private final RecordPart part;
  private final Map<String, String> renames = new LinkedHashMap<>();
  private List<String> include = List.of();
  private List<String> exclude = List.of();

  private ReplaceField(String alias, RecordPart part) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.part = Objects.requireNonNull(part, "part");
  }

  /** A new builder for transform {@code alias} acting on {@code part}. */
  public static ReplaceField builder(String alias, RecordPart part) {
    return new ReplaceField(alias, part);
  }

  /** Keep only these fields. */
  public ReplaceField include(String... fields) {
    this.include = List.of(fields);
    return this;
  }

  /** Drop these fields. */
  public ReplaceField exclude(String... fields) {
    this.exclude = List.of(fields);
    return this;
  }

  /** Rename field {@code from} to {@code to}. */
  public ReplaceField rename(String from, String to) {
    renames.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    return this;
  }

  /** The transform. */
  public Transform build() {
    Map<String, String> config = new LinkedHashMap<>();
    if (!include.isEmpty()) {
      config.put("include", String.join(",", include));
    }
    if (!exclude.isEmpty()) {
      config.put("exclude", String.join(",", exclude));
    }
    if (!renames.isEmpty()) {
      config.put(
          "renames",
          renames.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
    }
    return Transform.of(alias, "org.apache.kafka.connect.transforms.ReplaceField" + part.suffix(), config);
  }
}
