package dev.connectkit.plan.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The example connector-set files (test resources {@code connector-sets/}) and files the tests write. */
final class Examples {
  static final Map<String, String> ENV =
      Map.of("SALES_KAFKA_API_KEY", "KEY-sales", "SALES_KAFKA_API_SECRET", "secret-sales");

  private Examples() {}

  static Path dir() {
    try {
      URL url = Objects.requireNonNull(Examples.class.getResource("/connector-sets/sales.yaml"));
      return Objects.requireNonNull(Path.of(url.toURI()).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path sales() {
    return dir().resolve("sales.yaml");
  }

  /** Every example YAML file. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} to {@code name} in {@code dir}. */
  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
