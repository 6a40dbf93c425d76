package dev.connectkit.samples;

import dev.connectkit.Placement;
import dev.connectkit.connectors.DataFormat;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.SnowflakeConnection;
import dev.connectkit.connectors.SnowflakeSink;
import java.time.Duration;

/**
 * The two connectors of the demo pipeline, which samples that work on an existing connector find in place on the
 * embedded fake: a Datagen source writing {@code orders} and a Snowflake sink reading it.
 *
 * <pre>{@code
 * DatagenSource source = DemoConnectors.ordersDatagen(runbook, runbook.placement());
 * SnowflakeSink sink = DemoConnectors.analyticsSnowflake(runbook, runbook.placement());
 * }</pre>
 */
public final class DemoConnectors {
  /** The Datagen source's id. */
  public static final String DATAGEN_ID = "orders-datagen";

  /** The Snowflake sink's id. */
  public static final String SNOWFLAKE_ID = "analytics-snowflake";

  private DemoConnectors() {}

  /** A Datagen source writing ORDERS records to {@code orders}; Kafka credentials from {@code KAFKA_API_*}. */
  public static DatagenSource ordersDatagen(Runbook runbook, Placement placement) {
    return DatagenSource.builder()
        .placement(placement)
        .id(DATAGEN_ID)
        .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
        .topic("orders")
        .quickstart(DatagenSource.Quickstart.ORDERS)
        .maxInterval(Duration.ofMillis(500))
        .build();
  }

  /** A Snowflake sink reading {@code orders} into ANALYTICS.RAW; the key from {@code SNOWFLAKE_PRIVATE_KEY}. */
  public static SnowflakeSink analyticsSnowflake(Runbook runbook, Placement placement) {
    return SnowflakeSink.builder()
        .placement(placement)
        .id(SNOWFLAKE_ID)
        .kafkaAuth(KafkaAuth.apiKey(runbook.secret("KAFKA_API_KEY"), runbook.secret("KAFKA_API_SECRET")))
        .topics("orders")
        .snowflake(SnowflakeConnection.of("https://myorg-demo.snowflakecomputing.com", "KAFKA_CONNECTOR",
            runbook.secret("SNOWFLAKE_PRIVATE_KEY")))
        .database("ANALYTICS")
        .schema("RAW")
        .inputFormat(DataFormat.JSON)
        .build();
  }
}
