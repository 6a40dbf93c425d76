package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestartOptionsTest {
  @Test
  void namedOptionsCarryKafkaConnectsQueryParameters() {
    assertThat(RestartOptions.connectorAndTasks().includeTasks()).isTrue();
    assertThat(RestartOptions.connectorAndTasks().onlyFailed()).isFalse();
    assertThat(RestartOptions.connectorOnly().includeTasks()).isFalse();
    assertThat(RestartOptions.connectorOnly().onlyFailed()).isFalse();
    assertThat(RestartOptions.failedOnly().includeTasks()).isTrue();
    assertThat(RestartOptions.failedOnly().onlyFailed()).isTrue();
  }

  @Test
  void withersReturnNewOptionsAndLeaveTheOriginalAlone() {
    RestartOptions failedConnector = RestartOptions.connectorOnly().withOnlyFailed(true);
    assertThat(failedConnector.includeTasks()).isFalse();
    assertThat(failedConnector.onlyFailed()).isTrue();
    assertThat(RestartOptions.connectorOnly().onlyFailed()).isFalse();
    assertThat(RestartOptions.connectorOnly().withIncludeTasks(true)).isEqualTo(RestartOptions.connectorAndTasks());
    assertThat(RestartOptions.connectorAndTasks().withOnlyFailed(true)).isEqualTo(RestartOptions.failedOnly());
  }

  @Test
  void equalOptionsAreEqualAndReadable() {
    RestartOptions a = RestartOptions.connectorOnly().withOnlyFailed(true);
    RestartOptions b = RestartOptions.failedOnly().withIncludeTasks(false);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(RestartOptions.connectorOnly());
    assertThat(a).hasToString("RestartOptions{includeTasks=false, onlyFailed=true}");
  }
}
