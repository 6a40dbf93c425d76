package dev.connectkit.samples;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Watches every connector of the business unit and stage and raises an alert (here: a line on standard output) when
 * one is or becomes FAILED. Runs for {@code --for} (ISO-8601, default {@code PT10M}; {@code PT5S} on the embedded
 * fake, which fails one connector to show an alert) or until {@code --alerts} alerts (default 1000); {@code --watch-interval} sets the poll interval.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/WatchForFailures.java --for PT1H
 * }</pre>
 */
public final class WatchForFailures {
  private WatchForFailures() {}

  /** Runs the sample; see {@link Runbook} for the flags. */
  public static void main(String[] args) throws InterruptedException {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      Duration runFor = Duration.parse(runbook.option("for", runbook.isEmbeddedFake() ? "PT5S" : "PT10M"));
      Duration interval = Duration.parse(runbook.option("watch-interval", runbook.isEmbeddedFake() ? "PT0.5S" : "PT10S"));
      CountDownLatch alerts = new CountDownLatch(Integer.parseInt(runbook.option("alerts", "1000")));
      runbook.fake().ifPresent(fake -> {
        runbook.existing(DemoConnectors.ordersDatagen(runbook, runbook.placement()));
        runbook.existing(DemoConnectors.analyticsSnowflake(runbook, runbook.placement()));
        fake.failConnector(runbook.placement().name(DemoConnectors.SNOWFLAKE_ID).fullName(),
            "JWT token is invalid: the public key of user KAFKA_CONNECTOR does not match");
      });
      ConnectorClient client = runbook.client();
      // snippet:watch-failed
      WatchListener alerting = new WatchListener() {
        @Override public void onAppeared(ConnectorStatus status) {
          if (status.state().isFailed()) {
            alert(status);
          }
        }

        @Override public void onTransition(ConnectorChange change) {
          if (change.current().state().isFailed() && !change.previous().state().isFailed()) {
            alert(change.current());
          }
        }

        private void alert(ConnectorStatus status) {
          System.out.println("ALERT " + status.name() + " FAILED: " + status.trace());   // page someone here
          alerts.countDown();
        }
      };
      try (Watch watch = client.watch(WatchSelector.all(), alerting, interval)) {
        alerts.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
      }
      // end-snippet
    }
  }
}
