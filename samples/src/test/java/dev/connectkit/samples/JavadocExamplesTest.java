package dev.connectkit.samples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code example in the Javadoc of the published modules compiles with {@code javac --release 17} against the
 * modules' classes, and the examples marked to run do run.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block in a main source of sdk-core, sdk-connectors, sdk-testing,
 * sdk-azure-identity, sdk-plan or sdk-micrometer; any other {@code <pre>} or a {@code {@snippet}} fails the check, so
 * no example goes unchecked.
 * Each example becomes the body of a method {@code example()} of its own class, which sees the imports of the
 * example's source file, the file's package and, on demand, the SDK's public packages, {@code java.time},
 * {@code java.util}, {@code java.util.concurrent}, {@code java.nio.file}, {@code com.azure.identity}, JUnit's API and
 * AssertJ's {@code assertThat}. An example that starts with an annotation, a type or a method declaration becomes
 * members of that class instead. Hidden HTML comments right above the {@code <pre>} (other comments such as snippet
 * markers may sit between) say more:
 * <ul>
 *   <li>{@code <!-- example: ConnectorClient client; String name; void alert(String message) -->}: what the example
 *       uses without defining it; variables become fields, methods abstract methods;</li>
 *   <li>{@code <!-- example runs -->}: the example needs nothing from outside (no network, no environment variable)
 *       and is also run; in it a line {@code expression;  // value} claims the expression's value, and the run
 *       compares {@code String.valueOf(expression)} with it (surrounding quotes removed);</li>
 *   <li>{@code <!-- not-java: json -->}: the block is not Java (the reason names its language); counted, not
 *       compiled.</li>
 * </ul>
 * Every public top-level type outside {@code internal} packages has a Java example in its own Javadoc.
 */
class JavadocExamplesTest {
  private static final Path ROOT = Objects.requireNonNull(Paths.get("").toAbsolutePath().getParent(), "the root");
  private static final List<String> MODULES =
      List.of("sdk-core", "sdk-connectors", "sdk-testing", "sdk-azure-identity", "sdk-plan", "sdk-micrometer");
  private static final List<String> IMPORTS = List.of("dev.connectkit.*", "dev.connectkit.auth.*",
      "dev.connectkit.connectors.*", "dev.connectkit.testing.*", "dev.connectkit.azure.*", "dev.connectkit.plan.*",
      "dev.connectkit.plan.yaml.*", "dev.connectkit.micrometer.*", "java.time.*",
      "java.util.*",
      "java.util.concurrent.*", "java.nio.file.*", "com.azure.identity.*", "org.junit.jupiter.api.*",
      "org.junit.jupiter.api.extension.*", "static org.assertj.core.api.Assertions.assertThat");

  private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*\\*(?: ?)(.*)$");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*(.*?)\\s*-->$");
  private static final Pattern EXAMPLE_MARKER = Pattern.compile("^example(?:: (.+)| runs)$");
  private static final Pattern NOT_JAVA_MARKER = Pattern.compile("^not-java: (\\S.*)$");
  private static final Pattern CODE_START = Pattern.compile("<pre>\\{@code\\s*$");
  private static final Pattern CODE_END = Pattern.compile("^\\s*\\*\\s*}</pre>\\s*$");
  private static final Pattern OTHER_FORM = Pattern.compile("<pre\\b|\\{@snippet|<code>\\s*$");
  private static final Pattern MEMBER_START =
      Pattern.compile("^(@|(public |protected |private |static |final |abstract )*(class|interface|record|enum) "
          + "|void \\w+\\()");
  private static final Pattern IMPORT = Pattern.compile("^import [\\w.*]+;$|^import static [\\w.*]+;$");
  /** In an example that runs, {@code expression;  // value} claims the expression's value; the check compares it. */
  private static final Pattern CLAIM =
      Pattern.compile("^(\\s*)([A-Za-z][\\w.]*\\((?:(?! = ).)*\\));\\s*//\\s*(\\S.*?)\\s*$");
  private static final Pattern TOP_LEVEL_PUBLIC_TYPE =
      Pattern.compile("^public (final |abstract |sealed |non-sealed )*(class|interface|enum|record|@interface) (\\w+)");

  enum Kind { COMPILE, RUN, NOT_JAVA }

  /** One example: where its {@code <pre>} is, its lines, what it declares, and what to do with it. */
  record Example(String where, int firstLine, List<String> body, List<String> declarations, Kind kind,
      String packageName, List<String> fileImports) {
    String at(int bodyIndex) {
      return where + ":" + (firstLine + bodyIndex);
    }
  }

  @Test
  void everyJavadocExampleCompilesAndTheRunnableOnesRun(@TempDir Path out) throws Exception {
    List<Example> examples = new ArrayList<>();
    for (String module : MODULES) {
      for (Path file : SnippetsTest.javaFiles(ROOT.resolve(module))) {
        examples.addAll(examples(ROOT.relativize(file).toString(), Files.readAllLines(file, UTF_8)));
      }
    }
    long compiled = examples.stream().filter(e -> e.kind() != Kind.NOT_JAVA).count();
    long run = examples.stream().filter(e -> e.kind() == Kind.RUN).count();
    System.out.printf("Javadoc examples: %d found, %d compiled, %d run, %d not Java%n", examples.size(), compiled, run,
        examples.size() - compiled);
    // A floor, so that a scanner that finds nothing (a moved source root, a changed comment style) cannot pass.
    assertThat(examples).as("examples found in the published modules' Javadoc").hasSizeGreaterThanOrEqualTo(120);

    List<String> errors = compile(examples, out);
    assertThat(errors).as("Javadoc examples that do not compile (javac --release 17)").isEmpty();
    assertThat(run(examples, out)).as("Javadoc examples marked 'example runs' that fail when run").isEmpty();
  }

  @Test
  void everyPublicTypeHasAnExample() throws IOException {
    List<String> without = new ArrayList<>();
    int types = 0;
    for (String module : MODULES) {
      for (Path file : SnippetsTest.javaFiles(ROOT.resolve(module))) {
        if (file.toString().contains("internal")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, UTF_8);
        int type = 0;
        while (type < lines.size() && !TOP_LEVEL_PUBLIC_TYPE.matcher(lines.get(type)).find()) {
          type++;
        }
        int declaration = type + 1;
        types += type < lines.size() ? 1 : 0;
        if (type < lines.size() && examples(file.toString(), lines).stream()
            .noneMatch(e -> e.kind() != Kind.NOT_JAVA && e.firstLine() < declaration)) {
          without.add(ROOT.relativize(file).toString());
        }
      }
    }
    assertThat(types).as("public top-level types found").isGreaterThanOrEqualTo(80);
    assertThat(without).as("public types without a Java example in the type's Javadoc").isEmpty();
  }

  @Test
  void aFailingExampleNamesItsFileLineAndTheCompilerMessage(@TempDir Path out) {
    List<String> source = List.of("package dev.connectkit;", "", "/**", " * Builds nothing.", " *",
        " * <!-- example: ConnectorClient client -->", " * <pre>{@code", " * client.list();",
        " * client.lst();", " * }</pre>", " */", "public class Broken {}");
    List<Example> examples = examples("sdk-core/Broken.java", source);
    assertThat(examples).singleElement()
        .satisfies(e -> assertThat(e.declarations()).containsExactly("ConnectorClient client"));
    assertThat(compile(examples, out)).singleElement().asString()
        .startsWith("sdk-core/Broken.java:9: ").contains("cannot find symbol").contains("client.lst();");
  }

  @Test
  void anExampleThatRunsHasItsClaimedValuesChecked(@TempDir Path out) throws Exception {
    List<Example> examples = examples("sdk-core/Claims.java", List.of("/**", " * <!-- example runs -->",
        " * <pre>{@code", " * String.valueOf(1 + 1);   // 2", " * Integer.toString(2 + 2);  // 5", " * }</pre>",
        " */"));
    assertThat(compile(examples, out)).isEmpty();
    assertThat(run(examples, out)).containsExactly("sdk-core/Claims.java:5: the example says 5, but it is 4");
  }

  @Test
  void aBlockInAnotherFormOrWithoutItsEndFailsTheCheck() {
    assertThatThrownBy(() -> examples("A.java", List.of("/**", " * <pre>", " * int a;", " * </pre>", " */")))
        .hasMessageContaining("A.java:2: ").hasMessageContaining("<pre>{@code");
    assertThatThrownBy(() -> examples("A.java", List.of("/**", " * <pre>{@code", " * int a;", " */")))
        .hasMessageContaining("A.java:2: ").hasMessageContaining("no }</pre>");
    assertThatThrownBy(() -> examples("A.java", List.of("/**", " * <!-- example runs: int a -->", " * <pre>{@code",
        " * a++;", " * }</pre>", " */"))).hasMessageContaining("A.java:2: ").hasMessageContaining("marker");
  }

  @Test
  void aNotJavaBlockIsCountedButNotCompiled() {
    List<Example> examples = examples("A.java", List.of("/**", " * <!-- not-java: json -->", " * <pre>{@code",
        " * {\"a\": 1}", " * }</pre>", " */"));
    assertThat(examples).singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.NOT_JAVA));
  }

  /** The examples in one source file, in order; fails on a block it cannot read. */
  static List<Example> examples(String where, List<String> lines) {
    String packageName = lines.stream().filter(l -> l.startsWith("package ")).findFirst()
        .map(l -> l.substring("package ".length(), l.indexOf(';'))).orElse("");
    List<String> fileImports = lines.stream().filter(l -> IMPORT.matcher(l).matches())
        .map(l -> l.substring("import ".length(), l.length() - 1))
        .filter(i -> !i.startsWith("org.immutables.")) // annotations seen only by the SDK's own compiler
        .collect(Collectors.toList());
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!OTHER_FORM.matcher(line).find()) {
        continue;
      }
      if (!CODE_START.matcher(line).find()) {
        throw new AssertionError(where + ":" + (i + 1) + ": a code block must be <pre>{@code … }</pre>, the opening"
            + " on a line of its own: " + line.trim());
      }
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !CODE_END.matcher(lines.get(i)).matches(); i++) {
        Matcher m = COMMENT_LINE.matcher(lines.get(i));
        if (!m.matches() || lines.get(i).contains("*/")) {
          throw new AssertionError(where + ":" + (start + 1) + ": <pre>{@code has no }</pre> before line " + (i + 1));
        }
        body.add(m.group(1));
      }
      if (i == lines.size()) {
        throw new AssertionError(where + ":" + (start + 1) + ": <pre>{@code has no }</pre>");
      }
      out.add(markedExample(where, lines, start, body, packageName, fileImports));
    }
    return out;
  }

  /** Reads the hidden markers above the block at {@code start}. */
  private static Example markedExample(String where, List<String> lines, int start, List<String> body,
      String packageName, List<String> fileImports) {
    Kind kind = Kind.COMPILE;
    List<String> declarations = new ArrayList<>();
    for (int j = start - 1; j >= 0; j--) {
      Matcher comment = COMMENT_LINE.matcher(lines.get(j));
      Matcher marker = comment.matches() ? MARKER.matcher(comment.group(1).trim()) : null;
      if (marker == null || !marker.matches()) {
        break;
      }
      String text = marker.group(1);
      Matcher example = EXAMPLE_MARKER.matcher(text);
      if (example.matches()) {
        if (example.group(1) == null) {
          kind = Kind.RUN;
        } else {
          for (String declaration : example.group(1).split(";")) {
            declarations.add(declaration.trim());
          }
        }
      } else if (NOT_JAVA_MARKER.matcher(text).matches()) {
        kind = Kind.NOT_JAVA;
      } else if (text.startsWith("example") || text.startsWith("not-java")) {
        throw new AssertionError(where + ":" + (j + 1) + ": unreadable example marker '" + text + "'; write"
            + " <!-- example: Type name; Type method(Type arg) -->, <!-- example runs -->"
            + " or <!-- not-java: LANGUAGE -->");
      }
    }
    if (kind == Kind.RUN && !declarations.isEmpty()) {
      throw new AssertionError(where + ":" + (start + 1) + ": an example that runs cannot declare " + declarations);
    }
    return new Example(where, start + 2, SnippetsTest.dedent(body), declarations, kind, packageName, fileImports);
  }

  /** Compiles every Java example at once; returns one message per error, with the example's file and line. */
  static List<String> compile(List<Example> examples, Path out) {
    JavaCompiler javac = Objects.requireNonNull(ToolProvider.getSystemJavaCompiler(), "a JDK's compiler");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i).kind() != Kind.NOT_JAVA) {
        sources.add(new Source(i, examples.get(i)));
      }
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      // Deprecated API in an example fails the check too (a mandatory warning with these lints).
      List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-Xmaxerrs", "100000",
          "-Xlint:deprecation,removal", "-classpath", System.getProperty("java.class.path"));
      javac.getTask(null, files, diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        Source source = (Source) d.getSource();
        String where = source == null ? "javac" : source.locate((int) d.getLineNumber());
        errors.add(where + ": " + d.getKind().toString().toLowerCase(Locale.ROOT) + ": "
            + d.getMessage(Locale.ROOT) + (source == null ? "" : "\n    " + source.line((int) d.getLineNumber())));
      }
    }
    return errors.stream().distinct().collect(Collectors.toList()); // javac may report one error twice
  }

  /** Runs the examples marked {@code <!-- example runs -->}; returns one message per example that threw. */
  private static List<String> run(List<Example> examples, Path out) throws Exception {
    List<String> failures = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        JavadocExamplesTest.class.getClassLoader())) {
      for (int i = 0; i < examples.size(); i++) {
        Example example = examples.get(i);
        if (example.kind() != Kind.RUN) {
          continue;
        }
        try {
          Object instance = loader.loadClass(Source.className(i)).getConstructor().newInstance();
          instance.getClass().getMethod("example").invoke(instance);
        } catch (InvocationTargetException e) {
          failures.add(e.getCause() instanceof AssertionError ? String.valueOf(e.getCause().getMessage())
              : example.at(0) + ": the example threw " + e.getCause());
        }
      }
    }
    return failures;
  }

  /** The generated source of one example, which maps its lines back to the documented file. */
  private static final class Source extends SimpleJavaFileObject {
    private final Example example;
    private final List<String> lines = new ArrayList<>();
    private final int bodyStart;

    Source(int index, Example example) {
      super(URI.create("string:///javadoc/examples/" + className(index).substring("javadoc.examples.".length())
          + ".java"), JavaFileObject.Kind.SOURCE);
      this.example = example;
      List<String> body = new ArrayList<>(example.body());
      lines.add("package javadoc.examples;");
      List<String> imports = new ArrayList<>(example.fileImports());
      if (!example.packageName().isEmpty()) {
        imports.add(example.packageName() + ".*");
      }
      imports.addAll(IMPORTS);
      while (!body.isEmpty() && IMPORT.matcher(body.get(0)).matches()) {
        imports.add(body.remove(0).replaceFirst("^import (.*);$", "$1"));
        body.add(0, ""); // keeps the line numbers
      }
      imports.forEach(i -> lines.add("import " + i + ";"));
      boolean abstractMethods = example.declarations().stream().anyMatch(d -> d.contains("("));
      lines.add("public " + (abstractMethods ? "abstract " : "") + "class " + className(index).replaceFirst(".*\\.", "")
          + " {");
      for (String declaration : example.declarations()) {
        lines.add("  " + (declaration.contains("(") ? "abstract " : "") + declaration + ";");
      }
      String first = body.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
          .orElse("");
      boolean members = MEMBER_START.matcher(first).find();
      if (!members) {
        lines.add("  public void example() throws Exception {");
      }
      bodyStart = lines.size();
      for (int i = 0; i < body.size(); i++) {
        Matcher claim = CLAIM.matcher(body.get(i));
        lines.add(example.kind() == JavadocExamplesTest.Kind.RUN && !members && claim.matches()
            ? claim.group(1) + "check(\"" + example.at(i) + "\", " + claim.group(2) + ", \""
                + claim.group(3).replaceAll("^\"(.*)\"$", "$1").replace("\\", "\\\\").replace("\"", "\\\"") + "\");"
            : body.get(i));
      }
      if (!members) {
        lines.add("  }");
      }
      if (example.kind() == JavadocExamplesTest.Kind.RUN) {
        lines.add("  private static void check(String where, Object actual, String claimed) {");
        lines.add("    if (!String.valueOf(actual).equals(claimed)) {");
        lines.add("      throw new AssertionError(where + \": the example says \" + claimed");
        lines.add("          + \", but it is \" + actual);");
        lines.add("    }");
        lines.add("  }");
      }
      lines.add("}");
    }

    static String className(int index) {
      return String.format(Locale.ROOT, "javadoc.examples.Example%03d", index);
    }

    String locate(int generatedLine) {
      int index = generatedLine - 1 - bodyStart;
      return index >= 0 && index < example.body().size() ? example.at(index)
          : example.where() + ":" + (example.firstLine() - 1) + " (its example marker or wrapper)";
    }

    String line(int generatedLine) {
      return generatedLine >= 1 && generatedLine <= lines.size() ? lines.get(generatedLine - 1).trim() : "";
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return String.join("\n", lines) + "\n";
    }
  }
}
