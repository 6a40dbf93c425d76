package dev.connectkit.plan.internal;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorException;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reads a live config back through the typed codec of the desired config's connector, so that values compare as the
 * typed builder writes them: {@code "1000"} and {@code 1000}, {@code ignore} and {@code IGNORE}, a default left out and
 * the same default written, all compare equal.
 */
public final class TypedCodecs {
  /** A live config as the typed codec reads it: canonical values and the keys it holds as secrets. */
  public record LiveRead(Map<String, String> canonical, Set<String> secretKeys) {}

  private record Codec(Function<Map<String, String>, ManagedConnector> read, UnaryOperator<ManagedConnector> strip) {}

  private static final Map<String, Codec> CODECS = Map.of(
      "DatagenSource", new Codec(DatagenSource::fromConfig,
          c -> ((DatagenSource) c).toBuilder().wireValues(Map.of()).build()),
      "AzureEventHubsSource", new Codec(AzureEventHubsSource::fromConfig,
          c -> ((AzureEventHubsSource) c).toBuilder().wireValues(Map.of()).build()),
      "HttpSinkV2", new Codec(HttpSinkV2::fromConfig,
          c -> ((HttpSinkV2) c).toBuilder().wireValues(Map.of()).build()),
      "HttpSourceV2", new Codec(HttpSourceV2::fromConfig,
          c -> ((HttpSourceV2) c).toBuilder().wireValues(Map.of()).build()),
      "S3Source", new Codec(S3Source::fromConfig,
          c -> ((S3Source) c).toBuilder().wireValues(Map.of()).build()),
      "SnowflakeSink", new Codec(SnowflakeSink::fromConfig,
          c -> ((SnowflakeSink) c).toBuilder().wireValues(Map.of()).build()),
      "SnowflakeSource", new Codec(SnowflakeSource::fromConfig,
          c -> ((SnowflakeSource) c).toBuilder().wireValues(Map.of()).build()));

  private TypedCodecs() {}

  /**
   * {@code live} read through the codec of {@code desired}'s connector class (a typed config or a generic one of the
   * same class) and written back as the typed builder writes
   * it (the read's remembered spellings and omitted defaults dropped); null if the class has no typed codec
   * or the live config does not read (then values compare as strings).
   */
  public static @Nullable LiveRead read(ConnectorConfig desired, String fullName, Map<String, String> live) {
    Codec codec = CODECS.get(desired.connectorClass());
    if (codec == null) {
      return null;
    }
    Map<String, String> in = live;
    if (!live.containsKey("name")) {
      in = new LinkedHashMap<>(live);
      in.put("name", fullName);
    }
    try {
      ManagedConnector typed = codec.read().apply(in);
      ManagedConnector plain = codec.strip().apply(typed);
      return new LiveRead(plain.properties(), typed.secrets().keySet());
    } catch (ConnectorException | IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

}
