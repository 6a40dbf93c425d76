package dev.connectkit.spring.boot;

import dev.connectkit.Secret;
import dev.connectkit.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code connectkit.*} properties: which API the {@code ConnectorClient} bean talks to, how it authenticates, which
 * connectors the health indicator watches, and auto-restart. Secrets bind to {@link Secret}, which prints as {@code
 * ****}; the auto-configuration also masks them in the actuator's {@code env} and {@code configprops} output.
 *
 * <pre>{@code
 * connectkit.target=self-service
 * connectkit.base-url=https://ss-confluent-api.example.com
 * connectkit.self-service.business-unit=sales
 * connectkit.self-service.stage=dev
 * connectkit.auth.method=client-credentials
 * connectkit.auth.client-credentials.tenant-id=${AZURE_TENANT_ID}
 * connectkit.auth.client-credentials.client-id=${AZURE_CLIENT_ID}
 * connectkit.auth.client-credentials.client-secret=${AZURE_CLIENT_SECRET}
 * connectkit.health.connectors=sales-dev-orders-datagen-connector
 * }</pre>
 */
@ConfigurationProperties("connectkit")
public class ConnectKitProperties {
  /** Which API the client talks to: self-service, confluent-cloud or kafka-connect. */
  private Target target = Target.SELF_SERVICE;

  /**
   * Base URL of the API. Required for self-service and kafka-connect; confluent-cloud uses
   * https://api.confluent.cloud unless set.
   */
  private @Nullable String baseUrl;

  /** Connect timeout of one HTTP attempt. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Read and write timeout of one HTTP attempt. */
  private Duration readTimeout = Duration.ofSeconds(60);

  private final SelfService selfService = new SelfService();
  private final ConfluentCloud confluentCloud = new ConfluentCloud();
  private final Auth auth = new Auth();
  private final Health health = new Health();
  private final AutoRestart autoRestart = new AutoRestart();
  private final Metrics metrics = new Metrics();

  /** The API the client talks to. */
  public Target getTarget() {
    return target;
  }

  /** Sets the API the client talks to. */
  public void setTarget(Target target) {
    this.target = target;
  }

  /** The base URL, if set. */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /** Sets the base URL. */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The connect timeout of one attempt. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout of one attempt. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read and write timeout of one attempt. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read and write timeout of one attempt. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The Self-Service placement. */
  public SelfService getSelfService() {
    return selfService;
  }

  /** The Confluent Cloud environment and cluster. */
  public ConfluentCloud getConfluentCloud() {
    return confluentCloud;
  }

  /** Authentication. */
  public Auth getAuth() {
    return auth;
  }

  /** The health indicator. */
  public Health getHealth() {
    return health;
  }

  /** Auto-restart of failed connectors. */
  public AutoRestart getAutoRestart() {
    return autoRestart;
  }

  /** Metrics, with sdk-micrometer. */
  public Metrics getMetrics() {
    return metrics;
  }

  /** The API a {@code ConnectorClient} talks to. */
  public enum Target {
    /** The Confluent Self-Service API (a business unit and stage). */
    SELF_SERVICE,
    /** Confluent Cloud's Connect v1 API (an environment and cluster). */
    CONFLUENT_CLOUD,
    /** A self-managed Apache Kafka Connect cluster's REST API. */
    KAFKA_CONNECT
  }

  /** How the client authenticates. */
  public enum AuthMethod {
    /** No credentials (a Kafka Connect cluster without authentication). */
    NONE,
    /** A fixed bearer token from connectkit.auth.token. */
    TOKEN,
    /** A bearer token read from the file connectkit.auth.token-file on every request (a projected token). */
    TOKEN_FILE,
    /** Microsoft Entra ID client credentials of a service principal. */
    CLIENT_CREDENTIALS,
    /** Azure Identity's DefaultAzureCredential, or a managed identity; needs sdk-azure-identity. */
    AZURE_IDENTITY,
    /** HTTP basic with an API key and secret (Confluent Cloud, a Kafka Connect cluster). */
    BASIC
  }

  /** {@code connectkit.self-service.*}: where connectors live on the Self-Service API. */
  public static class SelfService {
    /** Landing zone of a shared cluster, for example edh-shared; empty for a business unit's dedicated cluster. */
    private @Nullable String landingZone;

    /** Business unit, lowercase letters and digits, for example sales. */
    private @Nullable String businessUnit;

    /** Stage: dev, qas or run. */
    private @Nullable Stage stage;

    /** The landing zone, if set. */
    public @Nullable String getLandingZone() {
      return landingZone;
    }

    /** Sets the landing zone. */
    public void setLandingZone(@Nullable String landingZone) {
      this.landingZone = landingZone;
    }

    /** The business unit, if set. */
    public @Nullable String getBusinessUnit() {
      return businessUnit;
    }

    /** Sets the business unit. */
    public void setBusinessUnit(@Nullable String businessUnit) {
      this.businessUnit = businessUnit;
    }

    /** The stage, if set. */
    public @Nullable Stage getStage() {
      return stage;
    }

    /** Sets the stage. */
    public void setStage(@Nullable Stage stage) {
      this.stage = stage;
    }
  }

  /** {@code connectkit.confluent-cloud.*}: which cluster's connectors on Confluent Cloud. */
  public static class ConfluentCloud {
    /** Environment id, for example env-abc123. */
    private @Nullable String environmentId;

    /** Kafka cluster id, for example lkc-xyz789. */
    private @Nullable String clusterId;

    /** The environment id, if set. */
    public @Nullable String getEnvironmentId() {
      return environmentId;
    }

    /** Sets the environment id. */
    public void setEnvironmentId(@Nullable String environmentId) {
      this.environmentId = environmentId;
    }

    /** The cluster id, if set. */
    public @Nullable String getClusterId() {
      return clusterId;
    }

    /** Sets the cluster id. */
    public void setClusterId(@Nullable String clusterId) {
      this.clusterId = clusterId;
    }
  }

  /** {@code connectkit.auth.*}: how the client authenticates. */
  public static class Auth {
    /** How the client authenticates: none, token, token-file, client-credentials, azure-identity or basic. */
    private AuthMethod method = AuthMethod.NONE;

    /** Fixed bearer token, for method token. */
    private @Nullable Secret token;

    /** File holding the bearer token, read on every request, for method token-file. */
    private @Nullable Path tokenFile;

    private final ClientCredentials clientCredentials = new ClientCredentials();
    private final AzureIdentity azureIdentity = new AzureIdentity();
    private final Basic basic = new Basic();

    /** The method. */
    public AuthMethod getMethod() {
      return method;
    }

    /** Sets the method. */
    public void setMethod(AuthMethod method) {
      this.method = method;
    }

    /** The fixed token, if set. */
    public @Nullable Secret getToken() {
      return token;
    }

    /** Sets the fixed token. */
    public void setToken(@Nullable Secret token) {
      this.token = token;
    }

    /** The token file, if set. */
    public @Nullable Path getTokenFile() {
      return tokenFile;
    }

    /** Sets the token file. */
    public void setTokenFile(@Nullable Path tokenFile) {
      this.tokenFile = tokenFile;
    }

    /** Entra ID client credentials. */
    public ClientCredentials getClientCredentials() {
      return clientCredentials;
    }

    /** Azure Identity. */
    public AzureIdentity getAzureIdentity() {
      return azureIdentity;
    }

    /** HTTP basic. */
    public Basic getBasic() {
      return basic;
    }
  }

  /** {@code connectkit.auth.client-credentials.*}: a service principal's client secret. */
  public static class ClientCredentials {
    /** Directory (tenant) id, a GUID or a verified domain. */
    private @Nullable String tenantId;

    /** Application (client) id of the app registration. */
    private @Nullable String clientId;

    /** Client secret (its value, not its secret id). */
    private @Nullable Secret clientSecret;

    /** Resource the token is for; the Self-Service API's unless set. */
    private @Nullable String resource;

    /** Entra ID authority host, for a sovereign cloud; https://login.microsoftonline.com unless set. */
    private @Nullable String authorityHost;

    /** The tenant id, if set. */
    public @Nullable String getTenantId() {
      return tenantId;
    }

    /** Sets the tenant id. */
    public void setTenantId(@Nullable String tenantId) {
      this.tenantId = tenantId;
    }

    /** The client id, if set. */
    public @Nullable String getClientId() {
      return clientId;
    }

    /** Sets the client id. */
    public void setClientId(@Nullable String clientId) {
      this.clientId = clientId;
    }

    /** The client secret, if set. */
    public @Nullable Secret getClientSecret() {
      return clientSecret;
    }

    /** Sets the client secret. */
    public void setClientSecret(@Nullable Secret clientSecret) {
      this.clientSecret = clientSecret;
    }

    /** The resource, if set. */
    public @Nullable String getResource() {
      return resource;
    }

    /** Sets the resource. */
    public void setResource(@Nullable String resource) {
      this.resource = resource;
    }

    /** The authority host, if set. */
    public @Nullable String getAuthorityHost() {
      return authorityHost;
    }

    /** Sets the authority host. */
    public void setAuthorityHost(@Nullable String authorityHost) {
      this.authorityHost = authorityHost;
    }
  }

  /** {@code connectkit.auth.azure-identity.*}: Azure Identity's credentials. */
  public static class AzureIdentity {
    /** Client id of a user-assigned managed identity; DefaultAzureCredential unless set. */
    private @Nullable String managedIdentityClientId;

    /** Resource the token is for; the Self-Service API's unless set. */
    private @Nullable String resource;

    /** The managed identity's client id, if set. */
    public @Nullable String getManagedIdentityClientId() {
      return managedIdentityClientId;
    }

    /** Sets the managed identity's client id. */
    public void setManagedIdentityClientId(@Nullable String managedIdentityClientId) {
      this.managedIdentityClientId = managedIdentityClientId;
    }

    /** The resource, if set. */
    public @Nullable String getResource() {
      return resource;
    }

    /** Sets the resource. */
    public void setResource(@Nullable String resource) {
      this.resource = resource;
    }
  }

  /** {@code connectkit.auth.basic.*}: an API key and its secret. */
  public static class Basic {
    /** API key (user name). */
    private @Nullable String key;

    /** API secret (password). */
    private @Nullable Secret secret;

    /** The key, if set. */
    public @Nullable String getKey() {
      return key;
    }

    /** Sets the key. */
    public void setKey(@Nullable String key) {
      this.key = key;
    }

    /** The secret, if set. */
    public @Nullable Secret getSecret() {
      return secret;
    }

    /** Sets the secret. */
    public void setSecret(@Nullable Secret secret) {
      this.secret = secret;
    }
  }

  /** {@code connectkit.health.*}: the health indicator. */
  public static class Health {
    /** Full names of the connectors the health indicator reports on; no indicator unless set. */
    private List<String> connectors = new ArrayList<>();

    /** Health status reported when a connector is paused or stopped (and none has failed). */
    private String pausedStatus = "PAUSED";

    /** The connectors. */
    public List<String> getConnectors() {
      return connectors;
    }

    /** Sets the connectors. */
    public void setConnectors(List<String> connectors) {
      this.connectors = connectors;
    }

    /** The status for paused connectors. */
    public String getPausedStatus() {
      return pausedStatus;
    }

    /** Sets the status for paused connectors. */
    public void setPausedStatus(String pausedStatus) {
      this.pausedStatus = pausedStatus;
    }
  }

  /** {@code connectkit.auto-restart.*}: restarting failed connectors (sdk-core's AutoRestartPolicy). */
  public static class AutoRestart {
    /** Whether failed connectors and tasks are restarted automatically. */
    private boolean enabled;

    /** Connectors to restart, full names; the health connectors unless set, every connector in scope if neither is. */
    private List<String> connectors = new ArrayList<>();

    /** Wait after the first restart of a connector before the next; doubled for each further restart. */
    private Duration initialBackoff = Duration.ofSeconds(10);

    /** Longest wait between two restarts of a connector. */
    private Duration maxBackoff = Duration.ofMinutes(10);

    /** Whether each wait is a random time between half of it and all of it. */
    private boolean jitter = true;

    /** Most restarts of one connector within the window; then the policy gives up until the oldest leaves it. */
    private int maxAttempts = 5;

    /** Sliding window in which max-attempts restarts are allowed. */
    private Duration window = Duration.ofHours(1);

    /** Whether failures only a user can fix (authentication, authorization, configuration) are left alone. */
    private boolean skipUserActionable = true;

    /** How often the connectors are polled. */
    private Duration checkInterval = Duration.ofSeconds(10);

    /** Whether auto-restart is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns auto-restart on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** The connectors to restart. */
    public List<String> getConnectors() {
      return connectors;
    }

    /** Sets the connectors to restart. */
    public void setConnectors(List<String> connectors) {
      this.connectors = connectors;
    }

    /** The first backoff. */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /** Sets the first backoff. */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** The longest backoff. */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /** Sets the longest backoff. */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** Whether backoffs are jittered. */
    public boolean isJitter() {
      return jitter;
    }

    /** Sets whether backoffs are jittered. */
    public void setJitter(boolean jitter) {
      this.jitter = jitter;
    }

    /** The most restarts within the window. */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets the most restarts within the window. */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** The window. */
    public Duration getWindow() {
      return window;
    }

    /** Sets the window. */
    public void setWindow(Duration window) {
      this.window = window;
    }

    /** Whether user-actionable failures are skipped. */
    public boolean isSkipUserActionable() {
      return skipUserActionable;
    }

    /** Sets whether user-actionable failures are skipped. */
    public void setSkipUserActionable(boolean skipUserActionable) {
      this.skipUserActionable = skipUserActionable;
    }

    /** The poll interval. */
    public Duration getCheckInterval() {
      return checkInterval;
    }

    /** Sets the poll interval. */
    public void setCheckInterval(Duration checkInterval) {
      this.checkInterval = checkInterval;
    }
  }

  /** {@code connectkit.metrics.*}: meters, when sdk-micrometer is on the class path and a MeterRegistry exists. */
  public static class Metrics {
    /**
     * Whether the client's calls and waits are Observations (timers and, with a tracing bridge, spans); false records
     * the same timers and counters straight in the MeterRegistry, without spans, at less cost per call.
     */
    private boolean tracing = true;

    /** Whether connector and task state gauges are kept, from a watch of the health connectors (else all). */
    private boolean connectorStates = true;

    /** Most connectors with gauges of their own (tagged connector); the others are only counted per state. */
    private int trackConnectors = 20;

    /** How often the state gauges' watch polls. */
    private Duration interval = Duration.ofSeconds(10);

    /** Whether calls and waits are Observations (else meters only). */
    public boolean isTracing() {
      return tracing;
    }

    /** Sets whether calls and waits are Observations (else meters only). */
    public void setTracing(boolean tracing) {
      this.tracing = tracing;
    }

    /** Whether state gauges are kept. */
    public boolean isConnectorStates() {
      return connectorStates;
    }

    /** Sets whether state gauges are kept. */
    public void setConnectorStates(boolean connectorStates) {
      this.connectorStates = connectorStates;
    }

    /** The most connectors with gauges of their own. */
    public int getTrackConnectors() {
      return trackConnectors;
    }

    /** Sets the most connectors with gauges of their own. */
    public void setTrackConnectors(int trackConnectors) {
      this.trackConnectors = trackConnectors;
    }

    /** The poll interval of the state gauges. */
    public Duration getInterval() {
      return interval;
    }

    /** Sets the poll interval of the state gauges. */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }
  }
}
