package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Pauses a connector, resumes it and restarts it, waiting for each to take effect. {@code --id} picks the connector
 * (default {@code orders-datagen}).
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/PauseResumeRestart.java
 * }</pre>
 */
public final class PauseResumeRestart {
  private PauseResumeRestart() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.ordersDatagen(runbook, runbook.placement()));
      ConnectorClient client = runbook.client();
      // snippet:pause-resume-restart
      String name = runbook.placement().name(runbook.option("id", "orders-datagen")).fullName();
      WaitResult paused = client.pause(name).await(Duration.ofMinutes(5));
      System.out.println("paused after " + paused.elapsed().toMillis() + " ms");
      WaitResult resumed = client.resume(name).await(Duration.ofMinutes(5));
      System.out.println("resumed after " + resumed.elapsed().toMillis() + " ms");
      WaitResult restarted = client.restart(name).await(Duration.ofMinutes(10));
      System.out.println("restarted after " + restarted.elapsed().toMillis() + " ms: "
          + restarted.finalStatus().orElseThrow().state());
      // end-snippet
    }
  }
}
