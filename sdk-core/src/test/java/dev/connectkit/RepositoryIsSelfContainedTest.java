package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No build file or source of the repository points at {@code ../shared}, the developers' reference material a user's
 * clone does not have: what tests need from it comes in as generated data ({@code tools/regenerate-contract-data.py}).
 * The full proof is {@code git clone} into an empty temp directory and {@code ./mvnw verify} there; this guard catches
 * a new reference on every build.
 */
class RepositoryIsSelfContainedTest {
  private static final Pattern OUTSIDE =
      Pattern.compile("\\.\\./shared|shared/contracts|fm-templates|\"\\.\\.\"\\s*,\\s*(\"\\.\\.\"\\s*,\\s*)*\"shared\"");
  private static final Set<String> CHECKED = Set.of("java", "xml", "properties", "json", "yaml", "yml", "config", "sh");

  @Test
  void noSourceOrBuildFileReadsOutsideTheRepository() throws IOException {
    Path root = repositoryRoot();
    Path self = root.resolve("sdk-core/src/test/java/dev/connectkit/RepositoryIsSelfContainedTest.java");
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file) || file.equals(self) || rel.startsWith(".git") || rel.startsWith("tools/")
            || rel.contains("/target/") || rel.startsWith("target/") || !CHECKED.contains(extension(rel))) {
          continue;
        }
        checked++;
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (OUTSIDE.matcher(text).find()) {
          offenders.add(rel);
        }
      }
    }
    assertThat(checked).as("files checked under " + root).isGreaterThan(100);
    assertThat(offenders).as("files that point at ../shared").isEmpty();
  }

  private static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new AssertionError("no mvnw above " + start);
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }
}
