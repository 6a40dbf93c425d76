package dev.connectkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Cold start: JVM start → client built → first completed status call → exit, each contestant a process of its own
 * with only its jars on the class path. Runs contestants in turn (interleaved, so drift hits all alike), 2 warm-ups
 * then {@code runs} measured runs each, and prints the median with its quartiles and the ratios of medians.
 *
 * <pre>{@code
 * java -Dbench.url=http://127.0.0.1:PORT -cp target/classes dev.connectkit.benchmarks.ColdStart target 10 2
 * }</pre>
 */
public final class ColdStart {
  /** The connector the contestants ask for (a literal, so contestants never load this class). */
  static final String CONNECTOR = "bench-dev-orders-connector";

  static final String TOKEN = "bench-token";

  /** Jars of the floor: OkHttp, Okio, Moshi, Kotlin's stdlib and its annotations. */
  private static final String FLOOR = "(okhttp-jvm|okio-jvm|moshi|kotlin-stdlib|annotations)-[0-9].*";

  private static final Map<String, Contender> CONTENDERS = new LinkedHashMap<>();

  static {
    CONTENDERS.put("okhttp+moshi", new Contender(ColdStartFloor.class, FLOOR));
    CONTENDERS.put("retrofit+moshi", new Contender(ColdStartRetrofit.class, FLOOR + "|(retrofit|converter-moshi)-[0-9].*"));
    CONTENDERS.put(
        "connectkit sdk",
        new Contender(ColdStartSdk.class, FLOOR + "|(retrofit|converter-moshi|sdk-core|jspecify)-[0-9].*"));
    CONTENDERS.put(
        "connectkit sdk, Kafka Connect target",
        new Contender(
            ColdStartSdkKafkaConnect.class, FLOOR + "|(retrofit|converter-moshi|sdk-core|jspecify)-[0-9].*"));
    CONTENDERS.put(
        "sourcelab kafka-connect-client 4.0.4",
        new Contender(
            ColdStartPeer.class,
            "(kafka-connect-client|httpclient|httpcore|commons-logging|commons-codec|jackson-[a-z]+|slf4j-api)-[0-9].*"));
  }

  private ColdStart() {}

  private static final class Contender {
    final Class<?> main;
    final Pattern jars;
    final List<Long> nanos = new ArrayList<>();
    long classes;

    Contender(Class<?> main, String jars) {
      this.main = main;
      this.jars = Pattern.compile(jars);
    }
  }

  /** Arguments: the module's target directory, measured runs (default 10), warm-ups (default 2). */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "benchmarks/target");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    if (!CONNECTOR.equals(Fixtures.NAME)) {
      throw new IllegalStateException("ColdStart.CONNECTOR must be " + Fixtures.NAME);
    }
    List<String> dependencies =
        Arrays.asList(Files.readString(target.resolve("classpath.txt"), StandardCharsets.UTF_8).trim()
            .split(File.pathSeparator));
    String classes = target.resolve("classes").toAbsolutePath().toString();
    try (ServerHandle server = ServerHandle.open()) {
      Map<String, String> classPaths = new LinkedHashMap<>();
      CONTENDERS.forEach((name, c) -> classPaths.put(name, classPath(classes, dependencies, c.jars)));
      for (Map.Entry<String, Contender> e : CONTENDERS.entrySet()) {
        e.getValue().classes =
            loadedClasses(e.getKey(), Objects.requireNonNull(classPaths.get(e.getKey())), e.getValue().main,
                server.url());
      }
      for (int i = 0; i < warmups + runs; i++) {
        for (Map.Entry<String, Contender> e : CONTENDERS.entrySet()) {
          long t = runOnce(e.getKey(), Objects.requireNonNull(classPaths.get(e.getKey())), e.getValue().main,
              server.url());
          if (i >= warmups) {
            e.getValue().nanos.add(t);
          }
        }
      }
      System.out.println(report(runs, warmups, server.isExternal(), classPaths));
    }
  }

  private static String classPath(String classes, List<String> dependencies, Pattern jars) {
    List<String> cp = new ArrayList<>();
    cp.add(classes);
    for (String d : dependencies) {
      String file = Path.of(d).getFileName().toString();
      // A reactor module resolves to its target/classes or target/<artifact>.jar: name it by its module dir.
      String name = file.equals("classes") ? moduleDir(Path.of(d)) + "-0-classes" : file;
      if (jars.matcher(name).matches()) {
        cp.add(d);
      }
    }
    return String.join(File.pathSeparator, cp);
  }

  private static String moduleDir(Path classes) {
    Path module = classes.toAbsolutePath().getParent();
    module = module == null ? null : module.getParent();
    Path name = module == null ? null : module.getFileName();
    return name == null ? "?" : name.toString();
  }

  /** Classes the contestant loads (one extra run with {@code -Xlog:class+load}): start-up work that noise cannot blur. */
  private static long loadedClasses(String name, String classPath, Class<?> main, String url) throws Exception {
    Path log = Files.createTempFile("coldstart-classes", ".log");
    try {
      runOnce(name, classPath, main, url, "-Xlog:class+load=info:file=" + log);
      try (java.util.stream.Stream<String> lines = Files.lines(log)) {
        return lines.count();
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static long runOnce(String name, String classPath, Class<?> main, String url, String... jvmArgs)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(jvmArgs));
    command.addAll(List.of("-cp", classPath, main.getName(), url));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD); // e.g. the peer's SLF4J warnings
    long start = System.nanoTime();
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(name + " did not exit");
    }
    long elapsed = System.nanoTime() - start;
    String text = new String(out, StandardCharsets.UTF_8).trim();
    if (p.exitValue() != 0 || !text.equals("RUNNING")) {
      throw new IllegalStateException(name + " failed (exit " + p.exitValue() + "): " + text);
    }
    return elapsed;
  }

  private static String report(int runs, int warmups, boolean external, Map<String, String> classPaths) {
    StringBuilder sb = new StringBuilder();
    sb.append("### Cold start (JVM start → client built → one status call → exit)\n\n")
        .append(runs).append(" measured runs per contestant after ").append(warmups)
        .append(" warm-ups, interleaved; server ").append(external ? "in its own JVM" : "in the runner's JVM")
        .append(".\n\n| contestant | median | p25–p75 | vs okhttp+moshi | vs retrofit+moshi | vs sourcelab | jars | classes loaded |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    Contender floor = Objects.requireNonNull(CONTENDERS.get("okhttp+moshi"));
    Contender retrofit = Objects.requireNonNull(CONTENDERS.get("retrofit+moshi"));
    Contender peer = Objects.requireNonNull(CONTENDERS.get("sourcelab kafka-connect-client 4.0.4"));
    for (Map.Entry<String, Contender> e : CONTENDERS.entrySet()) {
      Contender c = e.getValue();
      long jars = Objects.requireNonNull(classPaths.get(e.getKey())).split(File.pathSeparator).length - 1;
      sb.append("| ").append(e.getKey()).append(" | ").append(ms(median(c.nanos))).append(" | ")
          .append(ms(quantile(c.nanos, 0.25))).append("–").append(ms(quantile(c.nanos, 0.75))).append(" | ")
          .append(ratio(c, floor)).append(" | ").append(ratio(c, retrofit)).append(" | ").append(ratio(c, peer))
          .append(" | ").append(jars).append(" | ")
          .append(String.format(Locale.ROOT, "%,d", c.classes)).append(" |\n");
    }
    return sb.toString();
  }

  /** Ratio of medians, ± from the two half-interquartile ranges relative to their medians. */
  private static String ratio(Contender a, Contender b) {
    double ma = median(a.nanos);
    double mb = median(b.nanos);
    double ea = (quantile(a.nanos, 0.75) - quantile(a.nanos, 0.25)) / 2 / ma;
    double eb = (quantile(b.nanos, 0.75) - quantile(b.nanos, 0.25)) / 2 / mb;
    double r = ma / mb;
    return String.format(Locale.ROOT, "%.2f× ± %.2f", r, r * Math.sqrt(ea * ea + eb * eb));
  }

  private static String ms(double nanos) {
    return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
  }

  static double median(List<Long> values) {
    return quantile(values, 0.5);
  }

  static double quantile(List<Long> values, double q) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    double pos = q * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
  }
}
