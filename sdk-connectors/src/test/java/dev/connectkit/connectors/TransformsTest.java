package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.connectkit.ConfigViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformsTest {
  private static Map<String, String> transformKeys(ManagedConnector config) {
    Map<String, String> out = new LinkedHashMap<>();
    config.properties().forEach((k, v) -> {
      if (k.startsWith("transforms") || k.startsWith("predicates")) {
        out.put(k, v);
      }
    });
    return out;
  }

  @Test
  void transformsAreEmittedInOrderWithSharedPredicatesOnce() {
    Predicate tombstone = Predicate.recordIsTombstone("isTombstone");
    DatagenSource config = DatagenSourceTest.minimal().addTransforms(
        Transforms.filter("drop").when(tombstone),
        Transforms.castWhole("str", RecordPart.KEY, CastType.STRING).unless(tombstone),
        Transforms.hoistField("wrap", RecordPart.VALUE, "payload")).build();
    assertThat(transformKeys(config)).containsExactly(
        Map.entry("transforms", "drop,str,wrap"),
        Map.entry("transforms.drop.type", "org.apache.kafka.connect.transforms.Filter"),
        Map.entry("transforms.drop.predicate", "isTombstone"),
        Map.entry("transforms.str.type", "org.apache.kafka.connect.transforms.Cast$Key"),
        Map.entry("transforms.str.spec", "string"),
        Map.entry("transforms.str.predicate", "isTombstone"),
        Map.entry("transforms.str.negate", "true"),
        Map.entry("transforms.wrap.type", "org.apache.kafka.connect.transforms.HoistField$Value"),
        Map.entry("transforms.wrap.field", "payload"),
        Map.entry("predicates", "isTombstone"),
        Map.entry("predicates.isTombstone.type",
            "org.apache.kafka.connect.transforms.predicates.RecordIsTombstone"));
  }

  @Test
  void typedFactoriesEmitConnectProperties() {
    DatagenSource config = DatagenSourceTest.minimal().addTransforms(
        ReplaceField.builder("tidy", RecordPart.VALUE).include("a", "b").rename("a", "x").build(),
        Transforms.headerFrom("hdr", RecordPart.VALUE, List.of("id"), List.of("record-id"),
            Transforms.HeaderOperation.COPY),
        Transforms.dropHeaders("dropH", "h1", "h2"),
        Transforms.setSchemaMetadata("schema", RecordPart.VALUE, "com.example.Order", 2),
        Transforms.timestampRouter("daily", "${topic}-${timestamp}", "yyyyMMdd"),
        Transforms.flatten("flat", RecordPart.VALUE, "_"),
        Transforms.extractField("idOnly", RecordPart.KEY, "id"),
        Transforms.maskField("mask", RecordPart.VALUE, List.of("card"), "****-****")).build();
    assertThat(transformKeys(config))
        .containsEntry("transforms.tidy.include", "a,b")
        .containsEntry("transforms.tidy.renames", "a:x")
        .containsEntry("transforms.hdr.operation", "copy")
        .containsEntry("transforms.dropH.headers", "h1,h2")
        .containsEntry("transforms.schema.schema.version", "2")
        .containsEntry("transforms.daily.timestamp.format", "yyyyMMdd")
        .containsEntry("transforms.flat.delimiter", "_")
        .containsEntry("transforms.idOnly.type", "org.apache.kafka.connect.transforms.ExtractField$Key")
        .containsEntry("transforms.mask.replacement", "****-****");
  }

  @Test
  void aliasesMustBeValidAndUnique() {
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransforms(
            Transforms.filter("a b"), Transforms.filter("x"), Transforms.filter("x")).build()))
        .extracting(ConfigViolation::rule)
        .containsExactly("has an invalid alias", "uses an alias twice");
  }

  @Test
  void rawEscapeHatchStillChecksTheAllowedList() {
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransforms(
            Transform.of("ok", "io.confluent.connect.transforms.Drop$Key", Map.of("schema.behavior", "retain")),
            Transform.of("custom", "com.example.MySmt", Map.of())).build()))
        .extracting(ConfigViolation::property).containsExactly("transforms.custom.type");
  }

  @Test
  void knownTransformsNeedTheirRequiredProperties() {
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransforms(
            Transform.of("cast", "org.apache.kafka.connect.transforms.Cast$Value", Map.of()),
            TimestampConverter.builder("ts", RecordPart.VALUE, TimestampConverter.Target.STRING).build(),
            Transforms.headerFrom("h", RecordPart.KEY, List.of("a", "b"), List.of("x"),
                Transforms.HeaderOperation.MOVE)).build()))
        .extracting(ConfigViolation::property)
        .containsExactly("transforms.cast.spec", "transforms.ts.format", "transforms.h.headers");
  }

  @Test
  void enumValuedTransformPropertiesAcceptWhatTheTypedFactoriesSendAndNameTheAllowedValues() {
    for (TimestampConverter.Target target : TimestampConverter.Target.values()) {
      for (TimestampConverter.UnixPrecision precision : TimestampConverter.UnixPrecision.values()) {
        DatagenSourceTest.minimal().addTransform(TimestampConverter.builder("ts", RecordPart.VALUE, target)
            .format("yyyy").unixPrecision(precision).build()).build();
      }
    }
    for (Transforms.HeaderOperation operation : Transforms.HeaderOperation.values()) {
      DatagenSourceTest.minimal()
          .addTransform(Transforms.headerFrom("h", RecordPart.KEY, List.of("a"), List.of("x"), operation)).build();
    }
    for (Transforms.TombstoneBehavior behavior : Transforms.TombstoneBehavior.values()) {
      DatagenSourceTest.minimal().addTransform(Transforms.tombstoneHandler("t", behavior)).build();
    }
    String ts = "org.apache.kafka.connect.transforms.TimestampConverter$Value";
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransforms(
            Transform.of("ts", ts, Map.of("target.type", "Instant", "unix.precision", "picoseconds")),
            Transform.of("h", "org.apache.kafka.connect.transforms.HeaderFrom$Key",
                Map.of("fields", "a", "headers", "x", "operation", "swap")),
            Transform.of("t", "io.confluent.connect.transforms.TombstoneHandler", Map.of("behavior", "drop")))
        .build()))
        .extracting(ConfigViolation::property, ConfigViolation::expected)
        .containsExactly(
            tuple("transforms.ts.target.type", "one of [string, unix, Date, Time, Timestamp]"),
            tuple("transforms.ts.unix.precision", "one of [seconds, milliseconds, microseconds, nanoseconds]"),
            tuple("transforms.h.operation", "one of [move, copy]"),
            tuple("transforms.t.behavior", "one of [ignore, warn, fail]"));
  }

  @Test
  void offsetFieldIsForSinksAndSetMaximumPrecisionForSources() {
    Transform offset = InsertField.builder("off", RecordPart.VALUE).offsetField("offset").build();
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransform(offset).build()))
        .extracting(ConfigViolation::property).containsExactly("transforms.off.offset.field");
    assertThat(SnowflakeSinkTest.minimal().addTransform(offset).build().properties())
        .containsEntry("transforms.off.offset.field", "offset");
    Transform precision = Transform.of("p",
        "com.github.jcustenborder.kafka.connect.transform.common.SetMaximumPrecision$Value",
        Map.of("precision.max", "10"));
    assertThat(Checks.violations(() -> SnowflakeSinkTest.minimal().addTransform(precision).build()))
        .extracting(ConfigViolation::rule).containsExactly("is available on source connectors only");
  }

  @Test
  void twoDifferentPredicatesMayNotShareAnAlias() {
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransforms(
            Transforms.filter("a").when(Predicate.topicNameMatches("p", "orders")),
            Transforms.filter("b").when(Predicate.topicNameMatches("p", "payments"))).build()))
        .extracting(ConfigViolation::property).containsExactly("predicates");
    assertThat(Checks.violations(() -> DatagenSourceTest.minimal().addTransform(
            Transforms.filter("a").when(Predicate.topicNameMatches("bad", "orders("))).build()))
        .extracting(ConfigViolation::property).containsExactly("predicates.bad.pattern");
  }

  @Test
  void transformsAndPredicatesRoundTripThroughFromConfig() {
    DatagenSource config = DatagenSourceTest.minimal().addTransforms(
        Transforms.insertHeader("h", "source", "gen").when(Predicate.hasHeaderKey("hasTrace", "trace")),
        Transforms.tombstoneHandler("t", Transforms.TombstoneBehavior.WARN)).build();
    assertThat(DatagenSource.fromConfig(Checks.wire(config, false))).isEqualTo(config);
  }
}
