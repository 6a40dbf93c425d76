package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.ConnectorClient;
import dev.connectkit.Placement;
import dev.connectkit.RetryPolicy;
import dev.connectkit.Stage;
import dev.connectkit.TokenProvider;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.auth.ClientCredentialsTokenProvider;
import dev.connectkit.azure.AzureTokenProvider;
import dev.connectkit.spring.boot.internal.TokenFileTokenProvider;
import dev.connectkit.testing.FakeConnectorApi;
import dev.connectkit.testing.FakeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ConnectKitAutoConfigurationTest {
  private static FakeConnectorApi fake;

  @BeforeAll
  static void startFake() {
    fake = Fakes.seeded(FakeConnectorApi.start());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private static ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ConnectKitAutoConfiguration.class));
  }

  private static ApplicationContextRunner selfService() {
    return runner()
        .withPropertyValues(
            "connectkit.base-url=" + fake.baseUrl(),
            "connectkit.self-service.business-unit=sales",
            "connectkit.self-service.stage=DEV");
  }

  @Test
  void buildsASelfServiceClientWithAFixedTokenThatReachesTheApi() {
    selfService()
        .withPropertyValues("connectkit.auth.method=token", "connectkit.auth.token=" + FakeConnectorApi.DEFAULT_TOKEN)
        .run(context -> {
          ConnectorClient client = context.getBean(ConnectorClient.class);
          assertThat(client.status("sales-dev-orders-connector").state().value()).isEqualTo("RUNNING");
          ConnectKitProperties properties = context.getBean(ConnectKitProperties.class);
          assertThat(properties.getAuth().getToken()).hasToString("****");
          assertThat(properties.getSelfService().getStage()).isEqualTo(Stage.DEV);
        });
  }

  @Test
  void registersTheHealthIndicatorWhenConnectorsAreNamedAsAValueOrAYamlList() {
    ApplicationContextRunner health = selfService()
        .withConfiguration(AutoConfigurations.of(ConnectKitHealthAutoConfiguration.class))
        .withPropertyValues("connectkit.auth.method=token", "connectkit.auth.token=" + FakeConnectorApi.DEFAULT_TOKEN);
    health.run(context -> assertThat(context).doesNotHaveBean(ConnectorHealthIndicator.class));
    health.withPropertyValues("connectkit.health.connectors=sales-dev-orders-connector")
        .run(context -> assertThat(context.getBean("connectkitHealthIndicator", ConnectorHealthIndicator.class)
            .health().getStatus().getCode()).isEqualTo("UP"));
    health.withPropertyValues("connectkit.health.connectors[0]=sales-dev-orders-connector")
        .run(context -> assertThat(context).hasSingleBean(ConnectorHealthIndicator.class));
    health.withPropertyValues(
            "connectkit.health.connectors=sales-dev-orders-connector", "management.health.connectkit.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ConnectorHealthIndicator.class));
  }

  @Test
  void closesTheClientWithTheContext() {
    ConnectorClient[] client = new ConnectorClient[1];
    selfService()
        .withPropertyValues("connectkit.auth.method=token", "connectkit.auth.token=" + FakeConnectorApi.DEFAULT_TOKEN)
        .run(context -> client[0] = context.getBean(ConnectorClient.class));
    assertThatThrownBy(() -> client[0].list())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void backsOffForTheApplicationsOwnClientAndTokenProvider() {
    ConnectorClient own = ConnectorClient.builder().kafkaConnect("http://localhost:1").build();
    TokenProvider tokens = TokenProvider.of(dev.connectkit.Secret.of(FakeConnectorApi.DEFAULT_TOKEN));
    runner()
        .withBean(ConnectorClient.class, () -> own)
        .run(context -> assertThat(context.getBean(ConnectorClient.class)).isSameAs(own));
    selfService()
        .withBean(TokenProvider.class, () -> tokens)
        .run(context -> {
          assertThat(context.getBean(TokenProvider.class)).isSameAs(tokens);
          assertThat(context.getBean(ConnectorClient.class).list()).isNotEmpty();
        });
    own.close();
  }

  @Test
  void appliesCustomizersToTheBuilder() {
    selfService()
        .withPropertyValues("connectkit.auth.method=token", "connectkit.auth.token=wrong")
        .withBean(ConnectorClientCustomizer.class,
            () -> builder -> builder.bearerToken(dev.connectkit.Secret.of(FakeConnectorApi.DEFAULT_TOKEN))
                .retryPolicy(RetryPolicy.none()))
        .run(context -> assertThat(context.getBean(ConnectorClient.class).list()).isNotEmpty());
  }

  @Test
  void readsTheTokenFileOnEveryRequestSoARotatedTokenIsUsed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, FakeConnectorApi.DEFAULT_TOKEN + "\n");
    selfService()
        .withPropertyValues("connectkit.auth.method=token-file", "connectkit.auth.token-file=" + file)
        .run(context -> {
          assertThat(context.getBean(TokenProvider.class)).isInstanceOf(TokenFileTokenProvider.class);
          ConnectorClient client = context.getBean(ConnectorClient.class);
          assertThat(client.list()).isNotEmpty();
          fake.grantToken("rotated-token");
          Files.writeString(file, "rotated-token");
          fake.revokeToken(FakeConnectorApi.DEFAULT_TOKEN);
          try {
            assertThat(client.list()).isNotEmpty();
          } finally {
            fake.grantToken(FakeConnectorApi.DEFAULT_TOKEN);
          }
          Files.writeString(file, "");
          assertThatThrownBy(client::list)
              .isInstanceOf(UnauthenticatedException.class)
              .hasMessageContaining(file.toString())
              .hasMessageContaining("empty");
        });
  }

  @Test
  void aMissingTokenFileIsATypedErrorNamingTheFileNotAValue(@TempDir Path dir) {
    Path file = dir.resolve("absent");
    TokenFileTokenProvider tokens = new TokenFileTokenProvider(file);
    assertThatThrownBy(tokens::token)
        .isInstanceOf(UnauthenticatedException.class)
        .hasMessageContaining("cannot read the token file " + file);
  }

  @Test
  void buildsClientCredentialsAndAzureIdentityProvidersWithoutCallingEntraId() {
    selfService()
        .withPropertyValues(
            "connectkit.auth.method=client-credentials",
            "connectkit.auth.client-credentials.tenant-id=contoso.onmicrosoft.com",
            "connectkit.auth.client-credentials.client-id=11111111-2222-3333-4444-555555555555",
            "connectkit.auth.client-credentials.client-secret=cc-secret-value")
        .run(context -> {
          assertThat(context.getBean(TokenProvider.class)).isInstanceOf(ClientCredentialsTokenProvider.class);
          assertThat(context.getBean(TokenProvider.class).toString()).doesNotContain("cc-secret-value");
          assertThat(context.getBean(ConnectKitProperties.class).getAuth().getClientCredentials().getClientSecret())
              .hasToString("****");
        });
    selfService()
        .withPropertyValues(
            "connectkit.auth.method=azure-identity",
            "connectkit.auth.azure-identity.managed-identity-client-id=11111111-2222-3333-4444-555555555555")
        .run(context -> assertThat(context.getBean(TokenProvider.class)).isInstanceOf(AzureTokenProvider.class));
  }

  @Test
  void speaksConfluentCloudWithBasicAuthAndKafkaConnectWithout() {
    try (FakeConnectorApi cloud = FakeConnectorApi.builder().target(FakeTarget.CONFLUENT_CLOUD).start();
        FakeConnectorApi connect = FakeConnectorApi.builder().target(FakeTarget.KAFKA_CONNECT).start()) {
      runner()
          .withPropertyValues(
              "connectkit.target=confluent-cloud",
              "connectkit.base-url=" + cloud.baseUrl(),
              "connectkit.confluent-cloud.environment-id=env-fake",
              "connectkit.confluent-cloud.cluster-id=lkc-fake",
              "connectkit.auth.method=basic",
              "connectkit.auth.basic.key=CLOUDKEY",
              "connectkit.auth.basic.secret=" + FakeConnectorApi.DEFAULT_TOKEN)
          .run(context -> assertThat(context.getBean(ConnectorClient.class).list()).isEmpty());
      runner()
          .withPropertyValues("connectkit.target=kafka-connect", "connectkit.base-url=" + connect.baseUrl())
          .run(context -> assertThat(context.getBean(ConnectorClient.class).list()).isEmpty());
    }
  }

  @Test
  void aMissingOrInvalidPropertyFailsStartUpNamingTheProperty() {
    assertStartUpFails(runner(), "connectkit.base-url", "is required");
    assertStartUpFails(
        runner().withPropertyValues("connectkit.base-url=" + fake.baseUrl()),
        "connectkit.self-service.business-unit", "is required");
    assertStartUpFails(
        runner().withPropertyValues(
            "connectkit.base-url=" + fake.baseUrl(), "connectkit.self-service.business-unit=sales"),
        "connectkit.self-service.stage", "one of dev, qas, run");
    assertStartUpFails(
        selfService().withPropertyValues("connectkit.self-service.business-unit=Sales-EU"),
        "connectkit.self-service.business-unit", "lowercase letters and digits");
    assertStartUpFails(
        selfService().withPropertyValues("connectkit.base-url=ftp://user:pw@example.com"),
        "connectkit.base-url", "http or https");
    assertStartUpFails(
        selfService().withPropertyValues("connectkit.auth.method=token"), "connectkit.auth.token", "is required");
    assertStartUpFails(
        selfService().withPropertyValues(
            "connectkit.auth.method=client-credentials",
            "connectkit.auth.client-credentials.client-id=app",
            "connectkit.auth.client-credentials.client-secret=hush-hush"),
        "connectkit.auth.client-credentials.tenant-id", "is required");
  }

  private static void assertStartUpFails(ApplicationContextRunner runner, String property, String reason) {
    runner.run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      assertThat(failure).hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class);
      InvalidConfigurationPropertyValueException e =
          (InvalidConfigurationPropertyValueException) org.assertj.core.util.Throwables.getRootCause(failure);
      assertThat(e.getName()).isEqualTo(property);
      assertThat(e.getReason()).contains(reason);
      assertThat(String.valueOf(e.getValue()) + e.getMessage()).doesNotContain("hush-hush").doesNotContain("pw@");
    });
  }
}
