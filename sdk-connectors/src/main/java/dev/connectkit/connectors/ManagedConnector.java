package dev.connectkit.connectors;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.connectors.internal.ConfigFields;
import dev.connectkit.connectors.internal.ConnectorSchema;
import dev.connectkit.connectors.internal.Emitted;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What every typed managed-connector config shares: placement and id (giving the name) or a raw name, Kafka
 * credentials, {@code tasks.max}, {@code errors.tolerance}, Single Message Transforms, the {@code extraProperty} escape
 * hatch and {@link WireValue}s.
 * Values are immutable; {@code build()} checks every rule and throws one
 * {@link dev.connectkit.ConnectorValidationException} listing all violations.
 *
 * <!-- example: Map<String, String> serverConfig -->
 * <pre>{@code
 * DatagenSource config = DatagenSource.builder()
 *     .placement(Placement.dedicated("sales", Stage.DEV))
 *     .id("orders-datagen")
 *     .kafkaAuth(KafkaAuth.serviceAccount("sa-abc123"))
 *     .topic("sales-dev-orders")
 *     .quickstart(DatagenSource.Quickstart.ORDERS)
 *     .build();
 * ManagedConnector generic = config;
 * generic.properties();   // exactly what is sent
 * DatagenSource running = DatagenSource.fromConfig(serverConfig);   // any name; sent back exactly as read
 * }</pre>
 */
public abstract class ManagedConnector implements ConnectorConfig {
  ManagedConnector() {}

  /** Where the connector lives. Required unless the config has a {@link #rawName()}. */
  public abstract Optional<Placement> placement();

  /**
   * The connector's identifier within its placement, e.g. {@code analytics-snowflake}, as given. Required.
   * {@link #name()} normalises it as the portal does ({@code Analytics_Snowflake} becomes {@code analytics-snowflake});
   * a config read back with {@code fromConfig} holds the normalised form.
   */
  public abstract Optional<String> id();

  /**
   * The full name of a connector outside the portal's naming convention, used as is: either this or placement and id.
   * For the Confluent Cloud and Kafka Connect targets (the Self-Service target composes names itself and refuses it).
   * {@code fromConfig} keeps here a name that does not parse as placement and id.
   */
  public abstract Optional<String> rawName();

  /**
   * {@code kafka.auth.mode} and its credentials. Required: {@code build()} refuses a config without, so every config
   * has them.
   */
  public final KafkaAuth kafkaAuth() {
    KafkaAuth auth = kafkaAuthOrNull();
    if (auth == null) {
      throw new IllegalStateException("a built config always has kafkaAuth");
    }
    return auth;
  }

  /** The credentials as set on the builder: null only until {@code build()} has checked them. */
  abstract @Nullable KafkaAuth kafkaAuthOrNull();

  static {
    ConfigFields.install(ManagedConnector::kafkaAuthOrNull);
  }

  /** {@code tasks.max}, at least 1; default 1. */
  @Value.Default
  public int tasksMax() {
    return 1;
  }

  /** {@code errors.tolerance}; Confluent's default applies when empty (sinks {@code all}, sources {@code none}). */
  public abstract Optional<ErrorTolerance> errorTolerance();

  /** The Single Message Transforms, in the order they run. */
  public abstract List<Transform> transforms();

  /**
   * Properties the builder does not model yet, sent as given. A key the builder models is refused at
   * {@code build()}: set it through its typed method, or send a raw value with {@link #wireValues()}.
   */
  public abstract Map<String, String> extraProperties();

  /**
   * Secret properties the builder does not model yet (key stores, proxy passwords), sent only as secrets. A key the
   * builder models is refused at {@code build()}.
   */
  public abstract Map<String, Secret> extraSecrets();

  /**
   * Modelled properties sent as a given string instead of their typed value: see {@link WireValue}. Secret
   * properties are refused. {@code fromConfig} records here every value it read in a spelling the builder writes
   * differently, every value it cannot read (an enum constant newer than this SDK) and every default the config left
   * out, so that an unchanged config is sent back exactly as it was read.
   */
  public abstract Map<String, WireValue> wireValues();

  /**
   * The placement that {@code promote} moves to another stage.
   *
   * @throws IllegalStateException for a config with a raw name, which has no stage
   */
  Placement placementToPromote() {
    return placement().orElseThrow(() -> new IllegalStateException(
        "connector '" + rawName().orElse("") + "' has a raw name and no placement: promote(stage) needs placement(...)"
            + " and id(...)"));
  }

  /** Each connector's own schema: the properties it emits and parses, and its rules. */
  ConnectorSchema<?, ?> connectorSchema() {
    throw new UnsupportedOperationException("every connector overrides connectorSchema()");
  }

  @SuppressWarnings("unchecked")
  private ConnectorSchema<ManagedConnector, ?> ownSchema() {
    return (ConnectorSchema<ManagedConnector, ?>) connectorSchema();
  }

  /**
   * Checks every rule at {@code build()}, collecting all violations, and in the same pass computes what the config is
   * sent as: its name, properties and secrets, kept for every later call (a config is immutable).
   */
  @Value.Derived
  @Value.Auxiliary
  Emitted emitted() {
    return ownSchema().checkAndEmit(this);
  }

  /**
   * {@code ConnectorName.of(placement, id)}, e.g. {@code edh-shared-scada-dev-analytics-snowflake-connector}, or
   * {@code ConnectorName.raw(rawName)}.
   */
  @Override
  public ConnectorName name() {
    return emitted().name();
  }

  @Override
  public String connectorClass() {
    return ownSchema().plugin();
  }

  @Override
  public ConnectorType type() {
    return ownSchema().type();
  }

  @Override
  public Map<String, String> properties() {
    return emitted().properties();
  }

  @Override
  public Map<String, Secret> secrets() {
    return emitted().secrets();
  }

  /** Whether a secret is {@link Secret#unknown()} (read back masked): such a config cannot be sent. */
  public boolean hasUnknownSecrets() {
    for (Secret s : secrets().values()) {
      if (!s.isKnown()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What every connector builder offers.
   *
   * @param <B> the concrete builder
   */
  public interface Builder<B extends Builder<B>> {
    /** Where the connector lives; {@code null} clears it. */
    B placement(@Nullable Placement placement);

    /** The identifier; normalised as the portal does; {@code null} clears it. */
    B id(@Nullable String id);

    /** A name outside the portal's convention, instead of placement and id; {@code null} clears it. */
    B rawName(@Nullable String rawName);

    /** Kafka credentials; {@code null} clears it. */
    B kafkaAuth(@Nullable KafkaAuth kafkaAuth);

    /** {@code tasks.max}. */
    B tasksMax(int tasksMax);

    /** {@code errors.tolerance}; {@code null} clears it. */
    B errorTolerance(@Nullable ErrorTolerance errorTolerance);

    /** Appends a transform. */
    B addTransform(Transform transform);

    /** Appends transforms. */
    B addTransforms(Transform... transforms);

    /** Replaces the transforms. */
    B transforms(Iterable<? extends Transform> transforms);

    /** Appends transforms. */
    B addAllTransforms(Iterable<? extends Transform> transforms);

    /** An unmodelled property (refused at build if the builder models the key). */
    B extraProperty(String key, String value);

    /** Replaces the unmodelled properties. */
    B extraProperties(Map<String, ? extends String> properties);

    /** Adds unmodelled properties. */
    B putAllExtraProperties(Map<String, ? extends String> properties);

    /** An unmodelled secret property (refused at build if the builder models the key). */
    B extraSecret(String key, Secret value);

    /** Replaces the unmodelled secret properties. */
    B extraSecrets(Map<String, ? extends Secret> secrets);

    /** Adds unmodelled secret properties. */
    B putAllExtraSecrets(Map<String, ? extends Secret> secrets);

    /** What a modelled property is sent as, in place of its typed value. */
    B wireValue(String key, WireValue value);

    /** Replaces every wire value. */
    B wireValues(Map<String, ? extends WireValue> values);

    /** Adds wire values. */
    B putAllWireValues(Map<String, ? extends WireValue> values);
  }
}
