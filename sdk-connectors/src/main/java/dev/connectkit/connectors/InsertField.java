package dev.connectkit.connectors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an {@code InsertField$Key}/{@code $Value} transform: adds record metadata or a constant as fields. Suffix a
 * field name with {@code !} to make it required or {@code ?} for optional. The offset field exists on sinks only.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transform meta = InsertField.builder("meta", RecordPart.VALUE)
 *     .topicField("kafka_topic")
 *     .timestampField("kafka_ts")
 *     .staticField("source", "crm")
 *     .build();
 * }</pre>
 */
public final class InsertField {
  private final String alias;
  private final RecordPart part;
  private final Map<String, String> config = new LinkedHashMap<>();

  private InsertField(String alias, RecordPart part) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.part = Objects.requireNonNull(part, "part");
  }

  /** A new builder for transform {@code alias} acting on {@code part}. */
  public static InsertField builder(String alias, RecordPart part) {
    return new InsertField(alias, part);
  }

  /** Field receiving the topic name. */
  public InsertField topicField(String field) {
    config.put("topic.field", Objects.requireNonNull(field, "field"));
    return this;
  }

  /** Field receiving the partition. */
  public InsertField partitionField(String field) {
    config.put("partition.field", Objects.requireNonNull(field, "field"));
    return this;
  }

  /** Field receiving the offset (sink connectors only). */
  public InsertField offsetField(String field) {
    config.put("offset.field", Objects.requireNonNull(field, "field"));
    return this;
  }

  /** Field receiving the record timestamp. */
  public InsertField timestampField(String field) {
    config.put("timestamp.field", Objects.requireNonNull(field, "field"));
    return this;
  }

  /** A field with a constant value. */
  public InsertField staticField(String field, String value) {
    config.put("static.field", Objects.requireNonNull(field, "field"));
    config.put("static.value", Objects.requireNonNull(value, "value"));
    return this;
  }

  /** The transform. */
  public Transform build() {
    return Transform.of(alias, "org.apache.kafka.connect.transforms.InsertField" + part.suffix(), config);
  }
}
