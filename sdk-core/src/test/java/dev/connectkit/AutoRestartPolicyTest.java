package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's rules on their own: backoff, jitter, limits, which failures are user-actionable. */
class AutoRestartPolicyTest {
  @Test
  void backoffDoublesAfterEachRestartUpToTheMaximum() {
    AutoRestartPolicy policy = AutoRestartPolicy.builder()
        .backoff(Duration.ofSeconds(10), Duration.ofSeconds(60)).jitter(false).build();
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(1000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void jitterPicksBetweenHalfAndAllOfTheBackoff() {
    AutoRestartPolicy policy = AutoRestartPolicy.builder().backoff(Duration.ofSeconds(10), Duration.ofSeconds(60))
        .build();
    for (int i = 0; i < 200; i++) {
      assertThat(policy.backoff(2)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }
  }

  @Test
  void badLimitsNameTheSettingAndWhatIsValid() {
    assertThatThrownBy(() -> AutoRestartPolicy.builder().maxAttempts(0, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1 (was 0)");
    assertThatThrownBy(() -> AutoRestartPolicy.builder().maxAttempts(3, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be more than zero (was PT0S)");
    assertThatThrownBy(() -> AutoRestartPolicy.builder().backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backoff needs 0 <= initial <= max (was initial PT5S, max PT1S)");
    assertThatThrownBy(() -> AutoRestartPolicy.builder().checkInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkInterval");
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed|authentication",
      "HTTP 401 Unauthorized from the sink's endpoint|authentication",
      "org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [orders]|authorization",
      "com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403)|authorization",
      "org.apache.kafka.common.config.ConfigException: Invalid value -1 for configuration tasks.max|configuration",
      "Missing required configuration \"topics\" which has no default value.|configuration",
  })
  void userActionableFailuresAreRecognisedByTheirTrace(String trace, String label) {
    assertThat(AutoRestartPolicy.defaults().userActionable(trace)).contains(label);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment",
      "org.apache.kafka.connect.errors.RetriableException: connection reset by peer on port 4013",
      "java.net.SocketTimeoutException: Read timed out",
  })
  void transientFailuresAreRestarted(String trace) {
    assertThat(AutoRestartPolicy.defaults().userActionable(trace)).isEmpty();
  }

  @Test
  void aRuleOfOwnReplacesTheDefaultAndSkippingCanBeTurnedOff() {
    AutoRestartPolicy own = AutoRestartPolicy.builder().userActionable(t -> t.contains("DataException")).build();
    assertThat(own.userActionable("org.apache.kafka.connect.errors.DataException: bad record")).isPresent();
    assertThat(own.userActionable("ConfigException: Invalid value")).isEmpty();
    AutoRestartPolicy off = AutoRestartPolicy.builder().skipUserActionable(false).build();
    assertThat(off.userActionable("ConfigException: Invalid value")).isEmpty();
  }
}
