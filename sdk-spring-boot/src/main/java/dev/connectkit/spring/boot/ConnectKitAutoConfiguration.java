package dev.connectkit.spring.boot;

import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import dev.connectkit.ConnectorClient;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.ClientCredentialsTokenProvider;
import dev.connectkit.azure.AzureTokenProvider;
import dev.connectkit.spring.boot.internal.ClientSettings;
import dev.connectkit.spring.boot.internal.SecretConverter;
import dev.connectkit.spring.boot.internal.SecretKeys;
import dev.connectkit.spring.boot.internal.TokenFileTokenProvider;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link ConnectorClient} bean from {@code connectkit.*} ({@link ConnectKitProperties}), with the
 * {@link TokenProvider} that {@code connectkit.auth.method} selects. Both back off when the application defines its
 * own; {@link ConnectorClientCustomizer} beans adjust the builder. The client is closed when the context closes.
 *
 * <pre>{@code
 * @Service
 * class Connectors {
 *   Connectors(ConnectorClient client) { ... client.status("sales-dev-orders-datagen-connector") ... }
 * }
 * }</pre>
 *
 * <p>With Spring Boot's actuator present, {@code connectkit.*} secrets are masked in the {@code env} and {@code
 * configprops} endpoints even with {@code management.endpoint.*.show-values=ALWAYS}.
 */
@AutoConfiguration
@EnableConfigurationProperties(ConnectKitProperties.class)
public class ConnectKitAutoConfiguration {
  /** Registered by Spring Boot through the auto-configuration imports. */
  public ConnectKitAutoConfiguration() {}

  /** The client, closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ConnectorClient connectorClient(
      ConnectKitProperties properties,
      ObjectProvider<TokenProvider> tokens,
      ObjectProvider<ConnectorClientCustomizer> customizers) {
    ConnectorClient.Builder builder = ClientSettings.builder(properties, tokens.getIfAvailable());
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** Binds {@code connectkit.*} secrets to {@link dev.connectkit.Secret}. */
  @Bean
  @ConfigurationPropertiesBinding
  static SecretConverter connectKitSecretConverter() {
    return new SecretConverter();
  }

  /** {@code connectkit.auth.method=token}: the fixed token of {@code connectkit.auth.token}. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "connectkit.auth", name = "method", havingValue = "token")
  TokenProvider connectKitFixedToken(ConnectKitProperties properties) {
    return TokenProvider.of(
        ClientSettings.requiredSecret("connectkit.auth.token", properties.getAuth().getToken()));
  }

  /** {@code connectkit.auth.method=token-file}: the token in {@code connectkit.auth.token-file}, read per request. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "connectkit.auth", name = "method", havingValue = "token-file")
  TokenProvider connectKitTokenFile(ConnectKitProperties properties) {
    Path file = properties.getAuth().getTokenFile();
    return new TokenFileTokenProvider(
        Path.of(ClientSettings.required(
            "connectkit.auth.token-file",
            file == null ? null : file.toString(),
            "/var/run/secrets/tokens/connectkit")));
  }

  /** {@code connectkit.auth.method=client-credentials}: an Entra ID service principal's client secret. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "connectkit.auth", name = "method", havingValue = "client-credentials")
  TokenProvider connectKitClientCredentials(ConnectKitProperties properties) {
    ConnectKitProperties.ClientCredentials cc = properties.getAuth().getClientCredentials();
    ClientCredentialsTokenProvider.Builder builder =
        ClientCredentialsTokenProvider.builder()
            .tenantId(ClientSettings.required(
                "connectkit.auth.client-credentials.tenant-id", cc.getTenantId(), "a directory id GUID"))
            .clientId(ClientSettings.required(
                "connectkit.auth.client-credentials.client-id", cc.getClientId(), "an application id GUID"))
            .clientSecret(ClientSettings.requiredSecret(
                "connectkit.auth.client-credentials.client-secret", cc.getClientSecret()));
    String resource = cc.getResource();
    if (resource != null) {
      builder.resource(resource);
    }
    String authority = cc.getAuthorityHost();
    if (authority != null) {
      builder.authorityHost(authority);
    }
    return builder.build();
  }

  /** {@code connectkit.auth.method=azure-identity}, when sdk-azure-identity is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(AzureTokenProvider.class)
  static class AzureIdentityConfiguration {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "connectkit.auth", name = "method", havingValue = "azure-identity")
    TokenProvider connectKitAzureIdentity(ConnectKitProperties properties) {
      ConnectKitProperties.AzureIdentity azure = properties.getAuth().getAzureIdentity();
      String clientId = azure.getManagedIdentityClientId();
      AzureTokenProvider.Builder builder =
          AzureTokenProvider.builder(
              clientId == null
                  ? new DefaultAzureCredentialBuilder().build()
                  : new ManagedIdentityCredentialBuilder().clientId(clientId).build());
      String resource = azure.getResource();
      if (resource != null) {
        builder.resource(resource);
      }
      return builder.build();
    }
  }

  /** Masks {@code connectkit.*} secrets in the actuator's {@code env} and {@code configprops} output. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class SanitizingConfiguration {
    @Bean
    SanitizingFunction connectKitSecrets() {
      return data -> SecretKeys.isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }
  }
}
