package dev.connectkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The metadata IDEs read to complete {@code connectkit.*}: generated from the properties and their Javadoc. */
class ConfigurationMetadataTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> metadata() throws Exception {
    try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json on the class path").isNotNull();
      return JsonMapper.builder().build().readValue(in, Map.class);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsEveryPropertyWithADescription() throws Exception {
    List<Map<String, Object>> properties = (List<Map<String, Object>>) Objects.requireNonNull(metadata().get("properties"));
    Map<String, Map<String, Object>> byName =
        properties.stream().collect(Collectors.toMap(p -> (String) p.get("name"), p -> p));
    assertThat(byName).containsKeys(
        "connectkit.target",
        "connectkit.base-url",
        "connectkit.connect-timeout",
        "connectkit.read-timeout",
        "connectkit.self-service.landing-zone",
        "connectkit.self-service.business-unit",
        "connectkit.self-service.stage",
        "connectkit.confluent-cloud.environment-id",
        "connectkit.confluent-cloud.cluster-id",
        "connectkit.auth.method",
        "connectkit.auth.token",
        "connectkit.auth.token-file",
        "connectkit.auth.client-credentials.tenant-id",
        "connectkit.auth.client-credentials.client-id",
        "connectkit.auth.client-credentials.client-secret",
        "connectkit.auth.azure-identity.managed-identity-client-id",
        "connectkit.auth.basic.key",
        "connectkit.auth.basic.secret",
        "connectkit.health.connectors",
        "connectkit.health.paused-status",
        "connectkit.auto-restart.enabled",
        "connectkit.auto-restart.connectors",
        "connectkit.auto-restart.initial-backoff",
        "connectkit.auto-restart.max-backoff",
        "connectkit.auto-restart.max-attempts",
        "connectkit.auto-restart.window",
        "connectkit.auto-restart.skip-user-actionable",
        "connectkit.auto-restart.check-interval",
        "connectkit.metrics.tracing",
        "connectkit.metrics.connector-states",
        "connectkit.metrics.track-connectors",
        "connectkit.metrics.interval");
    byName.forEach((name, p) -> assertThat((String) p.get("description")).as(name).isNotBlank());
    assertThat(byName.get("connectkit.auth.client-credentials.client-secret")).containsEntry("type", "dev.connectkit.Secret");
    assertThat(byName.get("connectkit.target")).containsEntry("defaultValue", "self-service");
  }

  @Test
  @SuppressWarnings("unchecked")
  void hintsTheValuesOfTargetAuthMethodAndStage() throws Exception {
    List<Map<String, Object>> hints = (List<Map<String, Object>>) Objects.requireNonNull(metadata().get("hints"));
    Map<String, String> values = hints.stream().collect(Collectors.toMap(
        h -> (String) h.get("name"),
        h -> ((List<Map<String, Object>>) Objects.requireNonNull(h.get("values"))).stream().map(v -> (String) v.get("value"))
            .collect(Collectors.joining(","))));
    assertThat(values)
        .containsEntry("connectkit.target", "self-service,confluent-cloud,kafka-connect")
        .containsEntry("connectkit.auth.method", "none,token,token-file,client-credentials,azure-identity,basic")
        .containsEntry("connectkit.self-service.stage", "dev,qas,run");
  }
}
