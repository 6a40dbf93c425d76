package dev.connectkit.plan;

import dev.connectkit.ConnectorConfig;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@link ConnectorSet}: a config (typically from a typed builder of {@code dev.connectkit.connectors}),
 * the state it should be in, whether it is protected from deletes, and, for {@link SecretPolicy#VERSIONED}, the
 * version of its secrets. Immutable.
 *
 * <!-- example: ConnectorConfig crmSink -->
 * <pre>{@code
 * DesiredConnector crm = DesiredConnector.of(crmSink).paused().protect().secretsVersion("2026-11");
 * }</pre>
 */
public final class DesiredConnector {
  private final ConnectorConfig config;
  private final DesiredState state;
  private final boolean protect;
  private final @Nullable String secretsVersion;

  private DesiredConnector(
      ConnectorConfig config, DesiredState state, boolean protect, @Nullable String secretsVersion) {
    this.config = config;
    this.state = state;
    this.protect = protect;
    this.secretsVersion = secretsVersion;
  }

  /** {@code config}, desired {@link DesiredState#RUNNING}, not protected. */
  public static DesiredConnector of(ConnectorConfig config) {
    return new DesiredConnector(Objects.requireNonNull(config, "config"), DesiredState.RUNNING, false, null);
  }

  /** The config, exactly as it will be sent. */
  public ConnectorConfig config() {
    return config;
  }

  /** The connector's full name on the target, e.g. {@code sales-qas-orders-datagen-connector}. */
  public String name() {
    return config.name().fullName();
  }

  /** The desired state; default {@link DesiredState#RUNNING}. */
  public DesiredState state() {
    return state;
  }

  /** Whether a plan may never delete this connector. */
  public boolean isProtected() {
    return protect;
  }

  /** The version of this connector's secrets under {@link SecretPolicy#VERSIONED}; empty if none was given. */
  public Optional<String> secretsVersion() {
    return Optional.ofNullable(secretsVersion);
  }

  /** A copy desired in {@code state}. */
  public DesiredConnector state(DesiredState state) {
    return new DesiredConnector(config, Objects.requireNonNull(state, "state"), protect, secretsVersion);
  }

  /** A copy desired {@link DesiredState#PAUSED}. */
  public DesiredConnector paused() {
    return state(DesiredState.PAUSED);
  }

  /** A copy desired {@link DesiredState#STOPPED} (Kafka Connect only). */
  public DesiredConnector stopped() {
    return state(DesiredState.STOPPED);
  }

  /** A protected copy: never deleted by a plan, whatever its prune settings. */
  public DesiredConnector protect() {
    return new DesiredConnector(config, state, true, secretsVersion);
  }

  /**
   * A copy whose secrets carry {@code version}: under {@link SecretPolicy#VERSIONED} a new version sends the secrets
   * again, an unchanged one does not.
   */
  public DesiredConnector secretsVersion(String version) {
    if (version.isBlank()) {
      throw new IllegalArgumentException("secretsVersion must not be blank");
    }
    return new DesiredConnector(config, state, protect, version);
  }

  /** A copy with another config (same state, protection and secrets version). */
  public DesiredConnector withConfig(ConnectorConfig config) {
    return new DesiredConnector(Objects.requireNonNull(config, "config"), state, protect, secretsVersion);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof DesiredConnector)) {
      return false;
    }
    DesiredConnector d = (DesiredConnector) o;
    return config.equals(d.config) && state == d.state && protect == d.protect
        && Objects.equals(secretsVersion, d.secretsVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, state, protect, secretsVersion);
  }

  /** Name, state and flags; secrets never appear. */
  @Override
  public String toString() {
    return "DesiredConnector{" + name() + ", " + state + (protect ? ", protected" : "")
        + (secretsVersion != null ? ", secretsVersion=" + secretsVersion : "") + "}";
  }
}
