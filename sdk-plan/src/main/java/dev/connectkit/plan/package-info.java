/**
 * Declarative connector sets: describe the connectors a scope should have, see what would change, apply it safely,
 * and promote it from {@code dev} to {@code qas} to {@code run}.
 *
 * <!-- example: ConnectorConfig ordersDatagen; ConnectorConfig crmSink; ConnectorClient qasClient -->
 * <pre>{@code
 * ConnectorSet set = ConnectorSet.builder("sales-connectors", Stage.QAS)
 *     .add(ordersDatagen)                                   // a typed config, RUNNING
 *     .add(DesiredConnector.of(crmSink).paused().protect())  // created paused, never deleted
 *     .build();
 * Deployer deployer = Deployer.builder()
 *     .stage(Stage.QAS, qasClient)
 *     .ledger(Stage.QAS, Ledger.file(Path.of("ledger-qas.json")))
 *     .fingerprintKey(Stage.QAS, Secret.fromEnv("CK_QAS_LEDGER_KEY"))
 *     .build();
 * Plan plan = deployer.plan(set);
 * System.out.println(plan.toText());                       // no secrets, ever
 * ApplyResult result = deployer.apply(plan, plan.id());    // the id confirms this very plan
 * }</pre>
 *
 * <p>Secrets: a server that masks secrets gives no clue when a secret was changed outside this SDK (in a UI, by
 * another tool). Such a change cannot be detected; see {@link dev.connectkit.plan.SecretPolicy}.
 */
@NullMarked
package dev.connectkit.plan;

import org.jspecify.annotations.NullMarked;
