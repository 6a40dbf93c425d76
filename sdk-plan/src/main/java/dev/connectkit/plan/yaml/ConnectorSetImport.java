package dev.connectkit.plan.yaml;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorConfig;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorName;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.GenericConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.internal.CredentialKeys;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import dev.connectkit.plan.internal.CredentialValues;
import dev.connectkit.plan.internal.ServerKeys;
import dev.connectkit.plan.yaml.internal.JavaSourceWriter;
import dev.connectkit.plan.yaml.internal.TypedConfigs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads what already runs in a scope into a {@link ConnectorSet} (one {@code ConnectorClient.list()} call), to adopt
 * it: write it out as YAML ({@link ConnectorSetYaml#write}) or as Java source ({@link #javaSource}) and check it in.
 *
 * <ul>
 *   <li>The server's own keys and every value equal to the connector template's default are left out (the server
 *       fills them in again), so the set holds what someone chose.
 *   <li>Secrets are never imported: every masked value, every password-typed key and every credential-looking key
 *       becomes a {@code Secret.unknown()} placeholder ({@code {unknown: true}} in YAML), also on Kafka Connect, which
 *       reads secrets back in plain text; so does a value of any key that carries a credential (a URL with user info
 *       such as {@code mongodb://admin:pw@host}, a connection string with {@code password=}).
 *   <li>A connector {@code PAUSED} or {@code STOPPED} is desired so; any other state is desired running.
 *   <li>A typed class (e.g. {@code DatagenSource}) is read by its typed builder; a config that builder refuses is
 *       imported as a generic config, and loading its YAML again reports what to fix.
 * </ul>
 *
 * <!-- example: ConnectorClient client -->
 * <pre>{@code
 * ConnectorSet live = ConnectorSetImport.read(client, "sales-connectors", Placement.dedicated("sales", Stage.DEV));
 * Files.writeString(Path.of("connectors/sales.yaml"), ConnectorSetYaml.write(live));
 * String java = ConnectorSetImport.javaSource(live, "com.example.connectors", "SalesConnectors");
 * }</pre>
 */
public final class ConnectorSetImport {
  private ConnectorSetImport() {}

  /**
   * The connectors {@code client} lists, as set {@code setId} of {@code placement}'s stage; names in the placement's
   * convention become ids under it, others stay full names.
   */
  public static ConnectorSet read(ConnectorClient client, String setId, Placement placement) {
    return read(client, setId, placement.stage(), Objects.requireNonNull(placement, "placement"));
  }

  /** The connectors {@code client} lists, as set {@code setId} of {@code stage}, by their full names. */
  public static ConnectorSet read(ConnectorClient client, String setId, Stage stage) {
    return read(client, setId, stage, null);
  }

  private static ConnectorSet read(
      ConnectorClient client, String setId, Stage stage, @Nullable Placement placement) {
    ConnectorSet.Builder set = ConnectorSet.builder(setId, stage);
    for (ConnectorInfo info : client.list()) {
      set.add(entry(info, placement));
    }
    return set.build();
  }

  private static DesiredConnector entry(ConnectorInfo info, @Nullable Placement placement) {
    String connectorClass = info.config().getOrDefault("connector.class", "");
    Map<String, String> config = new LinkedHashMap<>();
    Map<String, Secret> secrets = new LinkedHashMap<>();
    info.config().forEach((key, value) -> {
      if (key.equals("name") || key.equals("connector.class") || ServerKeys.isServerOwned(key)) {
        return;
      }
      if (Secret.isMask(value) || ServerKeys.isPassword(connectorClass, key) || CredentialKeys.isCredential(key)
          || CredentialValues.carriesCredential(value)) {
        secrets.put(key, Secret.unknown());
      } else if (!ServerKeys.isDefault(connectorClass, key, value)) {
        config.put(key, value);
      }
    });
    ConnectorName name = name(info.name(), placement);
    ConnectorConfig built = null;
    if (TypedConfigs.has(connectorClass)) {
      try {
        built = TypedConfigs.read(name, connectorClass, config, secrets);
      } catch (ConnectorValidationException e) {
        built = null; // imported as generic below
      }
    }
    if (built == null) {
      GenericConnectorConfig.Builder generic = GenericConnectorConfig.builder()
          .name(name)
          .connectorClass(connectorClass)
          .type(info.type())
          .properties(config);
      secrets.forEach(generic::secret);
      built = generic.build();
    }
    ConnectorState state = info.status().state();
    DesiredConnector desired = DesiredConnector.of(built);
    if (state.equals(ConnectorState.PAUSED)) {
      return desired.state(DesiredState.PAUSED);
    }
    return state.equals(ConnectorState.STOPPED) ? desired.state(DesiredState.STOPPED) : desired;
  }

  private static ConnectorName name(String fullName, @Nullable Placement placement) {
    if (placement != null) {
      try {
        return ConnectorName.parse(fullName, placement);
      } catch (ConnectorValidationException e) {
        // a name outside the placement's convention stays a full name
      }
    }
    return ConnectorName.raw(fullName);
  }

  /**
   * {@code set} as the source of a Java class {@code packageName.className} with one method, {@code
   * connectorSet()}, that builds it with {@code GenericConnectorConfig} builders; every secret is a {@code
   * Secret.unknown()} placeholder to replace (e.g. with {@code Secret.fromEnv("NAME")}).
   */
  public static String javaSource(ConnectorSet set, String packageName, String className) {
    return JavaSourceWriter.write(set, packageName, className);
  }
}
