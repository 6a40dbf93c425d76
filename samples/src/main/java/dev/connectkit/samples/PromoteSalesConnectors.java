package dev.connectkit.samples;

import dev.connectkit.Stage;
import dev.connectkit.plan.ApplyResult;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.Deployer;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.Ledger;
import dev.connectkit.plan.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The runbook "promote the sales connectors from qas to run": plans the sales set in the runbook's stage (applied
 * there only with {@code --confirm-lower <plan id>}), then promotes it to {@code --to} (default {@code run}) and
 * prints that plan; {@code --confirm <plan id>} applies it. Ledgers live in {@code --ledger-dir} (default {@code .});
 * the fingerprint keys come from {@code CONNECTKIT_LEDGER_KEY_<STAGE>}, the upper stage's secrets from
 * {@code KAFKA_API_KEY}, {@code KAFKA_API_SECRET}, {@code SNOWFLAKE_PRIVATE_KEY} of the environment it runs in.
 *
 * <pre>{@code
 * java -cp "$(cat samples/target/classpath.txt):samples/target/classes" samples/src/main/java/dev/connectkit/samples/PromoteSalesConnectors.java --stage qas --to run
 * }</pre>
 */
public final class PromoteSalesConnectors {
  private PromoteSalesConnectors() {}

  /** Runs the sample; see {@link Runbook} for the flags. Exits as the last plan says: 0, 2 (changes) or 1. */
  public static void main(String[] args) {
    int exit = run(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /** Runs the sample; returns the exit code. */
  static int run(String[] args) {
    try (Runbook runbook = Runbook.open(args)) {
      System.out.println(runbook.describe());
      Stage from = runbook.placement().stage();
      Stage to = Stage.parse(runbook.option("to", "run"));
      Path ledgers = Path.of(runbook.option("ledger-dir", "."));
      ConnectorSet sales = ConnectorSet.builder("sales-connectors", from)
          .add(DemoConnectors.ordersDatagen(runbook, runbook.placement()))
          .add(DesiredConnector.of(DemoConnectors.analyticsSnowflake(runbook, runbook.placement())).protect())
          .build();
      Deployer deployer = Deployer.builder()
          .stage(from, runbook.client())
          .ledger(from, Ledger.file(ledgers.resolve("ledger-" + from.id() + ".json")))
          .fingerprintKey(from, runbook.secret("CONNECTKIT_LEDGER_KEY_" + from.name()))
          .stage(to, runbook.client(to))
          .ledger(to, Ledger.file(ledgers.resolve("ledger-" + to.id() + ".json")))
          .fingerprintKey(to, runbook.secret("CONNECTKIT_LEDGER_KEY_" + to.name()))
          .secrets(to, (name, key) -> runbook.secret(key.toUpperCase(Locale.ROOT).replace('.', '_')))
          .waitOptions(runbook.waitOptions())
          .settleTime(Duration.parse(runbook.option("settle", "PT30S")))
          .soakTime(Duration.parse(runbook.option("soak", "PT0S")))
          .build();

      Plan lower = deployer.plan(sales);
      System.out.print(lower.toText());
      if (lower.hasChanges()) {
        if (!lower.id().equals(runbook.option("confirm-lower", ""))) {
          System.out.println(from.id() + " is not as the set says: review, then rerun with --confirm-lower "
              + lower.id());
          return lower.exitCode();
        }
        ApplyResult applied = deployer.apply(lower, lower.id());
        System.out.print(applied);
        if (!applied.succeeded()) {
          return 1;
        }
      }

      Plan plan = deployer.promote(sales, from, to);
      System.out.print(plan.toText());
      if (plan.hasChanges() && plan.id().equals(runbook.option("confirm", ""))) {
        ApplyResult result = deployer.apply(plan, plan.id());
        System.out.print(result);
        return result.exitCode();
      }
      if (plan.hasChanges()) {
        System.out.println("to apply this plan, rerun with --confirm " + plan.id());
      }
      return plan.exitCode();
    }
  }
}
