package dev.connectkit.samples;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Stage;
import dev.connectkit.TaskStatus;
import dev.connectkit.WaitResult;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import dev.connectkit.connectors.DatagenSource;
import dev.connectkit.connectors.SnowflakeSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The demo: a Datagen source and a Snowflake sink through their whole life, against the embedded fake (no account,
 * no network) or, with a base URL, a real Self-Service API (see {@link Runbook}).
 *
 * <pre>{@code
 * ./mvnw -q -Pdemo -DskipTests -pl samples -am package
 * }</pre>
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    long started = System.nanoTime();
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println("ConnectKit demo");
      System.out.println(runbook.describe());
      ConnectorClient dev = runbook.client();
      DatagenSource source = DemoConnectors.ordersDatagen(runbook, runbook.placement());
      SnowflakeSink sink = DemoConnectors.analyticsSnowflake(runbook, runbook.placement());
      String sourceName = source.name().fullName();
      String sinkName = sink.name().fullName();

      step("1. create a Datagen source and a Snowflake sink, wait for RUNNING");
      CompletableFuture<WaitResult> sourceUp = dev.create(source).future();
      runbook.say("create " + sourceName + " (" + source.connectorClass() + ")");
      CompletableFuture<WaitResult> sinkUp = dev.create(sink).future();
      runbook.say("create " + sinkName + " (" + sink.connectorClass() + ")");
      CompletableFuture.allOf(sourceUp, sinkUp).join();
      runbook.say("both RUNNING after " + seconds(sourceUp.join().elapsed()) + " and "
          + seconds(sinkUp.join().elapsed()));

      step("2. watch both");
      Duration interval = Duration.parse(runbook.option("watch-interval", runbook.isEmbeddedFake() ? "PT0.25S" : "PT10S"));
      CountDownLatch deletions = new CountDownLatch(2);
      try (Watch watch = dev.watch(WatchSelector.names(sourceName, sinkName), new WatchListener() {
        @Override public void onAppeared(ConnectorStatus status) {
          runbook.say("  watch: " + status.name() + " seen, " + status.state());
        }

        @Override public void onTransition(ConnectorChange change) {
          runbook.say("  watch: " + change.name() + " " + change.previous().state() + " -> "
              + change.current().state());
        }

        @Override public void onDeleted(ConnectorStatus last) {
          runbook.say("  watch: " + last.name() + " deleted");
          deletions.countDown();
        }
      }, interval)) {

        step("3. pause and resume the source");
        dev.pause(sourceName).await(Duration.ofMinutes(5));
        dev.resume(sourceName).await(Duration.ofMinutes(5));

        step("4. the sink fails; read the trace, restart it");
        if (runbook.fake().isPresent()) {
          runbook.fake().orElseThrow().failConnector(sinkName,
              "net.snowflake.ingest.utils.SFException: JWT token is invalid (was the private key rotated?)");
          ConnectorStatus failed = dev.status(sinkName);
          runbook.say(sinkName + " is " + failed.state());
          runbook.say("  trace: " + failed.trace());
          for (TaskStatus task : failed.failedTasks()) {
            runbook.say("  task " + task.id() + ": " + task.state());
          }
          WaitResult healed = dev.restart(sinkName).await(Duration.ofMinutes(10));
          runbook.say("restart healed it: " + healed.finalStatus().orElseThrow().state() + " after "
              + seconds(healed.elapsed()));
        } else {
          runbook.say("(skipped: a real API cannot be made to fail on purpose; restarting the healthy sink instead)");
          dev.restart(sinkName).await(Duration.ofMinutes(10));
        }

        Stage next = runbook.placement().stage() == Stage.QAS ? Stage.RUN : Stage.QAS;
        step("5. promote the sink config from " + runbook.placement().stage().id() + " to " + next.id());
        SnowflakeSink promoted = sink.promote(next);
        ConnectorClient qas = runbook.client(next);
        runbook.say("create " + promoted.name().fullName());
        qas.create(promoted).await(Duration.ofMinutes(30));

        step("6. where things stand");
        Set<String> ours = Set.of(sourceName, sinkName, promoted.name().fullName());
        List<ConnectorInfo> all = new ArrayList<>(dev.list());
        all.addAll(qas.list());
        all.removeIf(c -> !ours.contains(c.name()));                // a real business unit holds others too
        printTable(all);

        step("7. delete both, and the " + next.id() + " copy");
        List<CompletableFuture<WaitResult>> gone = new ArrayList<>();
        for (String name : List.of(sourceName, sinkName)) {         // only the demo's own connectors
          runbook.say("delete " + name);
          gone.add(dev.delete(name).future());
        }
        runbook.say("delete " + promoted.name().fullName());
        gone.add(qas.delete(promoted.name().fullName()).future());
        CompletableFuture.allOf(gone.toArray(new CompletableFuture<?>[0])).join();
        long left = Stream.concat(dev.list().stream(), qas.list().stream()).filter(c -> ours.contains(c.name())).count();
        runbook.say("left: " + left + " of the demo's " + ours.size() + " connectors");
        awaitQuietly(deletions, interval.multipliedBy(4));
      }
      System.out.println();
      System.out.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }
  }

  /** Lets the watch report the deletions before it closes. */
  private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void step(String title) {
    System.out.println();
    System.out.println("== " + title);
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }

  private static void printTable(List<ConnectorInfo> connectors) {
    String[] header = {"CONNECTOR", "STAGE", "TYPE", "CLASS", "STATE", "TASKS"};
    List<String[]> rows = new ArrayList<>();
    rows.add(header);
    for (ConnectorInfo c : connectors) {
      String stage = c.name().contains("-qas-") ? "qas" : c.name().contains("-run-") ? "run" : "dev";
      long running = c.status().tasks().stream().filter(t -> t.state().isHealthy()).count();
      rows.add(new String[] {
        c.name(), stage, c.type().toString(), c.config().getOrDefault("connector.class", "?"),
        c.status().state().value(), running + "/" + c.status().tasks().size() + " running"
      });
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(String.format("%-" + widths[i] + "s", row[i])).append(i + 1 < row.length ? "  " : "");
      }
      System.out.println(line.toString().stripTrailing());
    }
  }
}
