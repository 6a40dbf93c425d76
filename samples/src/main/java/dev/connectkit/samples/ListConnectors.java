package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorInfo;
import java.util.List;

/**
 * Lists every connector of the runbook's business unit and stage with its class, state and tasks (one request).
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/ListConnectors.java
 * }</pre>
 */
public final class ListConnectors {
  private ListConnectors() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.ordersDatagen(runbook, runbook.placement()));
      runbook.existing(DemoConnectors.analyticsSnowflake(runbook, runbook.placement()));
      ConnectorClient client = runbook.client();
      // snippet:list
      List<ConnectorInfo> all = client.list();
      System.out.printf("%-48s %-6s %-22s %-12s %s%n", "NAME", "TYPE", "CLASS", "STATE", "TASKS");
      for (ConnectorInfo c : all) {
        System.out.printf("%-48s %-6s %-22s %-12s %d%n", c.name(), c.type(),
            c.config().getOrDefault("connector.class", "?"), c.status().state(), c.status().tasks().size());
      }
      System.out.println(all.size() + " connectors in " + runbook.placement());
      // end-snippet
    }
  }
}
