package dev.connectkit.connectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Single Message Transform of a connector: an alias, its class and its properties, optionally guarded by a
 * {@link Predicate}. Connectors emit their transforms in order as {@code transforms=a,b},
 * {@code transforms.a.type=…}, {@code transforms.a.<property>=…}. Build typed ones with {@link Transforms}; use
 * {@link #of(String, String, Map)} for any other class Confluent allows, {@link #custom} for a custom SMT plugin.
 *
 * <!-- example runs -->
 * <pre>{@code
 * Transform mask = Transforms.maskField("hideCard", RecordPart.VALUE, "card_number");
 * Transform custom = Transform.of("drop", "io.confluent.connect.transforms.Drop$Key",
 *     Map.of("schema.behavior", "retain"));
 * Transform onlyOrders = mask.when(Predicate.topicNameMatches("isOrders", "orders"));
 * }</pre>
 */
public final class Transform {
  private final String alias;
  private final String type;
  private final Map<String, String> config;
  private final @Nullable Predicate predicate;
  private final boolean negate;

  private Transform(
      String alias, String type, Map<String, String> config, @Nullable Predicate predicate, boolean negate) {
    this.alias = Objects.requireNonNull(alias, "alias");
    this.type = Objects.requireNonNull(type, "type");
    this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    this.predicate = predicate;
    this.negate = negate;
  }

  /** Like {@link #of} with the one property {@code key=value}. */
  static Transform ofSingle(String alias, String type, String key, String value) {
    return of(alias, type, Map.of(key, value));
  }

  /**
   * The escape hatch: transform class {@code type} with {@code config} (keys without the {@code transforms.<alias>.}
   * prefix). The connector still checks that Confluent allows the class on it.
   */
  public static Transform of(String alias, String type, Map<String, String> config) {
    return new Transform(alias, type, config, null, false);
  }

  /**
   * A custom SMT: class {@code type} of the custom plugin {@code artifactId} uploaded to Confluent Cloud (for example
   * {@code cca-4k0x2m}), sent as {@code transforms.<alias>.custom.smt.artifact.id}. Its class is not checked against
   * Confluent's list of transforms.
   *
   * <!-- example runs -->
   * <pre>{@code
   * Transform uuid = Transform.custom("insertuuid", "com.github.cjmatta.kafka.connect.smt.InsertUuid$Value",
   *     "cca-4k0x2m", Map.of("uuid.field.name", "uuid"));
   * }</pre>
   */
  public static Transform custom(String alias, String type, String artifactId, Map<String, String> config) {
    LinkedHashMap<String, String> all = new LinkedHashMap<>(config);
    all.put("custom.smt.artifact.id", Objects.requireNonNull(artifactId, "artifactId"));
    return of(alias, type, all);
  }

  /** This transform, applied only to records matching {@code predicate}. */
  public Transform when(Predicate predicate) {
    return new Transform(alias, type, config, Objects.requireNonNull(predicate, "predicate"), false);
  }

  /** This transform, applied only to records not matching {@code predicate} ({@code negate=true}). */
  public Transform unless(Predicate predicate) {
    return new Transform(alias, type, config, Objects.requireNonNull(predicate, "predicate"), true);
  }

  /** This transform with one more property (replacing an earlier value). */
  public Transform with(String key, String value) {
    LinkedHashMap<String, String> copy = new LinkedHashMap<>(config);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Transform(alias, type, copy, predicate, negate);
  }

  /** The alias in {@code transforms}. */
  public String alias() {
    return alias;
  }

  /** The transform class, {@code transforms.<alias>.type}. */
  public String type() {
    return type;
  }

  /** Its properties, without the prefix, {@code type}, {@code predicate} and {@code negate}. */
  public Map<String, String> config() {
    return config;
  }

  /** The guarding predicate, if any. */
  public Optional<Predicate> predicate() {
    return Optional.ofNullable(predicate);
  }

  /** Whether the predicate is negated. */
  public boolean negate() {
    return negate;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Transform that)) {
      return false;
    }
    return alias.equals(that.alias)
        && type.equals(that.type)
        && config.equals(that.config)
        && Objects.equals(predicate, that.predicate)
        && negate == that.negate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(alias, type, config, predicate, negate);
  }

  /** The config as printed: a credential-shaped key's value (which {@code build()} refuses) shows as {@code ****}. */
  private Map<String, String> shown() {
    Map<String, String> shown = new java.util.LinkedHashMap<>(config);
    shown.replaceAll((k, v) -> dev.connectkit.internal.CredentialKeys.isCredential(k) ? dev.connectkit.Secret.MASK : v);
    return shown;
  }

  @Override
  public String toString() {
    return "Transform{"
        + alias
        + " "
        + type
        + " "
        + shown()
        + (predicate == null ? "" : (negate ? " unless " : " when ") + predicate.alias())
        + "}";
  }
}
