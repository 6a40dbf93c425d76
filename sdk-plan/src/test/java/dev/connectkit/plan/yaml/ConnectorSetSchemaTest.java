package dev.connectkit.plan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.squareup.moshi.Moshi;
import dev.connectkit.plan.yaml.internal.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The checked-in JSON Schema of the format, against the examples and against what the loader accepts. */
class ConnectorSetSchemaTest {
  private static final String SCHEMA = "/dev/connectkit/plan/yaml/connector-set.schema.json";

  private static String schemaText() throws IOException {
    try (InputStream in = Objects.requireNonNull(ConnectorSetSchemaTest.class.getResourceAsStream(SCHEMA))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText(), InputFormat.JSON);
  }

  /** A YAML file as JSON, read with the loader's YAML 1.2 core schema. */
  private static String asJson(String yaml) {
    Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return new Moshi.Builder().build().adapter(Object.class).toJson(value);
  }

  private static List<Error> errors(String yaml) throws IOException {
    return schema().validate(asJson(yaml), InputFormat.JSON);
  }

  @Test
  void everyExampleBaseAndOverlayFileMatchesTheSchema() throws IOException {
    assertThat(Examples.all()).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : Examples.all()) {
      assertThat(errors(Files.readString(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void aWrittenSetMatchesTheSchema() throws IOException {
    String yaml = ConnectorSetYaml.write(
        ConnectorSetYaml.load(Examples.sales(), dev.connectkit.Stage.QAS, Examples.ENV));

    assertThat(errors(yaml)).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
    String head = "format: connectkit/v1\nset: s\nconnectors:\n  - name: n\n    class: C\n";
    assertThat(errors(head + "    secrets: {kafka.api.secret: hunter2}\n")).isNotEmpty();
    assertThat(errors(head + "    secrets: {k: {env: A, file: b}}\n")).isNotEmpty();
    assertThat(errors(head + "    state: runing\n")).isNotEmpty();
    assertThat(errors(head + "    colour: blue\n")).isNotEmpty();
    assertThat(errors(head + "    config: {name: other}\n")).isNotEmpty();
    assertThat(errors(head + "    config: {nested: {a: b}}\n")).isNotEmpty();
    assertThat(errors("format: connectkit/v2\n")).isNotEmpty();
    assertThat(errors(head + "    config: {tasks.max: 2}\n    secrets: {k: {unknown: true}}\n")).isEmpty();
  }

  @Test
  void everyKeyTheLoaderAcceptsIsInTheSchemaAndViceVersa() throws IOException {
    Object schema = Objects.requireNonNull(new Moshi.Builder().build().adapter(Object.class).fromJson(schemaText()));

    assertThat(keys(at(schema))).containsExactlyInAnyOrderElementsOf(Keys.TOP);
    assertThat(keys(at(schema, "properties", "placement"))).containsExactlyInAnyOrderElementsOf(Keys.PLACEMENT);
    assertThat(keys(at(schema, "$defs", "connector"))).containsExactlyInAnyOrderElementsOf(Keys.CONNECTOR);
    assertThat(keys(at(schema, "$defs", "secret"))).containsExactlyInAnyOrderElementsOf(Keys.SECRET);
    assertThat(at(schema, "$defs", "connector", "properties", "state").get("enum")).isEqualTo(Keys.STATES);
    assertThat(at(schema, "$defs", "connector", "properties", "type").get("enum")).isEqualTo(Keys.TYPES);
    assertThat(at(schema, "properties", "format").get("const")).isEqualTo(Keys.FORMAT);
  }

  /** The object at {@code path} below {@code root}; fails the test if there is none. */
  private static Map<?, ?> at(Object root, String... path) {
    Map<?, ?> value = (Map<?, ?>) root;
    for (String key : path) {
      value = (Map<?, ?>) Objects.requireNonNull(value.get(key), String.join(".", path));
    }
    return value;
  }

  private static List<String> keys(Map<?, ?> object) {
    assertThat(object.get("additionalProperties")).as("closed object").isEqualTo(false);
    return at(object, "properties").keySet().stream().map(String::valueOf).toList();
  }
}
