package dev.connectkit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The smoke run bound to {@code verify}: every JMH benchmark once (no fork, no warm-up, one 50 ms iteration, each
 * trial's decode and watch checks included), the report built from its results, a few simulated waits, the watch
 * scale at 100 connectors and one cold start of each contestant. It proves the harness compiles, runs and decodes;
 * its timings mean nothing and are never judged.
 */
public final class Smoke {
  private Smoke() {}

  /** Argument: the module's target directory. Exits 1 on any failure (servers' threads would keep the JVM alive). */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "benchmarks/target");
    Path json = target.resolve("smoke-jmh.json");
    Options options =
        new OptionsBuilder()
            .include("dev\\.connectkit\\.benchmarks\\..*")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString())
            // Every benchmark once; the watch benchmark at its smallest size (10,000 watches take ~30 s a poll).
            .param("connectors", "100")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
    int results = new Runner(options).run().size();
    List<Report.Row> rows = Report.read(json);
    if (results != rows.size() || rows.isEmpty()) {
      throw new IllegalStateException("JMH ran " + results + " benchmarks, the report read " + rows.size());
    }
    System.out.println("Benchmark smoke: one 50 ms iteration each, no warm-up, no fork; the figures below only prove"
        + " that the harness and the report work. They are not measurements.\n");
    System.out.println(Report.perCall(rows));
    String instrumentation = Report.instrumentation(rows);
    if (!instrumentation.contains("| status | Observations |") || !instrumentation.contains("| status | metrics only |")) {
      throw new IllegalStateException("no instrumented/uninstrumented pair in the same run:\n" + instrumentation);
    }
    System.out.println(instrumentation);
    System.out.println(Report.peer(rows));
    String configBuild = Report.configBuild(rows);
    if (!configBuild.contains("| datagen |") || configBuild.contains("no floor create")) {
      throw new IllegalStateException("no config build ratio to the floor's create in the same run:\n" + configBuild);
    }
    System.out.println(configBuild);
    System.out.println(Report.watch(rows));
    System.out.println(WaitLatency.report(WaitLatency.run(20, 42)));
    System.out.println(WatchScale.report(List.of(WatchScale.measure(serverUrl(), 100, false))));
    if (Files.exists(target.resolve("classpath.txt"))) {
      ColdStart.main(new String[] {target.toString(), "1", "0"});
    }
    System.out.println("benchmark smoke: " + results + " JMH benchmarks ran once each; OK");
    System.exit(0);
  }

  private static String serverUrl() throws Exception {
    // Kept open for the rest of the smoke run; the JVM exits at the end.
    @SuppressWarnings("resource")
    ServerHandle server = ServerHandle.open();
    return server.url();
  }
}
