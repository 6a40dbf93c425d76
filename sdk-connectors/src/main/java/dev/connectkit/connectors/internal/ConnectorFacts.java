package dev.connectkit.connectors.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Confluent's facts about one managed connector, read from the project's generated data
 * ({@code dev/connectkit/connectors/internal/facts/<Plugin>.json}, written by {@code tools/regenerate-contract-data.py}
 * from Confluent's connector templates): every property with its type, required flag, default and allowed values,
 * the keys Confluent sets itself, and the SMT classes a managed connector may use. Facts only, no prose.
 *
 * <!-- example runs -->
 * <pre>{@code
 * ConnectorFacts datagen = ConnectorFacts.of("DatagenSource");
 * datagen.property("output.data.format").allowed();   // [AVRO, JSON_SR, PROTOBUF, JSON]
 * }</pre>
 */
public final class ConnectorFacts {
  /** The seven connectors the data covers. */
  public static final Set<String> PLUGINS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "AzureEventHubsSource",
                  "DatagenSource",
                  "HttpSinkV2",
                  "HttpSourceV2",
                  "S3Source",
                  "SnowflakeSink",
                  "SnowflakeSource")));

  private static final Map<String, ConnectorFacts> CACHE = new ConcurrentHashMap<>();
  private static final JsonAdapter<Map<String, Object>> ADAPTER =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  /**
   * One property as Confluent's template defines it.
   *
   * @param type {@code STRING}, {@code INT}, {@code LONG}, {@code BOOLEAN}, {@code LIST} or {@code PASSWORD}
   * @param defaultValue the wire default, or null when the template gives none
   * @param allowed the recommended values; empty when any value goes
   * @param rewrites how the platform rewrites a value given to it (a display spelling to the wire value)
   */
  public record Property(
      String name,
      String type,
      boolean required,
      @Nullable String defaultValue,
      List<String> allowed,
      Map<String, String> rewrites) {
    /** Whether the template types this property {@code PASSWORD}: it must travel as a secret. */
    public boolean isPassword() {
      return type.equals("PASSWORD");
    }
  }

  private final String plugin;
  private final String connectorType;
  private final Map<String, Property> properties;
  private final Set<String> platformSet;
  private final Set<String> transforms;

  private ConnectorFacts(
      String plugin,
      String connectorType,
      Map<String, Property> properties,
      Set<String> platformSet,
      Set<String> transforms) {
    this.plugin = plugin;
    this.connectorType = connectorType;
    this.properties = properties;
    this.platformSet = platformSet;
    this.transforms = transforms;
  }

  /**
   * The facts of {@code plugin}, e.g. {@code "SnowflakeSink"}.
   *
   * @throws IllegalArgumentException if the data has no such connector
   */
  public static ConnectorFacts of(String plugin) {
    if (!PLUGINS.contains(plugin)) {
      throw new IllegalArgumentException("no connector facts for " + plugin + "; known: " + PLUGINS);
    }
    return CACHE.computeIfAbsent(plugin, ConnectorFacts::load);
  }

  /** The connector class alias, e.g. {@code SnowflakeSink}. */
  public String plugin() {
    return plugin;
  }

  /** {@code source} or {@code sink}. */
  public String connectorType() {
    return connectorType;
  }

  /** Every property the template defines, by name, sorted. */
  public Map<String, Property> properties() {
    return properties;
  }

  /**
   * The property named {@code name}.
   *
   * @throws IllegalArgumentException if the template does not define it
   */
  public Property property(String name) {
    Property p = properties.get(name);
    if (p == null) {
      throw new IllegalArgumentException(plugin + " defines no property " + name);
    }
    return p;
  }

  /** Keys Confluent sets on the connector itself; a user config must not carry them. */
  public Set<String> platformSet() {
    return platformSet;
  }

  /** Fully qualified SMT classes allowed on this managed connector. */
  public Set<String> transforms() {
    return transforms;
  }

  private static ConnectorFacts load(String plugin) {
    String resource = "facts/" + plugin + ".json";
    Map<String, Object> root;
    try (InputStream in = ConnectorFacts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + ConnectorFacts.class);
      }
      root = ADAPTER.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null) {
      throw new IllegalStateException("empty resource " + resource);
    }
    Map<String, Property> properties = new LinkedHashMap<>();
    for (Map<?, ?> p : list(root, "properties", Map.class)) {
      Property property =
          new Property(
              String.valueOf(p.get("name")),
              String.valueOf(p.get("type")),
              Boolean.TRUE.equals(p.get("required")),
              (String) p.get("default"),
              strings(p.get("allowed")),
              rewrites(p.get("rewrites")));
      properties.put(property.name(), property);
    }
    return new ConnectorFacts(
        plugin,
        String.valueOf(root.get("connectorType")),
        Collections.unmodifiableMap(properties),
        Collections.unmodifiableSet(new LinkedHashSet<>(list(root, "platformSet", String.class))),
        Collections.unmodifiableSet(new LinkedHashSet<>(list(root, "transforms", String.class))));
  }

  private static <T> List<T> list(Map<String, Object> root, String key, Class<T> element) {
    Object value = root.get(key);
    List<T> out = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        out.add(element.cast(item));
      }
    }
    return out;
  }

  private static List<String> strings(@Nullable Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> items) {
      items.forEach(v -> out.add(String.valueOf(v)));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> rewrites(@Nullable Object value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return Collections.unmodifiableMap(out);
  }
}
