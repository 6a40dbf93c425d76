package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WaitOptionsTest {
  @Test
  void onProgressReadsBackWhatTheBuilderSetAndSurvivesToBuilder() {
    Consumer<ConnectorStatus> listener = status -> {};
    WaitOptions options = WaitOptions.defaults().toBuilder().onProgress(listener).build();
    assertThat(options.onProgress()).isSameAs(listener);
    assertThat(options.toBuilder().build().onProgress()).isSameAs(listener);
    assertThat(WaitOptions.defaults().onProgress()).as("no listener by default, never null").isNotNull();
  }
}
