package dev.connectkit.internal.client;

import dev.connectkit.AutoRestartDecision;
import dev.connectkit.AutoRestartDecision.Action;
import dev.connectkit.AutoRestartListener;
import dev.connectkit.AutoRestartPolicy;
import dev.connectkit.CallOutcome;
import dev.connectkit.ClientClosedException;
import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorClient;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorNotFoundException;
import dev.connectkit.ConnectorState;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.RestartOptions;
import dev.connectkit.TaskStatus;
import dev.connectkit.UnsupportedOnTargetException;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Runs an {@link AutoRestartPolicy}: a watch keeps the latest status of each selected connector, and one thread of
 * its own decides (on each change, and every check interval for connectors it backs off from) and restarts.
 */
public final class AutoRestarter implements Watch, WatchListener {
  private static final System.Logger LOG = System.getLogger("dev.connectkit.autorestart");

  private final AutoRestartPolicy policy;
  private final ConnectorClient client;
  private final ScheduledThreadPoolExecutor thread;
  private final Map<String, ConnectorStatus> latest = new ConcurrentHashMap<>();
  /** Touched only on {@link #thread}. */
  private final Map<String, Episode> episodes = new HashMap<>();
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final AtomicBoolean listenerFailureLogged = new AtomicBoolean();
  private final AtomicBoolean evaluationFailureLogged = new AtomicBoolean();
  private volatile @Nullable Watch watch;

  /** What the policy did about one connector. */
  private static final class Episode {
    final Deque<Instant> attempts = new ArrayDeque<>();
    int consecutive;
    Instant nextAllowed = Instant.MIN;
    @Nullable Action reported;
    Instant reportedUntil = Instant.MIN;
  }

  private AutoRestarter(AutoRestartPolicy policy, ConnectorClient client) {
    this.policy = policy;
    this.client = client;
    this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread t = new Thread(runnable, "connectkit-auto-restart");
      t.setDaemon(true);
      return t;
    });
    thread.setRemoveOnCancelPolicy(true);
  }

  public static Watch start(AutoRestartPolicy policy, ConnectorClient client, WatchSelector selector) {
    AutoRestarter restarter = new AutoRestarter(policy, client);
    long every = policy.checkInterval().toNanos();
    try {
      restarter.watch = client.watch(selector, restarter, policy.checkInterval());
    } catch (RuntimeException e) {
      restarter.stopThread(); // a closed client: no thread left behind
      throw e;
    }
    restarter.thread.scheduleWithFixedDelay(restarter::evaluateAll, every, every, TimeUnit.NANOSECONDS);
    return restarter;
  }

  @Override
  public void onAppeared(ConnectorStatus status) {
    seen(status);
  }

  @Override
  public void onTransition(ConnectorChange change) {
    seen(change.current());
  }

  @Override
  public void onDeleted(ConnectorStatus last) {
    latest.remove(last.name());
    submit(() -> episodes.remove(last.name()));
  }

  @Override
  public void onError(ConnectorException error, boolean willRetry) {
    if (!willRetry) {
      // The watch ends (a 401 or 403): so does the policy. Say so, or it would stop without a trace.
      LOG.log(System.Logger.Level.WARNING, "auto-restart stopped: its watch cannot go on (" + error.getMessage()
          + "); start the policy again once the client's credentials work");
    }
  }

  @Override
  public void onClosed() {
    // The client closed, or the watch ended on a failure it cannot retry: nothing left to restart with.
    stopThread();
  }

  private void seen(ConnectorStatus status) {
    latest.put(status.name(), status);
    submit(() -> evaluateSafely(status.name()));
  }

  private void submit(Runnable task) {
    if (open.get()) {
      try {
        thread.execute(task);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // closed meanwhile
      }
    }
  }

  private void evaluateAll() {
    for (String name : new ArrayList<>(latest.keySet())) {
      evaluateSafely(name);
    }
  }

  /**
   * {@link #evaluate}, never throwing: an exception from user code (a clock, a user-actionable rule) or a bug must
   * not end the periodic check, which would silently stop every later restart. Logged once.
   */
  private void evaluateSafely(String name) {
    try {
      evaluate(name);
    } catch (RuntimeException e) {
      if (evaluationFailureLogged.compareAndSet(false, true)) {
        // The exception's class only: a rule given the trace may quote it, and a trace may quote a credential.
        LOG.log(System.Logger.Level.WARNING, "auto-restart could not decide about " + name + "; it goes on checking "
            + "(logged once): " + e.getClass().getName());
      }
    }
  }

  private void evaluate(String name) {
    ConnectorStatus status = latest.get(name);
    if (status == null || !open.get()) {
      return;
    }
    boolean connectorFailed = status.state().isFailed();
    List<TaskStatus> failedTasks = status.failedTasks();
    Episode episode = episodes.computeIfAbsent(name, n -> new Episode());
    Instant now = policy.clock().instant();
    if (!connectorFailed && failedTasks.isEmpty()) {
      if (status.state().equals(ConnectorState.RUNNING) && !now.isBefore(episode.nextAllowed)) {
        // Healthy once the backoff has passed: the next failure starts from the initial backoff (one that fails
        // again within the backoff keeps doubling it); the attempts stay in the window.
        episode.consecutive = 0;
        episode.nextAllowed = Instant.MIN;
        episode.reported = null;
      }
      return;
    }
    List<Integer> taskIds = new ArrayList<>();
    StringBuilder traces = new StringBuilder(connectorFailed ? status.trace() : "");
    for (TaskStatus task : failedTasks) {
      taskIds.add(task.id());
      traces.append('\n').append(task.trace());
    }
    String failed = connectorFailed ? "connector FAILED" : "task " + taskIds.get(0) + " FAILED";
    Optional<String> userActionable = policy.userActionable(traces.toString());
    if (userActionable.isPresent()) {
      reportOnce(episode, name, Action.SKIPPED_USER_ACTIONABLE, connectorFailed, taskIds, Duration.ZERO,
          userActionable.get());
      return;
    }
    Instant windowStart = now.minus(policy.window());
    while (!episode.attempts.isEmpty() && !episode.attempts.peekFirst().isAfter(windowStart)) {
      episode.attempts.pollFirst();
    }
    if (episode.attempts.size() >= policy.maxAttempts()) {
      reportOnce(episode, name, Action.GAVE_UP, connectorFailed, taskIds, Duration.ZERO, failed);
      return;
    }
    if (now.isBefore(episode.nextAllowed)) {
      if (episode.reported != Action.BACKING_OFF || !episode.reportedUntil.equals(episode.nextAllowed)) {
        episode.reported = Action.BACKING_OFF;
        episode.reportedUntil = episode.nextAllowed;
        report(new AutoRestartDecision(name, Action.BACKING_OFF, connectorFailed, taskIds, episode.attempts.size(),
            Duration.between(now, episode.nextAllowed), failed));
      }
      return;
    }
    Action action = Action.RESTARTED;
    String reason = failed;
    try {
      if (episode.consecutive > 0 && !stillFailed(name)) {
        return; // running again since the last restart, before the watch's next poll showed it
      }
      restart(name);
    } catch (ConnectorNotFoundException e) {
      latest.remove(name);
      episodes.remove(name);
      return;
    } catch (ClientClosedException e) {
      stopThread(); // the client closed before the watch told us: nothing to restart with, nothing to report
      return;
    } catch (ConnectorException e) {
      action = Action.RESTART_FAILED;
      reason = CallOutcome.of(e).name();
    }
    episode.attempts.addLast(now);
    episode.consecutive++;
    episode.nextAllowed = now.plus(policy.backoff(episode.consecutive));
    episode.reported = action;
    report(new AutoRestartDecision(name, action, connectorFailed, taskIds, episode.attempts.size(), Duration.ZERO,
        reason));
  }

  /**
   * Whether the connector still fails, read now. Before restarting it again: the status the watch last delivered may
   * be from before the previous restart (the backoff can pass before the watch polls again), and restarting a
   * connector that runs again would be a restart too many.
   */
  private boolean stillFailed(String name) {
    ConnectorStatus fresh = client.status(name);
    latest.put(name, fresh);
    return fresh.state().isFailed() || !fresh.failedTasks().isEmpty();
  }

  /** The failed connector and failed tasks where the target can say so (Kafka Connect), else the plain restart. */
  private void restart(String name) {
    try {
      client.restart(name, RestartOptions.failedOnly());
    } catch (UnsupportedOnTargetException e) {
      client.restart(name);
    }
  }

  private void reportOnce(Episode episode, String name, Action action, boolean connectorFailed, List<Integer> tasks,
      Duration delay, String reason) {
    if (episode.reported != action) {
      episode.reported = action;
      report(new AutoRestartDecision(name, action, connectorFailed, tasks, episode.attempts.size(), delay, reason));
    }
  }

  private void report(AutoRestartDecision decision) {
    for (AutoRestartListener listener : policy.listeners()) {
      try {
        listener.onDecision(decision);
      } catch (RuntimeException e) {
        if (listenerFailureLogged.compareAndSet(false, true)) {
          LOG.log(System.Logger.Level.WARNING,
              "an AutoRestartListener threw; ignored (logged once): " + e.getClass().getName());
        }
      }
    }
  }

  @Override
  public void close() {
    if (open.compareAndSet(true, false)) {
      Watch w = watch;
      if (w != null) {
        w.close();
      }
      stopThread();
    }
  }

  private void stopThread() {
    open.set(false);
    thread.shutdownNow();
  }

  @Override
  public boolean isOpen() {
    return open.get();
  }

  @Override
  public String toString() {
    return "AutoRestart{" + policy + "}";
  }
}
