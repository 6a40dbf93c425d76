package dev.connectkit.connectors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConnectorFactsTest {
  @Test
  void everyConnectorLoadsFromTheGeneratedDataWithItsTypeAndCoreProperties() {
    for (String plugin : ConnectorFacts.PLUGINS) {
      ConnectorFacts facts = ConnectorFacts.of(plugin);
      assertThat(facts.plugin()).isEqualTo(plugin);
      assertThat(facts.connectorType()).isEqualTo(plugin.contains("Sink")
          ? "sink" : "source");
      assertThat(facts.properties()).containsKeys("connector.class", "tasks.max", "kafka.auth.mode");
      assertThat(facts.property("kafka.api.secret").isPassword()).as(plugin).isTrue();
      assertThat(facts.platformSet()).as(plugin).isNotEmpty().doesNotContainAnyElementsOf(facts.properties().keySet());
      assertThat(facts.transforms()).as(plugin)
          .contains("org.apache.kafka.connect.transforms.InsertField$Value");
    }
  }

  @Test
  void factsCarryRequiredFlagsDefaultsAllowedValuesPasswordsAndRewrites() {
    ConnectorFacts snowflake = ConnectorFacts.of("SnowflakeSink");
    assertThat(snowflake.property("snowflake.private.key").isPassword()).isTrue();
    assertThat(snowflake.property("snowflake.url.name").required()).isTrue();
    Set<String> passwords = snowflake.properties().values().stream()
        .filter(ConnectorFacts.Property::isPassword).map(ConnectorFacts.Property::name).collect(Collectors.toSet());
    assertThat(passwords).contains("kafka.api.secret", "snowflake.private.key", "snowflake.private.key.passphrase");
    ConnectorFacts datagen = ConnectorFacts.of("DatagenSource");
    assertThat(datagen.property("max.interval").type()).isEqualTo("INT");
    assertThat(datagen.property("output.data.format").allowed()).contains("AVRO", "JSON_SR", "PROTOBUF", "JSON");
    assertThat(ConnectorFacts.of("HttpSinkV2").property("report.errors.as").rewrites())
        .containsEntry("Http response", "HTTP_RESPONSE");
  }

  @Test
  void unknownConnectorOrPropertyIsAClearError() {
    assertThatThrownBy(() -> ConnectorFacts.of("NoSuchSink")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoSuchSink").hasMessageContaining("SnowflakeSink");
    assertThatThrownBy(() -> ConnectorFacts.of("DatagenSource").property("no.such"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such");
  }
}
