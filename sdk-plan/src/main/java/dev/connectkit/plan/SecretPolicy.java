package dev.connectkit.plan;

/**
 * When a plan sends a connector's secrets. An update always sends every secret, whatever the policy, because a
 * config update replaces the whole config; the policy decides only whether a secret by itself makes an update.
 *
 * <p><b>What no policy can do:</b> Confluent Cloud, the Self-Service API and recent Confluent Platform return secrets
 * masked, so a secret changed outside this SDK (in a UI, by another tool) cannot be detected. Fingerprints detect only
 * a change of the secret you give; rotate on a schedule with {@link #ALWAYS_SEND} or {@link #VERSIONED}.
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * Deployer deployer = Deployer.builder().stage(Stage.RUN, client).secretPolicy(SecretPolicy.VERSIONED).build();
 * }</pre>
 */
public enum SecretPolicy {
  /**
   * The default: an HMAC-SHA256 of each secret (keyed per stage, see {@code Deployer.Builder.fingerprintKey}) is kept
   * in the ledger; a different fingerprint makes an update. Without a ledger entry or key the secret is unverified:
   * shown, never an update by itself.
   */
  FINGERPRINT,
  /**
   * The entry's {@link DesiredConnector#secretsVersion(String)} is kept in the ledger; a new version makes an
   * update. No value is hashed.
   */
  VERSIONED,
  /** Every connector with secrets is updated on every apply (for rotation jobs; the plan never reaches exit 0). */
  ALWAYS_SEND,
  /** Secrets never make an update by themselves; they are sent only with an update for another reason. */
  NEVER
}
