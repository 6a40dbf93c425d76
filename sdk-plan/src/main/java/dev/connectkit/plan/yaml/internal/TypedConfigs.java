package dev.connectkit.plan.yaml.internal;

import dev.connectkit.ConnectorName;
import dev.connectkit.Secret;
import dev.connectkit.connectors.AzureEventHubsSource;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.HttpSinkV2;
import dev.connectkit.connectors.HttpSourceV2;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.connectors.S3Source;
import dev.connectkit.connectors.SnowflakeSink;
import dev.connectkit.connectors.SnowflakeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The connector classes with a typed builder in {@code dev.connectkit.connectors}: a set file's entry of such a class
 * is read by the class's {@code fromConfig}, with every typed check.
 */
public final class TypedConfigs {
  private record Typed(String type, Function<Map<String, String>, ManagedConnector> read) {}

  private static final Map<String, Typed> TYPED = Map.of(
      "AzureEventHubsSource", new Typed("source", AzureEventHubsSource::fromConfig),
      "DatagenSource", new Typed("source", DatagenSource::fromConfig),
      "HttpSinkV2", new Typed("sink", HttpSinkV2::fromConfig),
      "HttpSourceV2", new Typed("source", HttpSourceV2::fromConfig),
      "S3Source", new Typed("source", S3Source::fromConfig),
      "SnowflakeSink", new Typed("sink", SnowflakeSink::fromConfig),
      "SnowflakeSource", new Typed("source", SnowflakeSource::fromConfig));

  private TypedConfigs() {}

  /** Whether {@code connectorClass} has a typed builder. */
  public static boolean has(String connectorClass) {
    return TYPED.containsKey(connectorClass);
  }

  /** {@code source} or {@code sink} for a typed class. */
  public static String type(String connectorClass) {
    return Objects.requireNonNull(TYPED.get(connectorClass), connectorClass).type();
  }

  /**
   * The typed config of {@code connectorClass} named {@code name}, from its plain {@code config} and its {@code
   * secrets} (an unknown secret stays unknown).
   *
   * @throws dev.connectkit.ConnectorValidationException if the typed checks refuse it
   */
  public static ManagedConnector read(
      ConnectorName name, String connectorClass, Map<String, String> config, Map<String, Secret> secrets) {
    Map<String, String> wire = new LinkedHashMap<>();
    wire.put("name", name.fullName());
    wire.put("connector.class", connectorClass);
    wire.putAll(config);
    secrets.forEach((key, secret) -> wire.put(key, secret.isKnown() ? secret.reveal() : Secret.MASK));
    ManagedConnector typed = Objects.requireNonNull(TYPED.get(connectorClass), connectorClass).read().apply(wire);
    return typed;
  }
}
