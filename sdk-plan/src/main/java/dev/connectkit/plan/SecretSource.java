package dev.connectkit.plan;

import dev.connectkit.ConnectorName;
import dev.connectkit.Secret;

/**
 * Where a stage's secrets come from when a set is promoted into it: secrets are never copied from one stage to
 * another. Return {@link Secret#unknown()} for a secret you do not have; a plan that has to send it reports an error.
 *
 * <pre>{@code
 * SecretSource run = (name, key) -> Secret.fromEnv(("RUN_" + name.id() + "_" + key).toUpperCase().replaceAll("[^A-Z0-9]", "_"));
 * }</pre>
 */
@FunctionalInterface
public interface SecretSource {
  /** The secret {@code key} of the connector {@code name} in the stage this source serves. */
  Secret secret(ConnectorName name, String key);

  /** A source that has no secrets: every one is {@link Secret#unknown()}. */
  static SecretSource none() {
    return (name, key) -> Secret.unknown();
  }
}
