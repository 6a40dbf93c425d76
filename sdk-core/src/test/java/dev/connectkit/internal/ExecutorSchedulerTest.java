package dev.connectkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {
  @Test
  void hungBlockingWorkDelaysNeitherTimingNorOtherWork() throws Exception {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    CountDownLatch release = new CountDownLatch(1);
    try {
      scheduler.blockingWork().execute(() -> {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      CountDownLatch timed = new CountDownLatch(1);
      CountDownLatch worked = new CountDownLatch(1);
      scheduler.schedule(() -> scheduler.blockingWork().execute(worked::countDown), Duration.ofMillis(1));
      scheduler.schedule(timed::countDown, Duration.ZERO);
      assertThat(timed.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(worked.await(5, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      scheduler.shutdown();
    }
  }

  @Test
  void blockingWorkRunsAtMostTwoAtOnceAndQueuesTheRest() throws Exception {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch allDone = new CountDownLatch(4);
    try {
      for (int i = 0; i < 4; i++) {
        scheduler.blockingWork().execute(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          started.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          allDone.countDown();
        });
      }
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(running).hasValue(2);
      release.countDown();
      assertThat(allDone.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(most).hasValue(ExecutorScheduler.POLL_THREADS);
    } finally {
      release.countDown();
      scheduler.shutdown();
    }
  }

  @Test
  void afterShutdownNothingIsAccepted() {
    ExecutorScheduler scheduler = new ExecutorScheduler();
    scheduler.shutdown();
    assertThatThrownBy(() -> scheduler.schedule(() -> {}, Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(scheduler::blockingWork).isInstanceOf(IllegalStateException.class);
  }
}
