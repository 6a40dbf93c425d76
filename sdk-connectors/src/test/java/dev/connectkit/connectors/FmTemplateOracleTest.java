package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class FmTemplateOracleTest {
  @Test
  void everyBuilderEmitsOnlyWhatTheTemplateDefinesForAGeneratedRangeOfValidInputs() {
    for (Generators.Entry entry : Generators.ALL) {
      FmTemplateOracle oracle = FmTemplateOracle.of(entry.plugin);
      for (long seed = 0; seed < 300; seed++) {
        ConnectorConfig config = entry.build.apply(new Gen(seed, false));
        assertThat(oracle.problems(config)).as("%s seed %d: %s", entry.plugin, seed, config.redacted()).isEmpty();
      }
    }
  }

  @Test
  void oracleCatchesUndefinedPlatformSetAndPlainPasswordProperties() {
    ConnectorConfig bad =
        DatagenSourceTest.minimal().extraProperty("errors.retry.timeout", "1").extraProperty("no.such", "x").build();
    List<String> problems = FmTemplateOracle.of("DatagenSource").problems(bad);
    assertThat(problems)
        .anyMatch(p -> p.startsWith("errors.retry.timeout is set by Confluent"))
        .anyMatch(p -> p.startsWith("no.such is not defined"));
  }

  @Test
  void oracleCatchesMissingRequiredProperty() {
    ConnectorConfig generic =
        dev.connectkit.GenericConnectorConfig.builder()
            .name(dev.connectkit.ConnectorName.raw("x"))
            .connectorClass("S3Source")
            .property("tasks.max", "1")
            .property("kafka.api.key", "plain")
            .build();
    assertThat(FmTemplateOracle.of("S3Source").problems(generic))
        .contains("s3.bucket.name is required by the template but not emitted")
        .contains("kafka.api.key is a PASSWORD but sent in plain");
  }

  @Test
  void oracleCatchesMistypedOutOfRangeMisclassifiedSecretAndForeignTransform() {
    ConnectorConfig generic =
        dev.connectkit.GenericConnectorConfig.builder()
            .name(dev.connectkit.ConnectorName.raw("x"))
            .connectorClass("DatagenSource")
            .property("tasks.max", "one")
            .property("kafka.topic", "orders")
            .property("output.data.format", "XML")
            .property("transforms", "t")
            .property("transforms.t.type", "com.example.MySmt")
            .secret("kafka.topic", dev.connectkit.Secret.of("s"))
            .secret("kafka.api.secret", dev.connectkit.Secret.of("s"))
            .property("kafka.api.key", "k")
            .build();
    assertThat(FmTemplateOracle.of("DatagenSource").problems(generic))
        .contains("tasks.max=one is not an INT")
        .anyMatch(p -> p.startsWith("output.data.format=XML is not among the recommended values"))
        .contains("kafka.topic is sent as a secret but typed STRING")
        .contains("kafka.api.key is a PASSWORD but sent in plain")
        .contains("transforms.t.type=com.example.MySmt is not an SMT Confluent allows on DatagenSource");
  }
}
