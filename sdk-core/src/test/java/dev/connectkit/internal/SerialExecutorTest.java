package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  @Test
  void taskThatThrowsAnErrorDoesNotStopTheQueue() {
    List<String> ran = new ArrayList<>();
    SerialExecutor serial = new SerialExecutor(Runnable::run);
    assertThatThrownBy(() -> serial.execute(() -> {
      throw new AssertionError("boom");
    })).isInstanceOf(AssertionError.class);
    serial.execute(() -> ran.add("after"));
    assertThat(ran).containsExactly("after");
  }

  @Test
  void rejectedDrainDoesNotLeaveTheQueueStuck() {
    List<String> ran = new ArrayList<>();
    boolean[] reject = {true};
    Executor flaky = task -> {
      if (reject[0]) {
        throw new RejectedExecutionException("shut down");
      }
      task.run();
    };
    SerialExecutor serial = new SerialExecutor(flaky);
    assertThatThrownBy(() -> serial.execute(() -> ran.add("first"))).isInstanceOf(RejectedExecutionException.class);
    reject[0] = false;
    serial.execute(() -> ran.add("second"));
    assertThat(ran).containsExactly("first", "second");
  }
}
