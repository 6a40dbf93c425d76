package dev.connectkit.samples;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorOffset;
import dev.connectkit.WaitResult;
import java.time.Duration;

/**
 * Resets a connector's offsets, as if it were new (a sink then reads its topics from the start), and waits until the
 * request is applied. {@code --id} picks the connector (default {@code analytics-snowflake}).
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/ResetOffsets.java
 * }</pre>
 */
public final class ResetOffsets {
  private ResetOffsets() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      runbook.existing(DemoConnectors.analyticsSnowflake(runbook, runbook.placement()));
      ConnectorClient client = runbook.client();
      // snippet:reset-offsets
      String name = runbook.placement().name(runbook.option("id", "analytics-snowflake")).fullName();
      for (ConnectorOffset offset : client.offsets(name).offsets()) {
        System.out.println("before: " + offset.partition() + " at " + offset.offset());
      }
      WaitResult reset = client.resetOffsets(name).await(Duration.ofMinutes(10));
      System.out.println("offsets request " + reset.offsetsStatus().orElseThrow().phase());
      System.out.println("offsets now: " + client.offsets(name).offsets().size() + " partitions");
      // end-snippet
    }
  }
}
