package dev.connectkit.connectors.internal;

import dev.connectkit.connectors.KafkaAuth;
import dev.connectkit.connectors.ManagedConnector;
import dev.connectkit.internal.Installed;
import java.util.Optional;

/**
 * What the checks need of a {@link ManagedConnector} before it is built that its public API does not offer: a required
 * field not set yet. {@code ManagedConnector} hands it over when it is initialised.
 */
public final class ConfigFields {
  /** What {@code ManagedConnector} lends this package. */
  @FunctionalInterface
  public interface Access {
    @org.jspecify.annotations.Nullable KafkaAuth kafkaAuth(ManagedConnector config);
  }

  private static final Installed<Access> ACCESS = new Installed<>(ManagedConnector.class);

  private ConfigFields() {}

  /** Called once, by {@code ManagedConnector}'s static initialiser. */
  public static void install(Access a) {
    ACCESS.install(a);
  }

  /** The config's Kafka credentials, empty while not set (a config being built). */
  public static Optional<KafkaAuth> kafkaAuth(ManagedConnector config) {
    return Optional.ofNullable(ACCESS.get().kafkaAuth(config));
  }
}
