package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

class ConfigPropertyTest {
  /**
   * 10,000 generated inputs, valid or broken, spread over every builder: each either builds a config Confluent's
   * template accepts, or throws the typed exception with at least one violation and no secret value in its message.
   */
  @Property(tries = 10_000)
  void everyInputBuildsAnOracleCleanConfigOrThrowsTheTypedException(@ForAll long seed) {
    Generators.Entry entry = Generators.ALL.get(Math.floorMod(seed, Generators.ALL.size()));
    Gen gen = new Gen(seed, true);
    ConnectorConfig config;
    try {
      config = entry.build.apply(gen);
    } catch (ConnectorValidationException e) {
      Statistics.label("outcome").collect("violations");
      assertThat(e.violations()).isNotEmpty();
      for (String secret : gen.secretValues) {
        assertThat(e.getMessage()).doesNotContain(secret);
      }
      return;
    }
    Statistics.label("outcome").collect("built");
    assertThat(FmTemplateOracle.of(entry.plugin).problems(config)).as("%s", config.redacted()).isEmpty();
    for (String secret : gen.secretValues) {
      assertThat(config.toString()).doesNotContain(secret);
    }
    Statistics.label("outcome").coverage(c -> {
      c.check("built").percentage(p -> p > 5);
      c.check("violations").percentage(p -> p > 5);
    });
  }
}
