package dev.connectkit.connectors;

import dev.connectkit.ConnectorType;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random inputs for the builders: valid ones, or with {@code chaos} occasionally broken ones (bad names, out of range,
 * missing or conflicting parts). Shared by the oracle test and the property test.
 */
final class Gen {
  final Random random;
  final boolean chaos;

  Gen(long seed, boolean chaos) {
    this.random = new Random(seed);
    this.chaos = chaos;
  }

  /** Whether any {@link #breakIt} said yes: an input that was never broken must build. */
  boolean broken;

  /** True with probability 1/n when chaotic: time to break something. */
  boolean breakIt(int n) {
    boolean it = chaos && random.nextInt(n) == 0;
    broken |= it;
    return it;
  }

  boolean maybe() {
    return random.nextBoolean();
  }

  int between(int min, int max) {
    return (int) (min + Math.floorMod(random.nextLong(), (long) max - min + 1));
  }

  @SafeVarargs
  final <T> T pick(T... values) {
    return values[random.nextInt(values.length)];
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  String word() {
    if (breakIt(25)) {
      return pick("", " ", "****", "a,b");
    }
    StringBuilder out = new StringBuilder();
    int n = between(1, 12);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  String upperWord() {
    return word().toUpperCase(java.util.Locale.ROOT);
  }

  String topic() {
    if (breakIt(30)) {
      return pick("bad topic", "", "..", "ü-topic", "a".repeat(250));
    }
    return pick("orders", "payments", "sales-dev-") + word().replace(",", "x").replace(" ", "x").replace("*", "x");
  }

  Duration millis(long min, long max) {
    if (breakIt(25)) {
      return pick(Duration.ofMillis(-1), Duration.ofNanos(1500), Duration.ofDays(-3));
    }
    return Duration.ofMillis(min + (long) (random.nextDouble() * (max - min)));
  }

  /** Every secret value handed out, to prove none leaks into messages. */
  final List<String> secretValues = new ArrayList<>();

  Secret secret() {
    if (breakIt(40)) {
      return pick(Secret.of(""), Secret.of("back\\slash"));
    }
    String value = "s3cr3t" + Long.toHexString(random.nextLong());
    secretValues.add(value);
    return Secret.of(value);
  }

  Placement placement() {
    Stage stage = pick(Stage.values());
    return maybe() ? Placement.dedicated(pick("sales", "scada", "hr"), stage)
        : Placement.shared(pick("edh-shared", "lz1"), pick("sales", "scada"), stage);
  }

  String id() {
    if (breakIt(20)) {
      return pick("", "x-connector", "bad/id", "-lead", "a".repeat(70));
    }
    return pick("orders", "Analytics_Snowflake", "crm.http", "feed") + "-" + between(1, 999);
  }

  KafkaAuth kafkaAuth() {
    if (breakIt(30)) {
      return KafkaAuth.serviceAccount(pick("user-1", "sa-", "SA-ABC"));
    }
    return maybe() ? KafkaAuth.serviceAccount("sa-" + between(1, 99999)) : KafkaAuth.apiKey(secret(), secret());
  }

  /** The common parts, sometimes left out. */
  <B extends ManagedConnector.Builder<B>> B common(B b, ConnectorType type) {
    if (random.nextInt(8) == 0) {
      b.rawName(pick("HttpSinkV2_playground", "datagen-custom-smt", "SnowflakeSinkConnector_0") + between(0, 99));
    } else {
      if (!breakIt(30)) {
        b.placement(placement());
      }
      if (!breakIt(30)) {
        b.id(id());
      }
    }
    if (!breakIt(30)) {
      b.kafkaAuth(kafkaAuth());
    }
    if (maybe()) {
      b.tasksMax(breakIt(10) ? pick(0, -5) : between(1, 8));
    }
    if (maybe()) {
      b.errorTolerance(pick(ErrorTolerance.values()));
    }
    int n = between(0, 4);
    List<Transform> transforms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      transforms.add(transform("t" + i, type));
    }
    if (breakIt(20) && !transforms.isEmpty()) {
      transforms.add(transforms.get(0));
    }
    b.addTransforms(transforms.toArray(new Transform[0]));
    if (breakIt(20)) {
      b.extraProperty(pick("tasks.max", "transforms", "kafka.api.key", "name"), "1");
    }
    return b;
  }

  Transform transform(String alias, ConnectorType type) {
    RecordPart part = pick(RecordPart.values());
    int choice = between(0, breakIt(5) ? 18 : 16);
    return switch (choice) {
      case 0 -> InsertField.builder(alias, part).topicField("topic").timestampField("ts").build();
      case 1 -> ReplaceField.builder(alias, part).exclude("a", "b").rename("c", "d").build();
      case 2 -> Transforms.maskField(alias, part, word());
      case 3 -> Transforms.cast(alias, part, Map.of(word(), pick(CastType.values())));
      case 4 -> TimestampConverter.builder(alias, part, TimestampConverter.Target.STRING).field("ts")
          .format("yyyy-MM-dd").unixPrecision(pick(TimestampConverter.UnixPrecision.values())).build();
      case 5 -> Transforms.extractField(alias, part, word());
      case 6 -> Transforms.hoistField(alias, part, word());
      case 7 -> Transforms.valueToKey(alias, word(), "id");
      case 8 -> Transforms.flatten(alias, part, "_");
      case 9 -> type == ConnectorType.SOURCE ? Transforms.topicRegexRouter(alias, "(.*)", "copy-$1")
          : Transforms.flatten(alias, part);
      case 10 -> Transforms.timestampRouter(alias, "${topic}-${timestamp}", "yyyyMMdd");
      case 11 -> Transforms.filter(alias).when(Predicate.recordIsTombstone("p" + alias));
      case 12 -> Transforms.headerFrom(alias, part, List.of("a", "b"), List.of("ha", "hb"),
          pick(Transforms.HeaderOperation.values()));
      case 13 -> Transforms.insertHeader(alias, "h", word())
          .unless(Predicate.topicNameMatches("q" + alias, "orders.*"));
      case 14 -> Transforms.dropHeaders(alias, "h1", "h2").when(Predicate.hasHeaderKey("r" + alias, "h1"));
      case 15 -> Transforms.tombstoneHandler(alias, pick(Transforms.TombstoneBehavior.values()));
      case 16 -> Transforms.setSchemaMetadata(alias, part, "com.example." + word(), between(1, 9));
      case 17 -> Transforms.regexRouter(alias, "(.*", "x");
      default -> Transform.of(pick(alias, "bad alias"),
          pick("com.example.Custom", "io.debezium.transforms.outbox.EventRouter"), Map.of());
    };
  }
}
