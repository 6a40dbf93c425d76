package dev.connectkit.auth;

import dev.connectkit.AccessToken;
import dev.connectkit.ConfigViolation;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.internal.AzureCli;
import dev.connectkit.auth.internal.TokenCache;
import dev.connectkit.auth.internal.TokenOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tokens from the Azure CLI's login ({@code az login}), for runbooks and scripts on a laptop. Runs {@code az account
 * get-access-token --resource api://a04e29d3-8f55-44c3-8f9d-15172eab76a9 --output json}, honours the expiry the CLI
 * reports, caches the token and runs {@code az} again {@link Builder#refreshBefore(Duration) five minutes} before it
 * expires, once however many threads ask.
 *
 * <!-- example runs -->
 * <pre>{@code
 * // after: az login --tenant <TENANT_ID>
 * TokenProvider tokens = AzureCliTokenProvider.builder().build();
 * }</pre>
 *
 * <p>When the CLI is not logged in (or its login expired) {@link #token()} throws a {@link TokenAcquisitionException}
 * that says to run {@code az login}. A hanging {@code az} is stopped after {@link Builder#timeout(Duration) 30
 * seconds}.
 */
public final class AzureCliTokenProvider implements TokenProvider {
  private final String resource;
  private final @Nullable String tenantId;
  private final TokenCache cache;

  private AzureCliTokenProvider(Builder b) {
    this.resource = b.resource;
    this.tenantId = b.tenantId;
    AzureCli cli = new AzureCli(b.resource, b.tenantId, b.executable, b.searchPath, b.timeout, b.clock);
    this.cache = new TokenCache(cli, b.clock, b.refreshBefore);
  }

  /** A builder for the Self-Service API's resource and the CLI's current tenant. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cached token, from a new run of {@code az} if it is within {@code refreshBefore} of expiry. */
  @Override
  public AccessToken token() {
    return cache.token();
  }

  /** A new token from {@code az}, unless another caller already replaced {@code rejected}. */
  @Override
  public AccessToken refresh(AccessToken rejected) {
    return cache.refresh(rejected);
  }

  /** {@code AzureCliTokenProvider{resource=…, tenant=…}}. */
  @Override
  public String toString() {
    return "AzureCliTokenProvider{resource=" + resource + ", tenant=" + (tenantId == null ? "(az default)" : tenantId)
        + "}";
  }

  /**
   * Configures an {@link AzureCliTokenProvider}.
   *
   * <!-- example runs -->
   * <pre>{@code
   * AzureCliTokenProvider.builder()
   *     .tenantId("11111111-2222-3333-4444-555555555555")
   *     .executable(Path.of("/opt/az/bin/az"))
   *     .timeout(Duration.ofSeconds(60))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private String resource = EntraId.SELF_SERVICE_RESOURCE;
    private @Nullable String tenantId;
    private @Nullable Path executable;
    private @Nullable String searchPath;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemDefaultZone();
    private Duration refreshBefore = Duration.ofMinutes(5);

    private Builder() {}

    /** The resource to get a token for; {@link EntraId#SELF_SERVICE_RESOURCE} by default. */
    public Builder resource(String resource) {
      this.resource = Objects.requireNonNull(resource, "resource");
      return this;
    }

    /** Asks for a token of this tenant ({@code --tenant}) instead of the CLI's current subscription's tenant. */
    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      return this;
    }

    /** The {@code az} executable to run, instead of the one found on the PATH. */
    public Builder executable(Path executable) {
      this.executable = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * The PATH to find {@code az} on and to run it with, instead of this JVM's ({@code File.pathSeparator}-separated
     * directories).
     */
    public Builder searchPath(String searchPath) {
      this.searchPath = Objects.requireNonNull(searchPath, "searchPath");
      return this;
    }

    /** How long one run of {@code az} may take before it is stopped; 30 seconds by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The clock that decides when a token is due for renewal; its zone reads the local expiry times of older CLIs.
     * The system clock in the default zone by default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long before its expiry a token is renewed; 5 minutes by default. */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
      return this;
    }

    /**
     * The provider. It runs nothing yet: the first {@link AzureCliTokenProvider#token()} does.
     *
     * @throws ConnectorValidationException naming every malformed setting
     */
    public AzureCliTokenProvider build() {
      List<ConfigViolation> violations = new ArrayList<>();
      if (resource.isBlank()) {
        violations.add(ConfigViolation.missing("resource", "an application ID URI such as "
            + EntraId.SELF_SERVICE_RESOURCE));
      }
      if (tenantId != null && tenantId.isBlank()) {
        violations.add(ConfigViolation.of("tenantId", "is blank", tenantId, "a tenant id, or leave it unset"));
      }
      if (timeout.isNegative() || timeout.isZero()) {
        violations.add(ConfigViolation.of("timeout", "must be positive", timeout.toString(), "for example PT30S"));
      }
      TokenOptions.checkRefreshBefore(refreshBefore, violations);
      if (!violations.isEmpty()) {
        throw new ConnectorValidationException("AzureCliTokenProvider", violations);
      }
      return new AzureCliTokenProvider(this);
    }
  }
}
