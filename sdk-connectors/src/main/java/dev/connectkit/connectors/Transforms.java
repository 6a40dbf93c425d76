package dev.connectkit.connectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed factories for the Single Message Transforms Confluent allows on managed connectors. Richer ones have their own
 * builders: {@link InsertField}, {@link ReplaceField}, {@link TimestampConverter}. Anything else:
 * {@link Transform#of(String, String, Map)}.
 *
 * <!-- example runs -->
 * <pre>{@code
 * List<Transform> smts = List.of(
 *     Transforms.valueToKey("key", "id"),
 *     Transforms.extractField("idOnly", RecordPart.KEY, "id"),
 *     Transforms.maskField("hide", RecordPart.VALUE, "card_number"),
 *     Transforms.topicRegexRouter("route", "(.*)", "crm-$1"),
 *     Transforms.filter("dropTombstones").when(Predicate.recordIsTombstone("isTombstone")));
 * }</pre>
 */
public final class Transforms {
  private static final String KAFKA = "org.apache.kafka.connect.transforms.";
  private static final String CONFLUENT = "io.confluent.connect.transforms.";

  private Transforms() {}

  /** {@code Cast}: casts fields to types, e.g. {@code amount:float64}. */
  public static Transform cast(String alias, RecordPart part, Map<String, CastType> fields) {
    String spec =
        new LinkedHashMap<>(fields)
            .entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
    return Transform.ofSingle(alias, kafka("Cast", part), "spec", spec);
  }

  /** {@code Cast} of the whole key or value. */
  public static Transform castWhole(String alias, RecordPart part, CastType type) {
    return Transform.ofSingle(alias, kafka("Cast", part), "spec", type.toString());
  }

  /** {@code ExtractField}: replaces the key/value by one of its fields. */
  public static Transform extractField(String alias, RecordPart part, String field) {
    return Transform.ofSingle(alias, kafka("ExtractField", part), "field", field);
  }

  /** {@code HoistField}: wraps the key/value in a struct with one field. */
  public static Transform hoistField(String alias, RecordPart part, String field) {
    return Transform.ofSingle(alias, kafka("HoistField", part), "field", field);
  }

  /** {@code MaskField}: replaces fields by their type's empty value. */
  public static Transform maskField(String alias, RecordPart part, String... fields) {
    return Transform.ofSingle(alias, kafka("MaskField", part), "fields", join(fields));
  }

  /** {@code MaskField} with a replacement value. */
  public static Transform maskField(String alias, RecordPart part, List<String> fields, String replacement) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("fields", join(fields));
    config.put("replacement", replacement);
    return Transform.of(alias, kafka("MaskField", part), config);
  }

  /** {@code ValueToKey}: the key becomes a struct of these value fields. */
  public static Transform valueToKey(String alias, String... fields) {
    return Transform.ofSingle(alias, KAFKA + "ValueToKey", "fields", join(fields));
  }

  /** {@code Flatten} with the default delimiter {@code .}. */
  public static Transform flatten(String alias, RecordPart part) {
    return Transform.of(alias, kafka("Flatten", part), Map.of());
  }

  /** {@code Flatten} joining nested names with {@code delimiter}. */
  public static Transform flatten(String alias, RecordPart part, String delimiter) {
    return Transform.ofSingle(alias, kafka("Flatten", part), "delimiter", delimiter);
  }

  /**
   * {@code RegexRouter}. Confluent Cloud's docs say it is not available on managed connectors, so every connector
   * builder refuses it; use {@link #topicRegexRouter(String, String, String)} on sources.
   */
  public static Transform regexRouter(String alias, String regex, String replacement) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("regex", regex);
    config.put("replacement", replacement);
    return Transform.of(alias, KAFKA + "RegexRouter", config);
  }

  /** Confluent's {@code TopicRegexRouter} (RE2/J syntax): source connectors only. */
  public static Transform topicRegexRouter(String alias, String regex, String replacement) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("regex", regex);
    config.put("replacement", replacement);
    return Transform.of(alias, "io.confluent.connect.cloud.transforms.TopicRegexRouter", config);
  }

  /** {@code TimestampRouter}: topic becomes e.g. {@code ${topic}-${timestamp}} with {@code yyyyMMdd}. */
  public static Transform timestampRouter(String alias, String topicFormat, String timestampFormat) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("topic.format", topicFormat);
    config.put("timestamp.format", timestampFormat);
    return Transform.of(alias, KAFKA + "TimestampRouter", config);
  }

  /** Kafka's {@code Filter}: drops every record; guard it with {@link Transform#when(Predicate)}. */
  public static Transform filter(String alias) {
    return Transform.of(alias, KAFKA + "Filter", Map.of());
  }

  /** How {@link #headerFrom} treats the fields. */
  public enum HeaderOperation {
    /** Move the field into the header. */
    MOVE,
    /** Copy the field into the header. */
    COPY;

    /** {@code move} or {@code copy}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code HeaderFrom}: fields become headers (lists of equal length). */
  public static Transform headerFrom(
      String alias, RecordPart part, List<String> fields, List<String> headers, HeaderOperation operation) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("fields", join(fields));
    config.put("headers", join(headers));
    config.put("operation", operation.toString());
    return Transform.of(alias, kafka("HeaderFrom", part), config);
  }

  /** {@code InsertHeader}: adds header {@code header} with a literal value. */
  public static Transform insertHeader(String alias, String header, String value) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("header", header);
    config.put("value.literal", value);
    return Transform.of(alias, KAFKA + "InsertHeader", config);
  }

  /** {@code DropHeaders}: removes these headers. */
  public static Transform dropHeaders(String alias, String... headers) {
    return Transform.ofSingle(alias, KAFKA + "DropHeaders", "headers", join(headers));
  }

  /** What {@link #tombstoneHandler} does with a tombstone. */
  public enum TombstoneBehavior {
    /** Drop silently. */
    IGNORE,
    /** Drop and log a warning (default). */
    WARN,
    /** Fail the task. */
    FAIL;

    /** Lowercase, as sent. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Confluent's {@code TombstoneHandler}. */
  public static Transform tombstoneHandler(String alias, TombstoneBehavior behavior) {
    return Transform.ofSingle(alias, CONFLUENT + "TombstoneHandler", "behavior", behavior.toString());
  }

  /** {@code SetSchemaMetadata}: sets the schema name and/or version. */
  public static Transform setSchemaMetadata(String alias, RecordPart part, String schemaName, int version) {
    LinkedHashMap<String, String> config = new LinkedHashMap<>();
    config.put("schema.name", schemaName);
    config.put("schema.version", Integer.toString(version));
    return Transform.of(alias, kafka("SetSchemaMetadata", part), config);
  }

  /** {@code SetSchemaMetadata} setting the schema name only. */
  public static Transform setSchemaName(String alias, RecordPart part, String schemaName) {
    return Transform.ofSingle(alias, kafka("SetSchemaMetadata", part), "schema.name", schemaName);
  }

  /** The values joined by commas; one value as it is. */
  private static String join(String... values) {
    return String.join(",", values);
  }

  private static String join(List<String> values) {
    return String.join(",", values);
  }

  private static String kafka(String name, RecordPart part) {
    return KAFKA + name + part.suffix();
  }
}
