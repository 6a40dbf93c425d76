package dev.connectkit.connectors;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.internal.Codec;
import dev.connectkit.connectors.internal.ConfigStyle;
import dev.connectkit.connectors.internal.ConnectorSchema;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The Azure Event Hubs Source ({@code AzureEventHubsSource}): reads one Event Hub and writes one topic. Event bodies
 * are written as raw bytes (Confluent fixes the converters), so there is no data format to choose.
 *
 * <p>Required: placement, id, Kafka auth, {@code sharedAccessKey(name, key)}, {@code namespace} (the name, not the
 * FQDN), {@code hubName}, {@code topic}.
 *
 * <pre>{@code
 * AzureEventHubsSource hub = AzureEventHubsSource.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("telemetry-eventhubs")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .sharedAccessKey("RootManageSharedAccessKey", Secret.fromEnv("EVENTHUBS_KEY"))
 *     .namespace("my-namespace")
 *     .hubName("telemetry")
 *     .topic("sales-dev-telemetry")
 *     .startingPosition(AzureEventHubsSource.StartingPosition.END_OF_STREAM)
 *     .build();           // name sales-dev-telemetry-eventhubs-connector
 * }</pre>
 */
@ConfigStyle
@Value.Immutable
public abstract class AzureEventHubsSource extends ManagedConnector {
  /** {@code azure.eventhubs.domain}: the Azure cloud. */
  public enum Domain {
    /** Azure public cloud (default). */
    PUBLIC("servicebus.windows.net"),
    /** Azure US Government. */
    US_GOVERNMENT("servicebus.usgovcloudapi.net"),
    /** Azure Germany. */
    GERMANY("servicebus.cloudapi.de"),
    /** Azure China. */
    CHINA("servicebus.chinacloudapi.cn");

    private final String wire;

    Domain(String wire) {
      this.wire = wire;
    }

    /** The domain sent. */
    @Override
    public String toString() {
      return wire;
    }
  }

  /** {@code azure.eventhubs.partition.starting.position} when no offset is stored. */
  public enum StartingPosition {
    /** Only new events. */
    END_OF_STREAM,
    /** Everything retained (default). */
    START_OF_STREAM
  }

  /** {@code azure.eventhubs.transport.type}. */
  public enum Transport {
    /** AMQP (default). */
    AMQP,
    /** AMQP over WebSockets. */
    AMQP_WEB_SOCKETS
  }

  /** {@code azure.eventhubs.offset.type}: how progress is tracked. */
  public enum OffsetType {
    /** Event Hubs offset (default). */
    OFFSET,
    /** Sequence number. */
    SEQ_NUM
  }

  private static final ConnectorSchema<AzureEventHubsSource, Builder> SCHEMA =
      ConnectorSchema.<AzureEventHubsSource, Builder>source("AzureEventHubsSource", AzureEventHubsSource::builder)
          .required("kafka.topic", Codec.topic(false), AzureEventHubsSource::topic, Builder::topic,
              "the target topic")
          .required("azure.eventhubs.sas.keyname", Codec.string(), AzureEventHubsSource::sasKeyName,
              Builder::sasKeyName, "the shared access policy name, via sharedAccessKey(name, key)")
          .required("azure.eventhubs.sas.key", Codec.secret(), AzureEventHubsSource::sasKey, Builder::sasKey,
              "the shared access key, via sharedAccessKey(name, key)")
          .required("azure.eventhubs.namespace",
              Codec.matching("[A-Za-z][A-Za-z0-9-]{4,48}[A-Za-z0-9]",
                  "the namespace name only (6-50 letters, digits, hyphens; no .servicebus.windows.net)"),
              AzureEventHubsSource::namespace, Builder::namespace, "the Event Hubs namespace name")
          .required("azure.eventhubs.hub.name",
              Codec.matching("[A-Za-z0-9][A-Za-z0-9._-]{0,255}", "an Event Hub name: letters, digits, . _ -"),
              AzureEventHubsSource::hubName, Builder::hubName, "the Event Hub to read")
          .field("azure.eventhubs.consumer.group", Codec.string(), AzureEventHubsSource::consumerGroup,
              Builder::consumerGroup)
          .field("azure.eventhubs.domain", Codec.enumeration(Domain.class), AzureEventHubsSource::domain,
              Builder::domain)
          .always("azure.eventhubs.partition.starting.position", Codec.enumeration(StartingPosition.class),
              AzureEventHubsSource::startingPosition, Builder::startingPosition)
          .always("azure.eventhubs.transport.type", Codec.enumeration(Transport.class),
              AzureEventHubsSource::transport, Builder::transport)
          .always("azure.eventhubs.offset.type", Codec.enumeration(OffsetType.class),
              AzureEventHubsSource::offsetType, Builder::offsetType)
          .field("max.events", Codec.integer(1, Integer.MAX_VALUE), AzureEventHubsSource::maxEvents,
              Builder::maxEvents)
          .build();

  AzureEventHubsSource() {}

  /** A new builder. */
  public static Builder builder() {
    return ImmutableAzureEventHubsSource.builder();
  }

  /** A builder holding this config's values. */
  public abstract Builder toBuilder();

  /** The same connector on {@code stage}, its name re-derived. */
  public AzureEventHubsSource promote(Stage stage) {
    return toBuilder().placement(placementToPromote().withStage(stage)).build();
  }

  /**
   * Reads a config map as the server returns it (masked secrets become {@link Secret#unknown()}).
   *
   * @throws dev.connectkit.ConnectorValidationException listing every problem
   */
  public static AzureEventHubsSource fromConfig(Map<String, String> config) {
    return SCHEMA.fromConfig(config, Builder::build);
  }

  @Override
  ConnectorSchema<?, ?> connectorSchema() {
    return SCHEMA;
  }

  /** {@code kafka.topic}. Required. */
  public abstract Optional<String> topic();

  /** {@code azure.eventhubs.sas.keyname}. Required. */
  public abstract Optional<String> sasKeyName();

  /** {@code azure.eventhubs.sas.key}. Required. */
  public abstract Optional<Secret> sasKey();

  /** {@code azure.eventhubs.namespace}: the name, not the FQDN. Required. */
  public abstract Optional<String> namespace();

  /** {@code azure.eventhubs.hub.name}. Required. */
  public abstract Optional<String> hubName();

  /** {@code azure.eventhubs.consumer.group}; default {@code $Default}. */
  public abstract Optional<String> consumerGroup();

  /** {@code azure.eventhubs.domain}. */
  public abstract Optional<Domain> domain();

  /** {@code azure.eventhubs.partition.starting.position}. */
  @Value.Default
  public StartingPosition startingPosition() {
    return StartingPosition.START_OF_STREAM;
  }

  /** {@code azure.eventhubs.transport.type}. */
  @Value.Default
  public Transport transport() {
    return Transport.AMQP;
  }

  /** {@code azure.eventhubs.offset.type}. */
  @Value.Default
  public OffsetType offsetType() {
    return OffsetType.OFFSET;
  }

  /** {@code max.events}: events per poll of one partition. */
  public abstract Optional<Integer> maxEvents();

  /** Builds an {@link AzureEventHubsSource}; {@code build()} checks every rule at once. */
  public interface Builder extends ManagedConnector.Builder<Builder> {
    /** Sets {@link AzureEventHubsSource#topic()}; {@code null} clears it. */
    Builder topic(@Nullable String topic);

    /** Sets {@link AzureEventHubsSource#sasKeyName()}; {@code null} clears it. */
    Builder sasKeyName(@Nullable String sasKeyName);

    /** Sets {@link AzureEventHubsSource#sasKey()}; {@code null} clears it. */
    Builder sasKey(@Nullable Secret sasKey);

    /** Sets {@link AzureEventHubsSource#namespace()}; {@code null} clears it. */
    Builder namespace(@Nullable String namespace);

    /** Sets {@link AzureEventHubsSource#hubName()}; {@code null} clears it. */
    Builder hubName(@Nullable String hubName);

    /** Sets {@link AzureEventHubsSource#consumerGroup()}; {@code null} clears it. */
    Builder consumerGroup(@Nullable String consumerGroup);

    /** Sets {@link AzureEventHubsSource#domain()}; {@code null} clears it. */
    Builder domain(@Nullable Domain domain);

    /** Sets {@link AzureEventHubsSource#startingPosition()}. */
    Builder startingPosition(AzureEventHubsSource.StartingPosition startingPosition);

    /** Sets {@link AzureEventHubsSource#transport()}. */
    Builder transport(AzureEventHubsSource.Transport transport);

    /** Sets {@link AzureEventHubsSource#offsetType()}. */
    Builder offsetType(AzureEventHubsSource.OffsetType offsetType);

    /** Sets {@link AzureEventHubsSource#maxEvents()}; {@code null} clears it. */
    Builder maxEvents(@Nullable Integer maxEvents);

    /** The config; checks every rule at once. */
    AzureEventHubsSource build();

    /** The shared access policy name and its key. */
    default Builder sharedAccessKey(String keyName, Secret key) {
      return sasKeyName(keyName).sasKey(key);
    }
  }
}
