package dev.connectkit.connectors.internal;

import dev.connectkit.internal.CredentialKeys;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorType;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Secret;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.connectors.SinkConnector;
import dev.connectkit.connectors.WireValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A connector's whole property set: the common parts every managed connector shares, its own fields and its
 * conditional rules. Emits, validates and parses; nothing is written twice per connector.
 *
 * @param <C> the config type
 * @param <B> its builder
 */
public final class ConnectorSchema<C extends ManagedConnector, B extends ManagedConnector.Builder<B>> {
  /** Fields the server adds when reading a config back; never sent. */
  private static final Set<String> SERVER_KEYS =
      Set.of("cloud.environment", "cloud.provider", "kafka.endpoint", "kafka.region");

  private final String plugin;
  /** What a violation list is about, e.g. {@code DatagenSource config}. */
  private final String subject;
  private final ConnectorType type;
  private final List<Part<C, B>> parts;
  private final List<BiConsumer<C, Violations>> rules;
  private final Supplier<B> newBuilder;
  private final Set<String> unmodelledSecrets;

  private ConnectorSchema(Builder<C, B> b) {
    this.unmodelledSecrets = Set.copyOf(b.unmodelledSecrets);
    this.plugin = b.plugin;
    this.subject = b.plugin + " config";
    this.type = b.type;
    this.parts = List.copyOf(b.parts);
    this.rules = List.copyOf(b.rules);
    this.newBuilder = b.newBuilder;
  }

  /** A source connector's schema, starting with the common parts. */
  public static <C extends ManagedConnector, B extends ManagedConnector.Builder<B>> Builder<C, B> source(
      String plugin, Supplier<B> newBuilder) {
    Builder<C, B> b = new Builder<>(plugin, ConnectorType.SOURCE, newBuilder);
    b.parts.addAll(CommonParts.<C, B>head());
    b.tail.addAll(CommonParts.<C, B>tail(ConnectorType.SOURCE));
    return b;
  }

  /** A sink connector's schema, starting with the common parts and the sink's topics and dead letter queue. */
  public static <C extends SinkConnector, B extends SinkConnector.Builder<B>> Builder<C, B> sink(
      String plugin, Supplier<B> newBuilder) {
    Builder<C, B> b = new Builder<>(plugin, ConnectorType.SINK, newBuilder);
    b.parts.addAll(CommonParts.<C, B>head());
    b.parts.add(CommonParts.<C, B>sinkTopics());
    b.tail.addAll(CommonParts.<C, B>tail(ConnectorType.SINK));
    b.tail.add(1, CommonParts.<C, B>deadLetterQueue());
    return b;
  }

  public String plugin() {
    return plugin;
  }

  public ConnectorType type() {
    return type;
  }

  /** Whether {@code key} is a property this schema models. */
  public boolean owns(String key) {
    if (key.equals("name") || key.equals("connector.class")) {
      return true;
    }
    for (Part<C, B> part : parts) {
      if (part.owns(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks every rule of {@code config} and, in the same pass, emits its properties and secrets and derives its name:
   * what the config keeps, computed once when it is built.
   *
   * @throws ConnectorValidationException listing every violation
   */
  public Emitted checkAndEmit(C config) {
    Violations violations = new Violations();
    ConnectorName name = checkName(config, violations);
    Emitted out = new Emitted();
    out.property("connector.class", plugin);
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).checkAndEmit(config, violations, out);
    }
    for (int i = 0; i < rules.size(); i++) {
      rules.get(i).accept(config, violations);
    }
    if (!config.wireValues().isEmpty()) {
      applyWireValues(config, violations, out);
    }
    if (!config.extraProperties().isEmpty() || !config.extraSecrets().isEmpty()) {
      checkExtras(config, violations);
      for (Map.Entry<String, String> e : config.extraProperties().entrySet()) {
        out.property(e.getKey(), e.getValue());
      }
      for (Map.Entry<String, Secret> e : config.extraSecrets().entrySet()) {
        out.secret(e.getKey(), e.getValue());
      }
    }
    violations.throwIfAny(subject);
    out.name(Objects.requireNonNull(name, "name"));
    return out;
  }

  /** The name of placement and id, or the raw name; null after adding a violation. */
  private static @Nullable ConnectorName checkName(ManagedConnector config, Violations violations) {
    Optional<dev.connectkit.Placement> placement = config.placement();
    Optional<String> id = config.id();
    Optional<String> raw = config.rawName();
    try {
      if (raw.isPresent()) {
        if (placement.isPresent() || id.isPresent()) {
          violations.invalid("name", "is a raw name set together with placement or id", raw.get(),
              "either rawName(name) or placement(...) and id(...)");
          return null;
        }
        return ConnectorName.raw(raw.get());
      }
      if (placement.isEmpty()) {
        violations.missing("placement",
            "Placement.dedicated(businessUnit, stage) or Placement.shared(landingZone, businessUnit, stage),"
                + " or rawName(name) for a name outside the convention");
      }
      if (id.isEmpty()) {
        violations.missing("id", "the connector's identifier, e.g. analytics-snowflake");
      }
      return placement.isPresent() && id.isPresent() ? ConnectorName.of(placement.get(), id.get()) : null;
    } catch (ConnectorValidationException e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  /** Replaces, adds or leaves out each modelled property that has a wire value which applies. */
  private void applyWireValues(C config, Violations violations, Emitted out) {
    config
        .wireValues()
        .forEach(
            (key, wire) -> {
              String shown = wire.value().orElse(null);
              if (ownsSecret(key) || dev.connectkit.internal.CredentialKeys.isCredential(key)) {
                violations.invalid(key, "is a secret property, and a wire value is sent in plain", Secret.MASK,
                    ownsSecret(key) ? "the builder's typed method for " + key
                        : "extraSecret(\"" + key + "\", Secret) for a credential the builder does not model");
              } else if (!owns(key) || key.equals("name") || key.equals("connector.class")) {
                violations.invalid(key, "is not a property the " + plugin + " builder models", shown,
                    "extraProperty(\"" + key + "\", value) for a property the builder does not model");
              } else if (shown != null && Secret.isMask(shown)) {
                violations.invalid(key, "is a value the server masked", Secret.MASK, "the real value");
              } else if (violations.isEmpty() && WireValues.appliesTo(wire, out.properties().get(key))) {
                if (shown == null) {
                  out.removeProperty(key);
                } else {
                  out.property(key, shown);
                }
              }
            });
  }

  /** A credential-shaped key in a transform's or predicate's config, e.g. {@code transforms.vault.password}. */
  private static boolean isTransformCredential(String key) {
    return (key.startsWith("transforms.") || key.startsWith("predicates."))
        && CredentialKeys.isCredential(key.substring(key.indexOf('.', key.indexOf('.') + 1) + 1));
  }

  /** Whether {@code key} is a secret property this schema models. */
  private boolean ownsSecret(String key) {
    for (Part<C, B> part : parts) {
      if (part.ownsSecret(key)) {
        return true;
      }
    }
    return false;
  }

  private void checkExtras(C config, Violations out) {
    config
        .extraProperties()
        .forEach(
            (key, value) -> {
              if (owns(key)) {
                out.invalid(
                    key,
                    "is modelled by the " + plugin + " builder and cannot be set as an extra property",
                    ownsSecret(key) || Codec.isUrlWithUserInfo(value) ? Secret.MASK : value,
                    "the builder's typed method for " + key + ", or wireValue(key, WireValue.of(value))");
              } else if (key.trim().isEmpty()) {
                out.invalid("extraProperty", "has a blank key", key, "a property key");
              } else if (unmodelledSecrets.contains(key) || CredentialKeys.isCredential(key)) {
                out.invalid(key, "is a password-typed property", Secret.MASK,
                    "extraSecret(\"" + key + "\", Secret) so it is masked and kept out of properties");
              } else if (Codec.isUrlWithUserInfo(value)) {
                out.invalid(key, "carries credentials (user:password@)", Secret.MASK,
                    "the URL without user info, or extraSecret(\"" + key + "\", Secret) so it is masked");
              } else if (Secret.isMask(value)) {
                out.invalid(key, "is a value the server masked", Secret.MASK, "the real value");
              }
            });
    config
        .extraSecrets()
        .forEach(
            (key, value) -> {
              if ((owns(key) && !isTransformCredential(key)) || config.extraProperties().containsKey(key)) {
                out.invalid(key, "is modelled by the " + plugin + " builder or set twice", Secret.MASK,
                    "the builder's typed method for " + key);
              }
              Codec.secret().check(key, value, out);
            });
  }

  /**
   * Reads a config map (as the server returns it) back into a typed config: a name outside the portal's convention
   * becomes a raw name, masked secrets become {@link Secret#unknown()}, server-populated fields are dropped,
   * unmodelled keys become extra properties, and every modelled value the builder would send differently (another
   * spelling, an unknown enum constant, a default left out) becomes a {@link dev.connectkit.connectors.WireValue}, so
   * that the config is sent back exactly as read. A server's read-back (it carries the server's own keys such as
   * {@code kafka.endpoint}) also holds every default the server filled in: there a value at the template's documented
   * default, or an empty optional one, of a property the builder sends only when set reads as not set, so that the
   * typed config equals the one created. An enum value neither the builder nor Confluent's template knows is refused.
   *
   * @throws ConnectorValidationException listing every value that cannot be read and every broken rule, each once
   */
  public C fromConfig(Map<String, String> config, Function<B, C> build) {
    Violations out = new Violations();
    Map<String, String> in = new LinkedHashMap<>(config);
    B builder = newBuilder.get();
    String cls = in.remove("connector.class");
    if (cls != null && !cls.equals(plugin)) {
      out.invalid("connector.class", "is not this connector's plugin", cls, plugin);
    }
    String name = in.remove("name");
    if (name == null) {
      out.missing("name", "the connector's full name, e.g. sales-dev-orders-connector");
    } else {
      readName(name, builder, out);
    }
    boolean readBack = SERVER_KEYS.stream().anyMatch(config::containsKey);
    SERVER_KEYS.forEach(in::remove);
    if (readBack) {
      in.entrySet().removeIf(e -> isServerFilled(e.getKey(), e.getValue()));
    }
    refuseUndocumentedEnums(in, out);
    moveCredentialHeaders(in);
    // A credential in an SMT's config (a custom SMT's vault password) travels as an extra secret, never in plain.
    for (String key : new ArrayList<>(in.keySet())) {
      if (isTransformCredential(key)) {
        builder.extraSecret(key, Codec.readSecret(in.remove(key)));
      }
    }
    Map<String, String> modelled = new LinkedHashMap<>(in);
    for (Part<C, B> part : parts) {
      part.parse(in, builder, out);
    }
    in.forEach(
        (key, value) -> {
          modelled.remove(key);
          if (Secret.isMask(value) || unmodelledSecrets.contains(key) || CredentialKeys.isCredential(key)
              || Codec.isUrlWithUserInfo(value)) {
            builder.extraSecret(key, Codec.readSecret(value));
          } else {
            builder.extraProperty(key, value);
          }
        });
    C built = buildOnce(builder, build, out);
    Map<String, WireValue> wire = new LinkedHashMap<>();
    Map<String, String> emitted = built.properties();
    modelled.forEach(
        (key, value) -> {
          String typed = emitted.get(key);
          if (!value.equals(typed) && !built.secrets().containsKey(key) && !ownsSecret(key)) {
            wire.put(key, WireValues.read(value, typed));
          }
        });
    emitted.forEach(
        (key, typed) -> {
          if (!config.containsKey(key) && !key.equals("connector.class")) {
            wire.put(key, WireValues.omitted(typed));
          }
        });
    if (wire.isEmpty()) {
      return built;
    }
    builder.wireValues(wire);
    return buildOnce(builder, build, out);
  }

  /**
   * Whether a server read-back's {@code value} of {@code key} may be one the server filled in rather than one the user
   * sent: an empty string of a property the template or the builder has as optional (an API slot not in use
   * included), or the template's documented default of a property the builder sends only when set (or does not
   * model). A read-back cannot tell it from the same value sent on purpose; either way the server applies it, so it
   * reads as not set and the typed config does not gain it.
   */
  private boolean isServerFilled(String key, String value) {
    ConnectorFacts.Property fact = facts().properties().get(key);
    if (fact == null || fact.isPassword()) {
      return false;
    }
    if (value.isEmpty()) {
      return !fact.required() || sentOnlyWhenSet(key);
    }
    return value.equals(fact.defaultValue()) && (sentOnlyWhenSet(key) || !owns(key));
  }

  /** Whether the builder sends {@code key} only when it is set. */
  private boolean sentOnlyWhenSet(String key) {
    for (Part<C, B> part : parts) {
      if (part.sentOnlyWhenSet(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses, as the builder does, each enum-valued property whose value is neither one of the builder's constants nor
   * one Confluent's template documents (a documented value the builder has no constant for is kept as read).
   */
  private void refuseUndocumentedEnums(Map<String, String> in, Violations out) {
    in.forEach(
        (key, raw) -> {
          for (Part<C, B> part : parts) {
            String expected = part.unreadableEnum(key, raw);
            if (expected != null && !isDocumented(key, raw)) {
              out.invalid(key, "is not supported by this connector", raw, expected);
            }
          }
        });
  }

  /**
   * Whether Confluent's template lists {@code raw} (each item of a list) among {@code key}'s values, in any of the
   * spellings Confluent accepts, or as the wire value a display spelling is rewritten to.
   */
  private boolean isDocumented(String key, String raw) {
    ConnectorFacts.Property fact = facts().properties().get(key);
    if (fact == null) {
      return false;
    }
    for (String item : fact.type().equals("LIST") ? raw.split(",", -1) : new String[] {raw}) {
      String spelling = EnumCodecs.spelling(item);
      boolean listed = fact.allowed().stream().anyMatch(a -> EnumCodecs.spelling(a).equals(spelling))
          || fact.rewrites().values().stream().anyMatch(w -> EnumCodecs.spelling(w).equals(spelling));
      if (!listed) {
        return false;
      }
    }
    return true;
  }

  private ConnectorFacts facts() {
    return ConnectorFacts.of(plugin);
  }

  /**
   * Moves credential headers (such as {@code Authorization}) that a real config holds among an HTTP API's plain
   * {@code …http.request.headers} into its {@code …http.request.sensitive.headers}, so that the config reads, its
   * credential is a secret, and it is sent back (unless the sensitive headers came back masked: then they stay refused).
   */
  private static void moveCredentialHeaders(Map<String, String> in) {
    for (Map.Entry<String, String> entry : new java.util.ArrayList<>(in.entrySet())) {
      String key = entry.getKey();
      if (!key.endsWith("http.request.headers")) {
        continue;
      }
      String sensitiveKey = key.substring(0, key.length() - "headers".length()) + "sensitive.headers";
      String sensitive = in.get(sensitiveKey);
      Map<String, String> headers = Codec.headers().decode(entry.getValue());
      if (headers == null || sensitive != null && Secret.isMask(sensitive)) {
        continue;
      }
      Map<String, String> plain = new LinkedHashMap<>();
      StringBuilder moved = new StringBuilder(sensitive == null ? "" : sensitive);
      headers.forEach(
          (name, value) -> {
            if (CredentialKeys.isCredentialHeader(name)) {
              moved.append(moved.length() > 0 ? "|" : "").append(name).append(':').append(value);
            } else {
              plain.put(name, value);
            }
          });
      if (plain.size() < headers.size()) {
        in.put(sensitiveKey, moved.toString());
        if (plain.isEmpty()) {
          in.remove(key);
        } else {
          in.put(key, Codec.headers().encode(plain));
        }
      }
    }
  }

  /** A name of the portal's convention as placement and id; any other name as a raw name. */
  private static <B extends ManagedConnector.Builder<B>> void readName(String name, B builder, Violations out) {
    ConnectorName parsed;
    try {
      parsed = ConnectorName.parse(name);
    } catch (ConnectorValidationException notConvention) {
      try {
        parsed = ConnectorName.raw(name);
      } catch (ConnectorValidationException e) {
        out.addAll(e.violations());
        return;
      }
    }
    Optional<dev.connectkit.Placement> placement = parsed.placement();
    if (placement.isPresent()) {
      builder.placement(placement.get());
      builder.id(parsed.id());
    } else {
      builder.rawName(parsed.fullName());
    }
  }

  /**
   * Builds; throws the violations found while reading together with those of the build, each property's once (a
   * value that could not be read is not reported again as missing).
   */
  private C buildOnce(B builder, Function<B, C> build, Violations read) {
    try {
      C built = build.apply(builder);
      read.throwIfAny(subject);
      return built;
    } catch (ConnectorValidationException e) {
      read.addAllNew(e.violations());
      read.throwIfAny(subject);
      throw e;
    }
  }

  /**
   * Builds a schema.
   *
   * @param <C> the config type
   * @param <B> its builder
   */
  public static final class Builder<C extends ManagedConnector, B extends ManagedConnector.Builder<B>> {
    private final String plugin;
    private final ConnectorType type;
    private final Supplier<B> newBuilder;
    private final List<Part<C, B>> parts = new ArrayList<>();
    private final List<Part<C, B>> tail = new ArrayList<>();
    private final List<BiConsumer<C, Violations>> rules = new ArrayList<>();
    private final List<String> unmodelledSecrets = new ArrayList<>();

    Builder(String plugin, ConnectorType type, Supplier<B> newBuilder) {
      this.plugin = plugin;
      this.type = type;
      this.newBuilder = newBuilder;
    }

    /** An optional property. */
    public <T> Builder<C, B> field(
        String key, Codec<T> codec, Function<C, Optional<T>> getter, BiConsumer<B, T> setter) {
      parts.add(new Field<>(key, codec, getter, setter, null));
      return this;
    }

    /** A required property; {@code expected} says what to give. */
    public <T> Builder<C, B> required(
        String key, Codec<T> codec, Function<C, Optional<T>> getter, BiConsumer<B, T> setter, String expected) {
      parts.add(new Field<>(key, codec, getter, setter, expected));
      return this;
    }

    /** A property with a default the builder always sends (the template requires it). */
    public <T> Builder<C, B> always(String key, Codec<T> codec, Function<C, T> getter, BiConsumer<B, T> setter) {
      parts.add(Field.always(key, codec, getter, setter));
      return this;
    }

    /** Any other part (composites such as API groups). */
    public Builder<C, B> part(Part<C, B> part) {
      parts.add(part);
      return this;
    }

    /** Several parts. */
    public Builder<C, B> parts(List<? extends Part<C, B>> more) {
      parts.addAll(more);
      return this;
    }

    /** Password-typed properties the builder does not model: read back as extra secrets, refused as plain. */
    public Builder<C, B> unmodelledSecrets(String... keys) {
      unmodelledSecrets.addAll(List.of(keys));
      return this;
    }

    /** A conditional rule across properties. */
    public Builder<C, B> rule(BiConsumer<C, Violations> rule) {
      rules.add(rule);
      return this;
    }

    public ConnectorSchema<C, B> build() {
      parts.addAll(tail);
      return new ConnectorSchema<>(this);
    }
  }
}
