package dev.connectkit.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectkit.ConnectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files of emitted configs: properties in emission order as {@code key=value}, then secret keys as
 * {@code key=****}. Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change.
 */
final class Golden {
  private static final Path DIR = Paths.get("src/test/resources/golden");

  private Golden() {}

  static String render(ConnectorConfig config) {
    StringBuilder out = new StringBuilder();
    out.append("# name: ").append(config.name().fullName()).append('\n');
    config.properties().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
    config.secrets().forEach((k, v) -> out.append(k).append("=").append(v).append(" (secret)\n"));
    return out.toString();
  }

  static void assertMatches(ConnectorConfig config, String name) {
    Path file = DIR.resolve(name + ".properties");
    String actual = render(config);
    try {
      if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        assertThat(Boolean.getBoolean("golden.update")).as("golden file %s was missing; written", file).isTrue();
      }
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
