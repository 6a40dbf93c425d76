package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The snippets in README.md and in Javadoc are copies of regions of the compiled samples: a region in a sample is
 * marked {@code // snippet:NAME} … {@code // end-snippet}; its copy in README.md is
 * {@code <!-- snippet:NAME -->}, a fenced java block, {@code <!-- end-snippet -->}; in Javadoc it is
 * {@code <!-- snippet:NAME -->}, a {@code <pre>{@code ...}</pre>} block, {@code <!-- end-snippet -->}. Copies are
 * compared after removing common indentation.
 */
class SnippetsTest {
  private static final Pattern SOURCE_START = Pattern.compile("^\\s*// snippet:([a-z0-9-]+)\\s*$");
  private static final Pattern SOURCE_END = Pattern.compile("^\\s*// end-snippet\\s*$");
  private static final Pattern DOC_START = Pattern.compile("^(?:\\s*\\*)?\\s*<!-- snippet:([a-z0-9-]+) -->\\s*$");
  private static final Pattern DOC_END = Pattern.compile("^(?:\\s*\\*)?\\s*<!-- end-snippet -->\\s*$");

  private static final Path MODULE = Paths.get("").toAbsolutePath();
  private static final Path ROOT = java.util.Objects.requireNonNull(MODULE.getParent(), "the samples module's parent");

  @Test
  void everyReadmeSnippetIsACopyOfItsSample() {
    Map<String, List<String>> samples = sampleSnippets();
    Map<String, List<String>> readme = docSnippets(ROOT.resolve("README.md"), false);
    assertThat(readme).as("snippets marked in README.md").hasSizeGreaterThanOrEqualTo(8);
    readme.forEach((name, copy) -> assertSame("README.md", name, samples, copy));
  }

  @Test
  void everyJavadocSnippetIsACopyOfItsSample() throws IOException {
    Map<String, List<String>> samples = sampleSnippets();
    int found = 0;
    for (Path file : javaFiles(ROOT)) {
      Map<String, List<String>> copies = docSnippets(file, true);
      found += copies.size();
      copies.forEach((name, copy) -> assertSame(ROOT.relativize(file).toString(), name, samples, copy));
    }
    assertThat(found).as("snippets marked in Javadoc").isPositive();
  }

  @Test
  void theCheckNamesTheSnippetAndTheFirstDifferingLine() {
    Map<String, List<String>> samples = Map.of("demo", List.of("int a = 1;", "int b = 2;"));
    try {
      assertSame("README.md", "demo", samples, List.of("int a = 1;", "int b = 3;"));
    } catch (AssertionError e) {
      assertThat(e).hasMessageContaining("snippet 'demo' in README.md differs from the sample at line 2")
          .hasMessageContaining("sample: int b = 2;").hasMessageContaining("copy:   int b = 3;");
      return;
    }
    throw new AssertionError("a differing copy passed the check");
  }

  @Test
  void aSnippetRegionIsFoundAndDedented() {
    List<String> lines = List.of("class A {", "    // snippet:x", "    int a;", "      int b;", "    // end-snippet", "}");
    assertThat(regions(lines, SOURCE_START, SOURCE_END, "A.java")).containsEntry("x", List.of("int a;", "  int b;"));
  }

  private static void assertSame(String where, String name, Map<String, List<String>> samples, List<String> copy) {
    List<String> original = samples.get(name);
    if (original == null) {
      throw new AssertionError("snippet '" + name + "' in " + where + " has no region '// snippet:" + name
          + "' in the samples (known: " + samples.keySet() + ")");
    }
    int n = Math.max(original.size(), copy.size());
    for (int i = 0; i < n; i++) {
      String a = i < original.size() ? original.get(i) : "<end of snippet>";
      String b = i < copy.size() ? copy.get(i) : "<end of snippet>";
      if (!a.equals(b)) {
        throw new AssertionError("snippet '" + name + "' in " + where + " differs from the sample at line " + (i + 1)
            + "\n  sample: " + a + "\n  copy:   " + b + "\n(copy the region from the sample again)");
      }
    }
  }

  private static Map<String, List<String>> sampleSnippets() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try {
      for (Path file : javaFiles(MODULE.resolve("src/main/java"))) {
        regions(Files.readAllLines(file, StandardCharsets.UTF_8), SOURCE_START, SOURCE_END, file.toString())
            .forEach((name, lines) -> {
              if (out.put(name, lines) != null) {
                throw new AssertionError("snippet '" + name + "' is marked twice in the samples");
              }
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out).as("snippets marked in the samples").isNotEmpty();
    return out;
  }

  /** Copies in a Markdown file (fenced java block) or in the Javadoc of a Java file ({@code <pre>} block). */
  private static Map<String, List<String>> docSnippets(Path file, boolean javadoc) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    regions(lines, DOC_START, DOC_END, file.toString()).forEach((name, region) -> {
      List<String> body = new ArrayList<>();
      for (String line : region) {
        body.add(javadoc ? line.replaceFirst("^\\s*\\* ?", "") : line);
      }
      String open = javadoc ? "<pre>{@code" : "```java";
      String close = javadoc ? "}</pre>" : "```";
      if (body.size() < 2 || !body.get(0).trim().equals(open) || !body.get(body.size() - 1).trim().equals(close)) {
        throw new AssertionError("snippet '" + name + "' in " + file + " must be exactly one " + open + " … " + close
            + " block between its markers");
      }
      out.put(name, dedent(body.subList(1, body.size() - 1)));
    });
    return out;
  }

  static Map<String, List<String>> regions(List<String> lines, Pattern start, Pattern end, String where) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    @Nullable String open = null;
    List<String> body = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = start.matcher(line);
      if (m.matches()) {
        if (open != null) {
          throw new AssertionError(where + ":" + (i + 1) + ": snippet '" + m.group(1) + "' starts inside '" + open + "'");
        }
        open = m.group(1);
        body = new ArrayList<>();
      } else if (end.matcher(line).matches()) {
        if (open == null) {
          throw new AssertionError(where + ":" + (i + 1) + ": end-snippet without a start");
        }
        out.put(open, dedent(body));
        open = null;
      } else if (open != null) {
        body.add(line);
      }
    }
    if (open != null) {
      throw new AssertionError(where + ": snippet '" + open + "' has no end-snippet");
    }
    return out;
  }

  static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).collect(Collectors.toList());
  }

  /** The main sources under {@code root}, in a stable order. */
  static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
          .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
          .sorted().collect(Collectors.toList());
    }
  }
}
