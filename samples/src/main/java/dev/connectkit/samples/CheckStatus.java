package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.TaskStatus;

/**
 * Prints a connector's state, worker, tasks and, if it failed, the trace. {@code --id} picks the connector
 * (default {@code orders-datagen}).
 *
 * <!-- snippet:check-status -->
 * <pre>{@code
 * String name = runbook.placement().name(runbook.option("id", "orders-datagen")).fullName();
 * ConnectorStatus status = client.status(name);
 * System.out.println(name + " is " + status.state() + " on worker " + status.workerId());
 * for (TaskStatus task : status.tasks()) {
 *   System.out.println("  task " + task.id() + ": " + task.state() + (task.trace().isEmpty() ? "" : " " + task.trace()));
 * }
 * if (!status.isHealthy()) {
 *   System.out.println("  trace: " + status.trace());
 * }
 * }</pre>
 * <!-- end-snippet -->
 *
 * <p>Run it as a single-file program:
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/CheckStatus.java --id orders-datagen
 * }</pre>
 */
public final class CheckStatus {
  private CheckStatus() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.ordersDatagen(runbook, runbook.placement()));
      ConnectorClient client = runbook.client();
      // snippet:check-status
      String name = runbook.placement().name(runbook.option("id", "orders-datagen")).fullName();
      ConnectorStatus status = client.status(name);
      System.out.println(name + " is " + status.state() + " on worker " + status.workerId());
      for (TaskStatus task : status.tasks()) {
        System.out.println("  task " + task.id() + ": " + task.state() + (task.trace().isEmpty() ? "" : " " + task.trace()));
      }
      if (!status.isHealthy()) {
        System.out.println("  trace: " + status.trace());
      }
      // end-snippet
    }
  }
}
