package dev.connectkit.spring.boot.internal;

import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorValidationException;
import dev.connectkit.Placement;
import dev.connectkit.Secret;
import dev.connectkit.Stage;
import dev.connectkit.TokenProvider;
import dev.connectkit.spring.boot.ConnectKitProperties;
import dev.connectkit.spring.boot.ConnectKitProperties.AuthMethod;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Turns {@code connectkit.*} properties into a {@link ConnectorClient.Builder}. A missing or invalid property is an
 * {@link InvalidConfigurationPropertyValueException} naming the property and what would be valid (Spring Boot prints it
 * as a start-up failure report); a secret's value is never part of it.
 */
public final class ClientSettings {
  private ClientSettings() {}

  /** A builder for the target, timeouts and credentials of {@code properties}. */
  public static ConnectorClient.Builder builder(ConnectKitProperties properties, @Nullable TokenProvider tokens) {
    ConnectorClient.Builder builder = ConnectorClient.builder();
    String baseUrl = properties.getBaseUrl();
    try {
      switch (properties.getTarget()) {
        case CONFLUENT_CLOUD:
          ConnectKitProperties.ConfluentCloud cloud = properties.getConfluentCloud();
          String env = required("connectkit.confluent-cloud.environment-id", cloud.getEnvironmentId(), "env-abc123");
          String cluster = required("connectkit.confluent-cloud.cluster-id", cloud.getClusterId(), "lkc-xyz789");
          if (baseUrl == null) {
            builder.confluentCloud(env, cluster);
          } else {
            builder.confluentCloud(env, cluster, baseUrl);
          }
          break;
        case KAFKA_CONNECT:
          builder.kafkaConnect(required("connectkit.base-url", baseUrl, "http://connect:8083"));
          break;
        default:
          builder.selfService(
              required("connectkit.base-url", baseUrl, "https://ss-confluent-api.example.com"),
              placement(properties.getSelfService()));
      }
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
    builder.connectTimeout(properties.getConnectTimeout()).readTimeout(properties.getReadTimeout());
    authenticate(builder, properties.getAuth(), tokens);
    return builder;
  }

  /**
   * The builder's refusal as a property failure. An id's message is kept (ids are not secret); a URL's is replaced,
   * because the SDK echoes a URL it cannot parse, user info and all.
   */
  private static InvalidConfigurationPropertyValueException invalid(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("environmentId")) {
      return new InvalidConfigurationPropertyValueException("connectkit.confluent-cloud.environment-id", null, message);
    }
    if (message.startsWith("clusterId")) {
      return new InvalidConfigurationPropertyValueException("connectkit.confluent-cloud.cluster-id", null, message);
    }
    return new InvalidConfigurationPropertyValueException(
        "connectkit.base-url",
        null,
        "must be an http or https URL without user info, for example https://ss-confluent-api.example.com");
  }

  private static Placement placement(ConnectKitProperties.SelfService selfService) {
    String businessUnit =
        required("connectkit.self-service.business-unit", selfService.getBusinessUnit(), "sales");
    Stage stage = selfService.getStage();
    if (stage == null) {
      throw new InvalidConfigurationPropertyValueException(
          "connectkit.self-service.stage", null, "is required for target self-service: one of dev, qas, run");
    }
    String landingZone = selfService.getLandingZone();
    try {
      return landingZone == null || landingZone.isBlank()
          ? Placement.dedicated(businessUnit, stage)
          : Placement.shared(landingZone, businessUnit, stage);
    } catch (ConnectorValidationException e) {
      String field = e.violations().isEmpty() ? "business_unit" : e.violations().get(0).property();
      String property = "connectkit.self-service." + field.replace('_', '-');
      Object value = property.endsWith("landing-zone") ? landingZone : businessUnit;
      throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
    }
  }

  private static void authenticate(
      ConnectorClient.Builder builder, ConnectKitProperties.Auth auth, @Nullable TokenProvider tokens) {
    AuthMethod method = auth.getMethod();
    switch (method) {
      case NONE:
        if (tokens != null) {
          builder.bearerToken(tokens); // a TokenProvider bean of the application's own
        }
        return;
      case BASIC:
        ConnectKitProperties.Basic basic = auth.getBasic();
        String key = required("connectkit.auth.basic.key", basic.getKey(), "the API key");
        builder.basicAuth(key, requiredSecret("connectkit.auth.basic.secret", basic.getSecret()));
        return;
      default:
        if (tokens == null) {
          String reason =
              method == AuthMethod.AZURE_IDENTITY
                  ? "azure-identity needs dev.connectkit:sdk-azure-identity on the class path"
                  : "no TokenProvider for method " + method.name().toLowerCase(Locale.ROOT).replace('_', '-');
          throw new InvalidConfigurationPropertyValueException("connectkit.auth.method", method, reason);
        }
        builder.bearerToken(tokens);
    }
  }

  /** {@code value}, or a failure naming {@code property} with an example of a valid value. */
  public static String required(String property, @Nullable String value, String example) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationPropertyValueException(property, null, "is required (for example " + example + ")");
    }
    return value;
  }

  /** {@code value}, or a failure naming {@code property}; never shows a value. */
  public static Secret requiredSecret(String property, @Nullable Secret value) {
    if (value == null) {
      throw new InvalidConfigurationPropertyValueException(property, null, "is required");
    }
    return value;
  }
}
