package dev.connectkit.plan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectkit.ConnectorType;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorSetYamlTest {
  private static final String HEAD = "format: connectkit/v1\nset: sales-connectors\nplacement: {businessUnit: sales}\n";

  @TempDir Path dir;

  private static DesiredConnector entry(ConnectorSet set, String name) {
    return set.entry(name).orElseThrow(() -> new AssertionError(name + " not in " + set));
  }

  private ConnectorSetFormatException failure(String yaml) {
    Path file = Examples.write(dir, "set.yaml", yaml);
    return catchThrowableOfType(
        ConnectorSetFormatException.class, () -> ConnectorSetYaml.load(file, Stage.DEV, Examples.ENV));
  }

  @Test
  void theBaseAloneIsTheSetOfAStageWithoutOverlay() {
    ConnectorSet dev = ConnectorSetYaml.load(Examples.sales(), Stage.DEV, Examples.ENV);

    assertThat(dev.id()).isEqualTo("sales-connectors");
    assertThat(dev.stage()).isEqualTo(Stage.DEV);
    DesiredConnector orders = entry(dev, "sales-dev-orders-datagen-connector");
    assertThat(orders.config()).isInstanceOf(DatagenSource.class);
    assertThat(orders.config().properties())
        .containsEntry("kafka.topic", "sales-orders")
        .containsEntry("tasks.max", "1")
        .containsEntry("max.interval", "500");
    assertThat(orders.config().secrets().get("kafka.api.secret")).isEqualTo(Secret.of("secret-sales"));
    assertThat(orders.state()).isEqualTo(DesiredState.RUNNING);
    assertThat(orders.isProtected()).isFalse();
    DesiredConnector legacy = entry(dev, "sales-dev-legacy-datagen-connector");
    assertThat(legacy.state()).isEqualTo(DesiredState.PAUSED);
    assertThat(legacy.config().secrets()).containsEntry("kafka.api.secret", Secret.unknown());
  }

  @Test
  void aStageOverlayMergesByTheDocumentedRule() {
    ConnectorSet qas = ConnectorSetYaml.load(Examples.sales(), Stage.QAS, Examples.ENV);

    assertThat(qas.entries()).extracting(DesiredConnector::name)
        .containsExactly("sales-qas-orders-datagen-connector", "sales-qas-audit-file-connector");
    DesiredConnector orders = entry(qas, "sales-qas-orders-datagen-connector");
    assertThat(orders.isProtected()).isTrue();
    assertThat(orders.config().properties())
        .containsEntry("tasks.max", "2") // replaced
        .containsEntry("kafka.topic", "sales-orders") // kept from the base
        .doesNotContainKey("max.interval"); // null removes
    DesiredConnector audit = entry(qas, "sales-qas-audit-file-connector");
    assertThat(audit.config().type()).isEqualTo(ConnectorType.SINK);
    assertThat(audit.config().connectorClass()).isEqualTo("org.example.AuditFileSink");
  }

  @Test
  void aSecretReferenceInAnOverlayReplacesTheBaseOneAndReadsItsFileBesideTheOverlay() {
    ConnectorSet run = ConnectorSetYaml.load(Examples.sales(), Stage.RUN, Examples.ENV);

    DesiredConnector orders = entry(run, "sales-run-orders-datagen-connector");
    assertThat(orders.config().secrets().get("kafka.api.secret")).isEqualTo(Secret.of("run-secret-from-file"));
    assertThat(orders.config().secrets().get("kafka.api.key")).isEqualTo(Secret.of("KEY-sales"));
    assertThat(orders.secretsVersion()).contains("2026-12");
    assertThat(orders.config().properties()).containsEntry("tasks.max", "4");
  }

  @Test
  void aLiteralSecretIsRefusedUnderSecretsAndAsAPasswordKeyUnderConfig() {
    ConnectorSetFormatException e = failure(HEAD + """
        connectors:
          - id: orders
            class: DatagenSource
            config:
              kafka.topic: t
              quickstart: ORDERS
              output.data.format: JSON
              kafka.api.key: AKIA-LITERAL
            secrets:
              kafka.api.secret: hunter2
        """);

    assertThat(e.problems()).extracting(ConnectorSetFormatException.Problem::field)
        .containsExactly("connectors[orders].config.kafka.api.key", "connectors[orders].secrets.kafka.api.secret");
    assertThat(e.problems().get(0).line()).isEqualTo(11);
    assertThat(e.problems().get(1).line()).isEqualTo(13);
    assertThat(e.problems().get(1).problem()).contains("literal secret");
    assertThat(e.problems().get(1).valid()).contains("{env: NAME}");
    assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("AKIA-LITERAL").contains("set.yaml:13");
  }

  @Test
  void typedErrorsNameTheFileLineAndFieldWithWhatIsValid() {
    ConnectorSetFormatException e = failure(HEAD + """
        connectors:
          - id: orders
            class: DatagenSource
            state: runing
            colour: blue
            config:
              kafka.topic: t
              quickstart: ORDERS
              output.data.format: XML
            secrets:
              kafka.api.key: {env: SALES_KAFKA_API_KEY}
              kafka.api.secret: {env: NOT_SET_ANYWHERE}
        """);

    assertThat(e.problems()).extracting(p -> p.line() + " " + p.field())
        .containsExactly(
            "8 connectors[orders].colour",
            "7 connectors[orders].state",
            "15 connectors[orders].secrets.kafka.api.secret.env");
    assertThat(e.problems().get(1).valid()).isEqualTo("running, paused, stopped");
    assertThat(e.problems().get(0).valid()).contains("class", "config", "secrets");
    assertThat(e.problems().get(0).file()).endsWith("set.yaml");
  }

  @Test
  void aTypedBuildersViolationPointsAtTheLineOfItsKey() {
    ConnectorSetFormatException e = failure(HEAD + """
        connectors:
          - id: orders
            class: DatagenSource
            config:
              kafka.topic: t
              quickstart: ORDERS
              max.interval: soon
            secrets:
              kafka.api.key: {unknown: true}
              kafka.api.secret: {unknown: true}
        """);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).field()).isEqualTo("connectors[orders].max.interval");
    assertThat(e.problems().get(0).line()).isEqualTo(10);
    assertThat(e.problems().get(0).problem()).contains("soon");
  }

  @Test
  void yamlOnePointTwoKeepsNoAndOnAsStringsAndNumbersAsWritten() {
    Path file = Examples.write(dir, "set.yaml", """
        format: connectkit/v1
        set: s
        connectors:
          - name: flags
            class: org.example.Flags
            type: source
            config: {country: NO, switch: on, tasks.max: 01, ratio: 1.50}
        """);

    ConnectorSet set = ConnectorSetYaml.load(file, Stage.DEV, Map.of());

    assertThat(set.entries().get(0).config().properties())
        .containsEntry("country", "NO")
        .containsEntry("switch", "on")
        .containsEntry("tasks.max", "01")
        .containsEntry("ratio", "1.50");
  }

  @Test
  void malformedYamlAnchorsAndDuplicateKeysAreRefusedWithTheirLine() {
    assertThat(failure("format: connectkit/v1\nset: [unclosed\n").problems().get(0).problem())
        .contains("is not valid YAML");
    assertThat(failure(HEAD + "connectors:\n  - &a {name: x, class: C, type: sink}\n").problems().get(0).line())
        .isEqualTo(5);
    ConnectorSetFormatException twice = failure(HEAD + "set: again\n");
    assertThat(twice.problems().get(0).field()).isEqualTo("set");
    assertThat(twice.problems().get(0).line()).isEqualTo(4);
  }

  @Test
  void anIdNeedsAPlacementAndAGenericClassNeedsAType() {
    ConnectorSetFormatException e = failure("""
        format: connectkit/v1
        set: s
        connectors:
          - id: orders
            class: org.example.Sink
        """);

    assertThat(e.problems()).extracting(ConnectorSetFormatException.Problem::field)
        .containsExactly("connectors[orders].id");
    ConnectorSetFormatException typeless = failure("""
        format: connectkit/v1
        set: s
        connectors:
          - name: orders
            class: org.example.Sink
        """);
    assertThat(typeless.problems().get(0).field()).isEqualTo("connectors[orders].type");
  }

  @Test
  void anOverlayThatRemovesAConnectorTheBaseLacksIsAProblem() {
    Path base = Examples.write(dir, "s.yaml", HEAD + "connectors: []\n");
    Examples.write(dir, "s.qas.yaml", "connectors:\n  - id: ghost\n    remove: true\n");

    assertThatThrownBy(() -> ConnectorSetYaml.load(base, Stage.QAS, Map.of()))
        .isInstanceOf(ConnectorSetFormatException.class)
        .hasMessageContaining("s.qas.yaml:2")
        .hasMessageContaining("removes a connector the base file does not have");
  }

  @Test
  void aMissingBaseFileIsAProblemNamingIt() {
    assertThatThrownBy(() -> ConnectorSetYaml.load(dir.resolve("nope.yaml"), Stage.DEV))
        .isInstanceOf(ConnectorSetFormatException.class)
        .hasMessageContaining("nope.yaml:1: (file): does not exist");
  }

  @Test
  void aWrittenSetLoadsBackToTheSameSetExceptForSecretsWhichArePlaceholders() {
    ConnectorSet qas = ConnectorSetYaml.load(Examples.sales(), Stage.QAS, Examples.ENV);

    String yaml = ConnectorSetYaml.write(qas);
    ConnectorSet again = ConnectorSetYaml.load(Examples.write(dir, "again.yaml", yaml), Stage.QAS, Map.of());

    assertThat(yaml).doesNotContain("secret-sales").doesNotContain("KEY-sales").contains("{unknown: true}");
    assertThat(ConnectorSetYaml.write(again)).isEqualTo(yaml);
    assertThat(again.entries()).hasSameSizeAs(qas.entries());
    for (DesiredConnector d : qas.entries()) {
      DesiredConnector back = entry(again, d.name());
      assertThat(back.config().properties()).isEqualTo(d.config().properties());
      assertThat(back.config().secrets().keySet()).isEqualTo(d.config().secrets().keySet());
      assertThat(back.state()).isEqualTo(d.state());
      assertThat(back.isProtected()).isEqualTo(d.isProtected());
    }
  }
}
