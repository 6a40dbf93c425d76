package dev.connectkit.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka Connect predicate ({@code predicates.<alias>.*}) deciding which records a {@link Transform} applies to.
 * Emitted once, under {@code predicates}, for every predicate the config's transforms use.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Predicate tombstone = Predicate.recordIsTombstone("isTombstone");
 * Transform drop = Transforms.filter("dropTombstones").when(tombstone);
 * Transform keepOrders = Transforms.filter("onlyOrders").unless(Predicate.topicNameMatches("isOrders", "orders.*"));
 * }</pre>
 */
public final class Predicate {
  private static final String PREFIX = "org.apache.kafka.connect.transforms.predicates.";

  private final String alias;
  private final String type;
  private final Map<String, String> config;

  private Predicate(String alias, String type, Map<String, String> config) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.type = Objects.requireNonNull(type, "type");
    this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }

  /** Records whose topic matches the Java regex {@code pattern}. */
  public static Predicate topicNameMatches(String alias, String pattern) {
    return new Predicate(alias, PREFIX + "TopicNameMatches", Map.of("pattern", pattern));
  }

  /** Records with at least one header named {@code headerName}. */
  public static Predicate hasHeaderKey(String alias, String headerName) {
    return new Predicate(alias, PREFIX + "HasHeaderKey", Map.of("name", headerName));
  }

  /** Tombstones (null value). */
  public static Predicate recordIsTombstone(String alias) {
    return new Predicate(alias, PREFIX + "RecordIsTombstone", Map.of());
  }

  /** Any predicate class, for a config read back from the server. */
  public static Predicate of(String alias, String type, Map<String, String> config) {
    return new Predicate(alias, type, config);
  }

  /** The alias in {@code predicates}. */
  public String alias() {
    return alias;
  }

  /** The predicate class. */
  public String type() {
    return type;
  }

  /** Its properties without the {@code predicates.<alias>.} prefix. */
  public Map<String, String> config() {
    return config;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Predicate that)) {
      return false;
    }
    return alias.equals(that.alias) && type.equals(that.type) && config.equals(that.config);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alias, type, config);
  }

  @Override
  public String toString() {
    return "Predicate{" + alias + " " + type + " " + config + "}";
  }
}
