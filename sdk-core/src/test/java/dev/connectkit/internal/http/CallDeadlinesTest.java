package dev.connectkit.internal.http;

import dev.connectkit.internal.ExecutorScheduler;
import dev.connectkit.internal.Scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/** The deadline watch without OkHttp's per-call watchdog: calls register without scheduling, expired ones cancel. */
class CallDeadlinesTest {
  interface Api {
    @GET("x")
    Call<ResponseBody> x();
  }

  /** Records tasks instead of running them; the test runs them when it wants. */
  static final class RecordingScheduler implements Scheduler {
    final List<Runnable> tasks = new ArrayList<>();
    final List<Duration> delays = new ArrayList<>();

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
      tasks.add(task);
      delays.add(delay);
      return () -> {};
    }

    void runAll() {
      List<Runnable> due = new ArrayList<>(tasks);
      tasks.clear();
      due.forEach(Runnable::run);
    }
  }

  /** {@link CallDeadlines#watch} on an open timer. */
  CallDeadlines.Watched watch(Call<?> call, long deadlineNanos) {
    CallDeadlines.Watched watched = deadlines.watch(call, deadlineNanos);
    assertThat(watched.timed()).isTrue();
    return watched;
  }

  final Api api = new Retrofit.Builder().baseUrl("http://localhost/").build().create(Api.class);
  final RecordingScheduler timer = new RecordingScheduler();
  final CallDeadlines deadlines = new CallDeadlines(timer, 0);

  @Test
  void callsWithLaterDeadlinesShareOneTimerTask() {
    long now = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      deadlines.watch(api.x(), now + Duration.ofSeconds(60).toNanos() + i);
    }
    assertThat(timer.tasks).hasSize(1);
    assertThat(timer.delays.get(0)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
    assertThat(deadlines.size()).isEqualTo(100);
  }

  @Test
  void anEarlierDeadlineSchedulesAnEarlierCheck() {
    long now = System.nanoTime();
    deadlines.watch(api.x(), now + Duration.ofSeconds(60).toNanos());
    deadlines.watch(api.x(), now + Duration.ofSeconds(1).toNanos());
    assertThat(timer.delays).hasSize(2);
    assertThat(timer.delays.get(1)).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aCheckCancelsExpiredCallsOnlyAndSchedulesTheNextDeadline() {
    long now = System.nanoTime();
    Call<ResponseBody> late = api.x();
    Call<ResponseBody> onTime = api.x();
    CallDeadlines.Watched lateWatch = watch(late, now - 1);
    CallDeadlines.Watched onTimeWatch = watch(onTime, now + Duration.ofSeconds(30).toNanos());

    timer.runAll();

    assertThat(late.isCanceled()).isTrue();
    assertThat(onTime.isCanceled()).isFalse();
    assertThat(lateWatch.release()).as("the deadline cut it short").isTrue();
    assertThat(timer.tasks).as("a check for the call still out").hasSize(1);
    assertThat(timer.delays.get(timer.delays.size() - 1)).isGreaterThan(Duration.ofSeconds(29));
    assertThat(onTimeWatch.release()).isFalse();
    assertThat(deadlines.size()).isZero();
  }

  @Test
  void aReleasedCallIsNeverCancelledAndNothingIsRescheduled() {
    Call<ResponseBody> call = api.x();
    CallDeadlines.Watched watched = watch(call, System.nanoTime() - 1);
    assertThat(watched.release()).isFalse();

    timer.runAll();

    assertThat(call.isCanceled()).isFalse();
    assertThat(timer.tasks).isEmpty();
  }

  @Test
  void cancelAllCancelsEveryCallStillOutButNotAsExpired() {
    Call<ResponseBody> a = api.x();
    Call<ResponseBody> b = api.x();
    CallDeadlines.Watched watchedA = watch(a, System.nanoTime() + Duration.ofSeconds(60).toNanos());
    deadlines.watch(b, System.nanoTime() + Duration.ofSeconds(60).toNanos());

    deadlines.cancelAll();

    assertThat(a.isCanceled()).isTrue();
    assertThat(b.isCanceled()).isTrue();
    assertThat(watchedA.release()).isFalse();
  }

  @Test
  void aClosedTimerLeavesTheCallToItsCallerButCloseStillCancelsIt() {
    ExecutorScheduler closed = new ExecutorScheduler();
    closed.shutdown();
    CallDeadlines closing = new CallDeadlines(closed, 0);
    Call<ResponseBody> call = api.x();
    assertThat(closing.watch(call, System.nanoTime() + 1_000_000).timed()).isFalse();
    closing.cancelAll();
    assertThat(call.isCanceled()).isTrue();
  }

  @Test
  void warmUpCallsAreTrackedButStartNoTimerThenTheTimerTakesOver() {
    CallDeadlines lazy = new CallDeadlines(timer, 3);
    long later = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<CallDeadlines.Watched> warmUp = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      warmUp.add(lazy.watch(api.x(), later));
    }
    assertThat(warmUp).noneMatch(CallDeadlines.Watched::timed);
    assertThat(timer.tasks).as("no timer task for the warm-up calls").isEmpty();
    assertThat(lazy.size()).as("tracked, so close() can cancel them").isEqualTo(3);

    assertThat(lazy.watch(api.x(), later).timed()).isTrue();
    assertThat(lazy.watch(api.x(), later).timed()).isTrue();
    assertThat(timer.tasks).hasSize(1);
  }
}
