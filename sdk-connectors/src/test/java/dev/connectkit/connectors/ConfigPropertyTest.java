package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorValidationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfigPropertyTest {
  static final int INPUTS = 10_000;

  /**
   * 10,000 generated inputs, valid or broken, spread over every builder: each either builds a config Confluent's
   * template accepts and {@code fromConfig} reads back equal, or throws the typed exception with at least one
   * violation and no secret value in its message; an input nothing broke must build. Any other exception fails the
   * test. The seeds come from one fixed root, so a failure names a seed that replays it.
   */
  @Test
  void everyInputBuildsAnOracleCleanConfigOrThrowsTheTypedException() {
    SplittableRandom seeds = new SplittableRandom(0x5eed_c0ffeeL);
    int built = 0;
    int refused = 0;
    for (int i = 0; i < INPUTS; i++) {
      long seed = seeds.nextLong();
      Generators.Entry entry = Generators.ALL.get(Math.floorMod(seed, Generators.ALL.size()));
      Gen gen = new Gen(seed, true);
      ConnectorConfig config;
      try {
        config = entry.build.apply(gen);
      } catch (ConnectorValidationException e) {
        assertThat(gen.broken).as("seed %d (%s): an unbroken input was refused: %s", seed, entry.plugin,
            e.getMessage()).isTrue();
        refused++;
        assertThat(e.violations()).as("seed %d", seed).isNotEmpty();
        for (String secret : gen.secretValues) {
          assertThat(e.getMessage()).as("seed %d", seed).doesNotContain(secret);
        }
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " (" + entry.plugin + ") threw " + e, e);
      }
      built++;
      assertThat(FmTemplateOracle.of(entry.plugin).problems(config)).as("seed %d: %s", seed, config.redacted())
          .isEmpty();
      for (String secret : gen.secretValues) {
        assertThat(config.toString()).as("seed %d", seed).doesNotContain(secret);
      }
      ManagedConnector read = RealConfigCorpusTest.reader(entry.plugin)
          .apply(Checks.wire(config, false));
      if (((ManagedConnector) config).id().map(id -> id.equals(ConnectorName.normalise(id))).orElse(true)) {
        assertThat(read).as("seed %d: fromConfig of its map", seed).isEqualTo(config);
      } else { // read back, the id is the normalised one
        assertThat(read.name()).as("seed %d", seed).isEqualTo(config.name());
        assertThat(read.properties()).as("seed %d", seed).isEqualTo(config.properties());
        assertThat(read.secrets()).as("seed %d", seed).isEqualTo(config.secrets());
      }
    }
    System.out.printf("config property test: %d inputs, %d built, %d refused with typed violations%n",
        INPUTS, built, refused);
    assertThat(built).as("built").isGreaterThan(INPUTS / 20);
    assertThat(refused).as("refused").isGreaterThan(INPUTS / 20);
  }
}
