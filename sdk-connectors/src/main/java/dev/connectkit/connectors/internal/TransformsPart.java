package dev.connectkit.connectors.internal;

import dev.connectkit.ConnectorType;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.connectors.Predicate;
import dev.connectkit.connectors.TimestampConverter;
import dev.connectkit.connectors.Transform;
import dev.connectkit.connectors.Transforms;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code transforms} and {@code predicates}: emitted in order exactly as Connect expects, with aliases, classes and
 * the known required properties checked against what Confluent allows on managed connectors.
 */
final class TransformsPart<C extends ManagedConnector, B extends ManagedConnector.Builder<B>>
    implements Part<C, B> {
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}");
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private static final String KAFKA = "org.apache.kafka.connect.transforms.";
  private static final String PREDICATES = "org.apache.kafka.connect.transforms.predicates.";
  private static final List<String> RESERVED = List.of("type", "predicate", "negate");
  private static final Set<String> TARGET_TYPES = sent(TimestampConverter.Target.class);
  private static final Set<String> UNIX_PRECISIONS = sent(TimestampConverter.UnixPrecision.class);
  private static final Set<String> OPERATIONS = sent(Transforms.HeaderOperation.class);
  private static final Set<String> BEHAVIORS = sent(Transforms.TombstoneBehavior.class);
  private static final String JCUSTENBORDER = "com.github.jcustenborder.kafka.connect.transform.common.";

  /** The property naming the custom SMT plugin (uploaded to Confluent Cloud) a transform's class comes from. */
  private static final String CUSTOM_ARTIFACT = "custom.smt.artifact.id";

  private final ConnectorType type;

  TransformsPart(ConnectorType type) {
    this.type = type;
  }

  @Override
  public void emit(C config, Emitted out) {
    List<Transform> transforms = config.transforms();
    int n = transforms.size();
    if (n == 0) {
      return;
    }
    Map<String, Predicate> predicates = new LinkedHashMap<>();
    List<String> aliases = new ArrayList<>(n);
    for (Transform t : transforms) {
      aliases.add(t.alias());
      t.predicate().ifPresent(p -> predicates.putIfAbsent(p.alias(), p));
    }
    out.property("transforms", String.join(",", aliases));
    for (Transform t : transforms) {
      String prefix = "transforms." + t.alias() + ".";
      out.property(prefix + "type", t.type());
      t.config().forEach((k, v) -> out.property(prefix + k, v));
      t.predicate().ifPresent(p -> out.property(prefix + "predicate", p.alias()));
      if (t.negate()) {
        out.property(prefix + "negate", "true");
      }
    }
    if (!predicates.isEmpty()) {
      out.property("predicates", String.join(",", predicates.keySet()));
      for (Predicate p : predicates.values()) {
        String prefix = "predicates." + p.alias() + ".";
        out.property(prefix + "type", p.type());
        p.config().forEach((k, v) -> out.property(prefix + k, v));
      }
    }
  }

  /** Whether {@code alias} is 1-100 of letters, digits, _ and -. */
  static boolean isAlias(String alias) {
    return ALIAS.matcher(alias).matches();
  }

  @Override
  public void check(C config, Violations out) {
    List<Transform> transforms = config.transforms();
    Map<String, Predicate> predicates = null;
    for (int i = 0; i < transforms.size(); i++) {
      Transform t = transforms.get(i);
      String alias = t.alias();
      if (!isAlias(alias)) {
        out.invalid("transforms", "has an invalid alias", alias, "1-100 of letters, digits, _ and -");
      } else if (alias.equals("requireTimestampTransform")) {
        out.invalid("transforms", "uses the alias of Confluent's own HTTP Sink transform", alias,
            "another alias");
      } else if (seenBefore(transforms, i, alias)) {
        out.invalid("transforms", "uses an alias twice", alias, "a unique alias per transform");
      }
      checkTransform(t, out);
      Optional<Predicate> predicate = t.predicate();
      if (predicate.isPresent()) {
        Predicate p = predicate.get();
        if (predicates == null) {
          predicates = new LinkedHashMap<>();
        }
        Predicate earlier = predicates.putIfAbsent(p.alias(), p);
        if (earlier != null && !earlier.equals(p)) {
          out.invalid("predicates", "uses one alias for two different predicates", p.alias(), "a unique alias");
        }
      }
    }
    if (predicates != null) {
      for (Predicate p : predicates.values()) {
        checkPredicate(p, out);
      }
    }
  }

  private static boolean seenBefore(List<Transform> transforms, int i, String alias) {
    for (int j = 0; j < i; j++) {
      if (transforms.get(j).alias().equals(alias)) {
        return true;
      }
    }
    return false;
  }

  /** {@code transforms.<alias>}: only built when a violation names it. */
  private static String prefix(Transform t) {
    return "transforms." + t.alias();
  }

  private void checkTransform(Transform t, Violations out) {
    String cls = t.type();
    Map<String, String> config = t.config();
    for (int i = 0; i < RESERVED.size(); i++) {
      String reserved = RESERVED.get(i);
      if (config.containsKey(reserved)) {
        out.invalid(prefix(t) + "." + reserved, "is set in the transform's config", config.get(reserved),
            "use when()/unless()");
      }
    }
    for (String key : config.keySet()) {
      if (dev.connectkit.internal.CredentialKeys.isCredential(key)) {
        out.invalid(prefix(t) + "." + key, "is a credential in the transform's plain config", dev.connectkit.Secret.MASK,
            "extraSecret(\"" + prefix(t) + "." + key + "\", Secret) so it is masked and kept out of properties");
      }
    }
    if (config.containsKey(CUSTOM_ARTIFACT)) {
      String artifact = config.get(CUSTOM_ARTIFACT);
      if (artifact == null || artifact.trim().isEmpty()) {
        out.missing(prefix(t) + "." + CUSTOM_ARTIFACT, "the id of the custom SMT plugin, e.g. cca-4k0x2m");
      }
      return; // a custom SMT plugin: its class is the plugin's own, not one of Confluent's list
    }
    String base = BASES.get(cls);
    if (base == null) {
      out.invalid(prefix(t) + ".type", "is not a transform Confluent allows on managed connectors", cls,
          "a class of fm_transforms_list, or a custom SMT: Transform.custom(alias, class, artifactId, config)");
      return;
    }
    if (cls.equals(KAFKA + "RegexRouter")) {
      out.invalid(
          prefix(t) + ".type",
          "is not available on Confluent Cloud managed connectors",
          cls,
          type == ConnectorType.SOURCE
              ? "Transforms.topicRegexRouter (io.confluent.connect.cloud.transforms.TopicRegexRouter)"
              : "no topic-renaming transform: sinks accept neither RegexRouter nor TopicRegexRouter");
    } else if (type == ConnectorType.SINK
        && (cls.endsWith("TopicRegexRouter") || cls.startsWith(JCUSTENBORDER + "SetMaximumPrecision"))) {
      out.invalid(prefix(t) + ".type", "is available on source connectors only", cls,
          "a transform available on sinks");
    } else if (cls.equals("io.debezium.transforms.outbox.EventRouter")) {
      out.invalid(prefix(t) + ".type", "is available on Debezium CDC connectors only", cls,
          "a transform for this connector");
    }
    if (type == ConnectorType.SOURCE
        && cls.startsWith(KAFKA + "InsertField")
        && config.containsKey("offset.field")) {
      out.invalid(prefix(t) + ".offset.field", "is available on sink connectors only", config.get("offset.field"),
          "topic, partition, timestamp or static fields");
    }
    List<String> required = REQUIRED.getOrDefault(base, List.of());
    for (int i = 0; i < required.size(); i++) {
      String value = config.get(required.get(i));
      if (value == null || value.trim().isEmpty()) {
        out.missing(prefix(t) + "." + required.get(i),
            "a value for " + base.substring(base.lastIndexOf('.') + 1));
      }
    }
    if (cls.equals("io.confluent.connect.transforms.ExtractTopic$Header") && !config.containsKey("field")) {
      out.missing(prefix(t) + ".field", "the header to take the topic from");
    }
    boolean timestampConverter = base.equals(KAFKA + "TimestampConverter");
    checkValue(t, "target.type", timestampConverter, TARGET_TYPES, out);
    checkValue(t, "unix.precision", timestampConverter, UNIX_PRECISIONS, out);
    checkValue(t, "operation", base.equals(KAFKA + "HeaderFrom"), OPERATIONS, out);
    checkValue(t, "behavior", cls.endsWith("TombstoneHandler"), BEHAVIORS, out);
    if (timestampConverter
        && "string".equals(config.get("target.type"))
        && !config.containsKey("format")) {
      out.missing(prefix(t) + ".format", "a SimpleDateFormat pattern when converting to string");
    }
    if (base.equals(KAFKA + "HeaderFrom")) {
      String fields = config.getOrDefault("fields", "");
      String headers = config.getOrDefault("headers", "");
      if (fields.split(",", -1).length != headers.split(",", -1).length) {
        out.invalid(prefix(t) + ".headers", "does not have as many entries as fields", headers,
            "one header per field");
      }
    }
    if (cls.endsWith("TopicRegexRouter") || base.equals(KAFKA + "RegexRouter")) {
      String regex = config.get("regex");
      if (regex != null && !regex.isEmpty()) {
        Codec.checkRegex(prefix(t) + ".regex", regex, out);
      }
    }
    if (base.equals(KAFKA + "SetSchemaMetadata")) {
      String version = config.get("schema.version");
      if (version != null && !VERSION.matcher(version).matches()) {
        out.invalid(prefix(t) + ".schema.version", "is not a schema version", version, "a non-negative integer");
      }
      if (!config.containsKey("schema.name") && version == null) {
        out.missing(prefix(t) + ".schema.name", "schema.name and/or schema.version");
      }
    }
  }

  /** The values the constants of a public enum are sent as ({@code toString()}), in declaration order. */
  private static Set<String> sent(Class<? extends Enum<?>> type) {
    Set<String> out = new LinkedHashSet<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      out.add(constant.toString());
    }
    return Collections.unmodifiableSet(out);
  }

  private static void checkValue(Transform t, String key, boolean applies, Set<String> allowed, Violations out) {
    if (!applies) {
      return;
    }
    String value = t.config().get(key);
    if (value != null && !allowed.contains(value)) {
      out.invalid(prefix(t) + "." + key, "is not a valid value", value, "one of " + allowed);
    }
  }

  private static void checkPredicate(Predicate p, Violations out) {
    String prefix = "predicates." + p.alias();
    if (!isAlias(p.alias())) {
      out.invalid("predicates", "has an invalid alias", p.alias(), "1-100 of letters, digits, _ and -");
    }
    if (p.type().equals(PREDICATES + "TopicNameMatches")) {
      String pattern = p.config().get("pattern");
      if (pattern == null) {
        out.missing(prefix + ".pattern", "a Java regex of topic names");
      } else {
        Codec.checkRegex(prefix + ".pattern", pattern, out);
      }
    } else if (p.type().equals(PREDICATES + "HasHeaderKey")) {
      String name = p.config().get("name");
      if (name == null || name.isEmpty()) {
        out.missing(prefix + ".name", "a header key");
      }
    } else if (!p.type().equals(PREDICATES + "RecordIsTombstone")) {
      out.invalid(prefix + ".type", "is not a known predicate", p.type(),
          "TopicNameMatches, HasHeaderKey or RecordIsTombstone");
    }
  }

  @Override
  public void parse(Map<String, String> in, B builder, Violations out) {
    Map<String, Predicate> predicates = new LinkedHashMap<>();
    String predicateList = in.remove("predicates");
    if (predicateList != null && !predicateList.isBlank()) {
      for (String alias : predicateList.split(",", -1)) {
        String a = alias.trim();
        String prefix = "predicates." + a + ".";
        String ptype = in.remove(prefix + "type");
        Map<String, String> config = take(in, prefix);
        if (ptype == null) {
          out.missing(prefix + "type", "the predicate class");
        } else {
          predicates.put(a, Predicate.of(a, ptype, config));
        }
      }
    }
    String list = in.remove("transforms");
    if (list == null || list.isBlank()) {
      return;
    }
    for (String alias : list.split(",", -1)) {
      String a = alias.trim();
      String prefix = "transforms." + a + ".";
      String ttype = in.remove(prefix + "type");
      String predicate = in.remove(prefix + "predicate");
      String negate = in.remove(prefix + "negate");
      Map<String, String> config = take(in, prefix);
      if (ttype == null) {
        out.missing(prefix + "type", "the transform class");
        continue;
      }
      Transform t = Transform.of(a, ttype, config);
      if (predicate != null) {
        Predicate p = predicates.get(predicate);
        if (p == null) {
          out.invalid(prefix + "predicate", "names a predicate not in predicates", predicate, "a listed predicate");
        } else {
          t = "true".equals(negate) ? t.unless(p) : t.when(p);
        }
      }
      builder.addTransform(t);
    }
  }

  private static Map<String, String> take(Map<String, String> in, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : new ArrayList<>(in.keySet())) {
      if (key.startsWith(prefix)) {
        out.put(key.substring(prefix.length()), in.remove(key));
      }
    }
    return out;
  }

  @Override
  public boolean owns(String key) {
    return key.equals("transforms")
        || key.equals("predicates")
        || key.startsWith("transforms.")
        || key.startsWith("predicates.");
  }

  private static final Map<String, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry(KAFKA + "Cast", List.of("spec")),
          Map.entry(KAFKA + "ExtractField", List.of("field")),
          Map.entry(KAFKA + "HoistField", List.of("field")),
          Map.entry(KAFKA + "MaskField", List.of("fields")),
          Map.entry(KAFKA + "ValueToKey", List.of("fields")),
          Map.entry(KAFKA + "RegexRouter", List.of("regex", "replacement")),
          Map.entry("io.confluent.connect.cloud.transforms.TopicRegexRouter", List.of("regex", "replacement")),
          Map.entry(KAFKA + "TimestampConverter", List.of("target.type")),
          Map.entry(KAFKA + "InsertHeader", List.of("header", "value.literal")),
          Map.entry(KAFKA + "DropHeaders", List.of("headers")),
          Map.entry(KAFKA + "HeaderFrom", List.of("fields", "headers", "operation")),
          Map.entry(JCUSTENBORDER + "ChangeTopicCase", List.of("from", "to")),
          Map.entry("io.confluent.connect.transforms.Filter", List.of("filter.condition")));

  /** Confluent's list for managed connectors ({@code fm_transforms_list.json}); the same for all seven here. */
  static final Set<String> ALLOWED =
      Set.of(
          "com.clickhouse.kafka.connect.transforms.KeyToValue",
          JCUSTENBORDER + "AdjustPrecisionAndScale$Key",
          JCUSTENBORDER + "AdjustPrecisionAndScale$Value",
          JCUSTENBORDER + "BytesToString$Key",
          JCUSTENBORDER + "BytesToString$Value",
          JCUSTENBORDER + "ChangeTopicCase",
          JCUSTENBORDER + "ExtractNestedField$Key",
          JCUSTENBORDER + "ExtractNestedField$Value",
          JCUSTENBORDER + "ExtractTimestamp$Value",
          JCUSTENBORDER + "ExtractXPath$Key",
          JCUSTENBORDER + "ExtractXPath$Value",
          JCUSTENBORDER + "SetMaximumPrecision$Key",
          JCUSTENBORDER + "SetMaximumPrecision$Value",
          JCUSTENBORDER + "TimestampNow",
          JCUSTENBORDER + "TimestampNowField$Key",
          JCUSTENBORDER + "TimestampNowField$Value",
          "io.confluent.cctransforms.ExtractKey$Value",
          "io.confluent.connect.cloud.transforms.TopicRegexRouter",
          "io.confluent.connect.cloud.transforms.xml.FromXml$Key",
          "io.confluent.connect.cloud.transforms.xml.FromXml$Value",
          "io.confluent.connect.transforms.Drop$Key",
          "io.confluent.connect.transforms.Drop$Value",
          "io.confluent.connect.transforms.ExtractTopic$Header",
          "io.confluent.connect.transforms.ExtractTopic$Key",
          "io.confluent.connect.transforms.ExtractTopic$Value",
          "io.confluent.connect.transforms.Filter$Key",
          "io.confluent.connect.transforms.Filter$Value",
          "io.confluent.connect.transforms.Flatten$Key",
          "io.confluent.connect.transforms.Flatten$Value",
          "io.confluent.connect.transforms.GzipDecompress$Key",
          "io.confluent.connect.transforms.GzipDecompress$Value",
          "io.confluent.connect.transforms.MessageTimestampRouter",
          "io.confluent.connect.transforms.ReplaceField$Key",
          "io.confluent.connect.transforms.ReplaceField$Value",
          "io.confluent.connect.transforms.TombstoneHandler",
          "io.debezium.transforms.ByLogicalTableRouter",
          "io.debezium.transforms.ExtractNewRecordState",
          "io.debezium.transforms.HeaderToValue",
          "io.debezium.transforms.TimezoneConverter",
          "io.debezium.transforms.UnwrapFromEnvelope",
          "io.debezium.transforms.outbox.EventRouter",
          KAFKA + "Cast$Key",
          KAFKA + "Cast$Value",
          KAFKA + "DropHeaders",
          KAFKA + "ExtractField$Key",
          KAFKA + "ExtractField$Value",
          KAFKA + "Filter",
          KAFKA + "Flatten$Key",
          KAFKA + "Flatten$Value",
          KAFKA + "HeaderFrom$Key",
          KAFKA + "HeaderFrom$Value",
          KAFKA + "HoistField$Key",
          KAFKA + "HoistField$Value",
          KAFKA + "InsertField$Key",
          KAFKA + "InsertField$Value",
          KAFKA + "InsertHeader",
          KAFKA + "MaskField$Key",
          KAFKA + "MaskField$Value",
          KAFKA + "RegexRouter",
          KAFKA + "ReplaceField$Key",
          KAFKA + "ReplaceField$Value",
          KAFKA + "SetSchemaMetadata$Key",
          KAFKA + "SetSchemaMetadata$Value",
          KAFKA + "TimestampConverter$Key",
          KAFKA + "TimestampConverter$Value",
          KAFKA + "TimestampRouter",
          KAFKA + "ValueToKey");

  /** Each allowed class without its {@code $Key}, {@code $Value} or {@code $Header} suffix: the key of REQUIRED. */
  private static final Map<String, String> BASES = bases();

  private static Map<String, String> bases() {
    Map<String, String> out = new HashMap<>();
    for (String cls : ALLOWED) {
      out.put(cls, cls.replace("$Key", "").replace("$Value", "").replace("$Header", ""));
    }
    return Map.copyOf(out);
  }
}
