package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {
  @Test
  void tasksRunInDueOrderOnOneThread() throws Exception {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    try {
      List<String> order = new ArrayList<>();
      List<String> threads = new ArrayList<>();
      CountDownLatch done = new CountDownLatch(3);
      // 100 ms apart: on a loaded machine the three schedule calls themselves may take over 10 ms
      for (int delay : new int[] {300, 100, 200}) {
        scheduler.schedule(() -> {
          synchronized (order) {
            order.add("after " + delay);
            threads.add(Thread.currentThread().getName());
          }
          done.countDown();
        }, Duration.ofMillis(delay));
      }
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(order).containsExactly("after 100", "after 200", "after 300");
      assertThat(threads).containsOnly("connectkit-poller");
    } finally {
      scheduler.shutdown();
    }
  }

  @Test
  void cancelledTaskDoesNotRun() throws Exception {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    try {
      CountDownLatch ran = new CountDownLatch(1);
      scheduler.schedule(ran::countDown, Duration.ofMillis(50)).cancel();
      assertThat(ran.await(200, TimeUnit.MILLISECONDS)).isFalse();
    } finally {
      scheduler.shutdown();
    }
  }

  @Test
  void afterShutdownNothingIsAccepted() {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    scheduler.shutdown();
    assertThatThrownBy(() -> scheduler.schedule(() -> {}, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
  }
}
