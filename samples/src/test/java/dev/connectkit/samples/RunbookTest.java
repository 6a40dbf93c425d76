package dev.connectkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectkit.Stage;
import dev.connectkit.testing.FakeConnectorApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunbookTest {
  @Test
  void withoutABaseUrlItStartsAnEmbeddedFakeAndSaysSo() {
    try (Runbook runbook = Runbook.open(Map.of())) {
      assertThat(runbook.isEmbeddedFake()).isTrue();
      assertThat(runbook.describe()).startsWith("target: embedded fake Self-Service API at http://")
          .contains("set CONNECTKIT_BASE_URL");
      assertThat(runbook.placement().prefix()).isEqualTo("sales-dev");
      assertThat(runbook.client().list()).isEmpty();
    }
  }

  @Test
  void environmentVariablesChooseTheTargetAndFlagsOverrideThem() {
    try (FakeConnectorApi api = FakeConnectorApi.start()) {
      Map<String, String> env = Map.of(
          "CONNECTKIT_BASE_URL", api.baseUrl(),
          "CONNECTKIT_BUSINESS_UNIT", "scada",
          "CONNECTKIT_STAGE", "qas",
          "CONNECTKIT_LANDING_ZONE", "edh-shared",
          "CONNECTKIT_TOKEN", FakeConnectorApi.DEFAULT_TOKEN);
      try (Runbook runbook = Runbook.open(env, "--stage", "run")) {
        assertThat(runbook.isEmbeddedFake()).isFalse();
        assertThat(runbook.placement().prefix()).isEqualTo("edh-shared-scada-run");
        assertThat(runbook.describe()).isEqualTo("target: Self-Service API at " + api.baseUrl()
            + ", business unit scada, stage run, landing zone edh-shared, token from CONNECTKIT_TOKEN");
        assertThat(runbook.client(Stage.DEV).list()).isEmpty();
      }
    }
  }

  @Test
  void aBaseUrlWithoutBusinessUnitOrStageIsRefusedNamingWhatIsMissing() {
    assertThatThrownBy(() -> Runbook.open(Map.of("CONNECTKIT_BASE_URL", "https://ss.example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONNECTKIT_BUSINESS_UNIT").hasMessageContaining("CONNECTKIT_STAGE");
  }

  @Test
  void withoutATokenTheAzureCliSuppliesIt() {
    try (Runbook runbook = Runbook.open(Map.of(), "--base-url", "https://ss.example.com", "--business-unit", "sales",
        "--stage", "dev")) {
      assertThat(runbook.describe()).endsWith("token from the Azure CLI (az login)");
    }
  }

  @Test
  void secretsComeFromTheEnvironmentUnlessDemoSecretsAreAsked() {
    try (Runbook real = Runbook.open(Map.of(), "--base-url", "https://ss.example.com", "--business-unit", "sales",
        "--stage", "dev", "--token", "t")) {
      assertThatThrownBy(() -> real.secret("CONNECTKIT_SURELY_UNSET_VARIABLE"))
          .hasMessageContaining("CONNECTKIT_SURELY_UNSET_VARIABLE");
    }
    try (Runbook demo = Runbook.open(Map.of(), "--base-url", "https://ss.example.com", "--business-unit", "sales",
        "--stage", "dev", "--token", "t", "--demo-secrets")) {
      assertThat(demo.secret("KAFKA_API_SECRET").reveal()).isEqualTo("demo-kafka-api-secret");
      assertThat(demo.option("id", "orders-datagen")).isEqualTo("orders-datagen");
    }
  }

  @Test
  void aFlagWithoutValueIsRefused() {
    assertThatThrownBy(() -> Runbook.open(Map.of(), "--stage"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--stage needs a value");
  }
}
