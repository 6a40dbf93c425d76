package dev.connectkit.connectors;

import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The Datagen Source ({@code DatagenSource}): mock records for development and tests, from one of Confluent's
 * quickstart schemas or an inline Avro schema, written to one topic.
 *
 * <p>Required: placement, id, Kafka auth, {@code topic} ({@code kafka.topic}), and exactly one of {@code quickstart}
 * or {@code schemaString}. {@code outputFormat} defaults to {@code JSON} (also AVRO, JSON_SR, PROTOBUF).
 *
 * <!-- example: Map<String, String> serverConfigMap -->
 * <pre>{@code
 * DatagenSource orders = DatagenSource.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("orders-datagen")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .topic("sales-dev-orders")
 *     .quickstart(DatagenSource.Quickstart.ORDERS)
 *     .outputFormat(DataFormat.AVRO)
 *     .maxInterval(Duration.ofMillis(500))
 *     .addTransform(Transforms.valueToKey("key", "orderid"))
 *     .build();                      // name sales-dev-orders-datagen-connector
 * DatagenSource qas = orders.promote(Stage.QAS);
 * DatagenSource back = DatagenSource.fromConfig(serverConfigMap);
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class DatagenSource extends ManagedConnector {
  /** The quickstart schemas ({@code quickstart}). */
  public enum Quickstart {
    CLICKSTREAM_CODES, CLICKSTREAM, CLICKSTREAM_USERS, ORDERS, RATINGS, USERS, USERS_ARRAY, PAGEVIEWS, STOCK_TRADES,
    INVENTORY, PRODUCT, PURCHASES, TRANSACTIONS, STORES, CREDIT_CARDS, CAMPAIGN_FINANCE, FLEET_MGMT_DESCRIPTION,
    FLEET_MGMT_LOCATION, FLEET_MGMT_SENSORS, PIZZA_ORDERS, PIZZA_ORDERS_COMPLETED, PIZZA_ORDERS_CANCELLED,
    INSURANCE_OFFERS, INSURANCE_CUSTOMERS, INSURANCE_CUSTOMER_ACTIVITY, GAMING_GAMES, GAMING_PLAYERS,
    GAMING_PLAYER_ACTIVITY, PAYROLL_EMPLOYEE, PAYROLL_EMPLOYEE_LOCATION, PAYROLL_BONUS, SYSLOG_LOGS,
    DEVICE_INFORMATION, SIEM_LOGS, SHOES, SHOE_CUSTOMERS, SHOE_ORDERS, SHOE_CLICKSTREAM
  }

  private static final ConnectorSchema<DatagenSource, Builder> SCHEMA =
      ConnectorSchema.<DatagenSource, Builder>source("DatagenSource", DatagenSource::builder)
          .required("kafka.topic", Codec.topic(false), DatagenSource::topic, Builder::topic,
              "the target topic, e.g. sales-dev-orders")
          .always("output.data.format",
              Codec.enumeration(EnumSet.of(DataFormat.AVRO, DataFormat.JSON_SR, DataFormat.PROTOBUF, DataFormat.JSON)),
              DatagenSource::outputFormat, Builder::outputFormat)
          .field("quickstart", Codec.enumeration(Quickstart.class), DatagenSource::quickstart, Builder::quickstart)
          .field("schema.string", Codec.string(), DatagenSource::schemaString, Builder::schemaString)
          .field("schema.keyfield", Codec.string(), DatagenSource::schemaKeyField, Builder::schemaKeyField)
          .field("max.interval", Codec.millis(Duration.ofMillis(1), Duration.ofMillis(Integer.MAX_VALUE)),
              DatagenSource::maxInterval, Builder::maxInterval)
          .rule((c, out) -> {
            // an empty schema.string is "not set" to Confluent, and read-backs carry it
            if (c.quickstart().isPresent() == c.schemaString().filter(s -> !s.isEmpty()).isPresent()) {
              out.invalid("quickstart",
                  c.quickstart().isPresent() ? "is set together with schema.string" : "is required",
                  c.quickstart().map(String::valueOf).orElse(null),
                  "exactly one of quickstart(Quickstart) or schemaString(avroSchemaJson)");
            }
          })
          .build();

  DatagenSource() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableDatagenSource.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public DatagenSource promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link dev.connectkit.Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static DatagenSource fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code kafka.topic}: the target topic. Required. */
  public abstract Optional<String> topic();

  /** {@code output.data.format}; default {@code JSON}. */
  @Value.Default
  public DataFormat outputFormat() {
    return DataFormat.JSON;
  }

  /** {@code quickstart}. Either this or {@link #schemaString()}. */
  public abstract Optional<Quickstart> quickstart();

  /** {@code schema.string}: an inline Avro schema with datagen hints. */
  public abstract Optional<String> schemaString();

  /** {@code schema.keyfield}: the field used as record key. */
  public abstract Optional<String> schemaKeyField();

  /** {@code max.interval}: upper bound of the random pause between records. */
  public abstract Optional<Duration> maxInterval();

  /** Builds a {@link DatagenSource}; {@code build()} checks every rule at once. */
  public interface Builder extends ManagedConnector.Builder<Builder> {
    /** Sets {@link DatagenSource#topic()}; {@code null} clears it. */
    Builder topic(@Nullable String topic);

    /** Sets {@link DatagenSource#outputFormat()}. */
    Builder outputFormat(DataFormat outputFormat);

    /** Sets {@link DatagenSource#quickstart()}; {@code null} clears it. */
    Builder quickstart(@Nullable Quickstart quickstart);

    /** Sets {@link DatagenSource#schemaString()}; {@code null} clears it. */
    Builder schemaString(@Nullable String schemaString);

    /** Sets {@link DatagenSource#schemaKeyField()}; {@code null} clears it. */
    Builder schemaKeyField(@Nullable String schemaKeyField);

    /** Sets {@link DatagenSource#maxInterval()}; {@code null} clears it. */
    Builder maxInterval(@Nullable Duration maxInterval);

    /** The config; checks every rule at once. */
    DatagenSource build();
  }
}
