package dev.connectkit.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.connectors.internal.ConnectorFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PluginCatalogTest {
  private final PluginCatalog catalog = PluginCatalog.standard();

  private PluginCatalog.Plugin plugin(String className) {
    return Objects.requireNonNull(catalog.plugin(className), className);
  }

  private static PluginCatalog.Property property(PluginCatalog.Plugin plugin, String key) {
    return Objects.requireNonNull(plugin.properties.get(key), key);
  }

  @Test
  void everyPropertyOfTheGeneratedFactsIsInTheCatalogWithItsTypeDefaultAndAllowedValues() {
    assertThat(catalog.classes()).containsExactlyInAnyOrderElementsOf(ConnectorFacts.PLUGINS);
    for (String className : ConnectorFacts.PLUGINS) {
      ConnectorFacts facts = ConnectorFacts.of(className);
      PluginCatalog.Plugin plugin = plugin(className);
      assertThat(plugin.type).isEqualTo(facts.connectorType());
      for (ConnectorFacts.Property fact : facts.properties().values()) {
        if (fact.name().equals("name")) {
          continue;
        }
        PluginCatalog.Property p = property(plugin, fact.name());
        assertThat(p.type).isEqualTo(fact.type());
        assertThat(p.defaultValue).isEqualTo(fact.defaultValue());
        if (!fact.type().equals(PluginCatalog.BOOLEAN)) {
          assertThat(p.allowed).isEqualTo(fact.allowed());
        }
        assertThat(plugin.isSecret(fact.name())).as("%s %s", className, fact.name()).isEqualTo(
            fact.isPassword() || PluginCatalog.looksSecret(fact.name()));
      }
    }
  }

  @Test
  void aValueOutsideTheTemplatesAllowedValuesIsRefusedWhileItsOtherSpellingsPass() {
    PluginCatalog.Plugin sink = plugin("HttpSinkV2");
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "HttpSinkV2");
    config.put("tasks.max", "1");
    config.put("kafka.auth.mode", "SERVICE_ACCOUNT");
    config.put("kafka.service.account.id", "sa-1");
    config.put("topics", "orders");
    config.put("http.api.base.url", "https://example.com");
    config.put("api1.http.api.path", "/x");
    for (String accepted : List.of("Http response", "HTTP_RESPONSE", "error string", "ERROR_STRING")) {
      config.put("report.errors.as", accepted);
      assertThat(catalog.validate(sink, config)).as(accepted).isEmpty();
    }
    config.put("report.errors.as", "bogus");
    assertThat(catalog.validate(sink, config)).containsOnlyKeys("report.errors.as");
    config.put("report.errors.as", "ERROR_STRING");
    config.put("api1.http.request.method", "TRACE");
    assertThat(catalog.validate(sink, config)).containsOnlyKeys("api1.http.request.method");
  }

  @Test
  void requiredMeansRequiredWithoutADefault() {
    PluginCatalog.Plugin datagen = plugin("DatagenSource");
    assertThat(property(datagen, "kafka.topic").required).isTrue();
    assertThat(property(datagen, "output.data.format").required).isFalse(); // required, but defaults to JSON
    assertThat(catalog.validate(datagen, Map.of("connector.class", "DatagenSource")))
        .containsKeys("kafka.topic", "tasks.max");
  }
}
