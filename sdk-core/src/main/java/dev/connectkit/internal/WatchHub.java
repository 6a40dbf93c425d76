package dev.connectkit.internal;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.ForbiddenException;
import dev.connectkit.RateLimitedException;
import dev.connectkit.TaskStatus;
import dev.connectkit.UnauthenticatedException;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One poller for every watch of a client: each poll is one list request with statuses, whatever the number of
 * watches or connectors, and the work per poll is a diff against the previous snapshot. Events go to each listener
 * through its own serial queue on a shared executor, so a slow listener delays only itself.
 *
 * <p>At most one poll chain runs: each scheduled poll carries the generation it was scheduled in, and only a poll of
 * the current generation delivers its result and schedules the next. Closing the last watch, or a new watch that
 * wants a shorter interval than the pending poll's delay, starts a new generation. The list call itself runs on
 * {@link Scheduler#blockingWork()}.
 */
public final class WatchHub {
  private final Scheduler scheduler;
  private final Backend backend;
  private final Executor delivery;
  private final Object lock = new Object();
  private final List<Registration> watches = new CopyOnWriteArrayList<>();
  // Guarded by lock.
  private @Nullable Map<String, ConnectorStatus> snapshot;
  private Scheduler.@Nullable Cancellable next;
  private long nextDueNanos;
  private long generation;
  private long inFlight = -1;
  private boolean closed;

  /** {@code backend} must make single attempts: the hub paces itself. */
  public WatchHub(Scheduler scheduler, Backend backend, Executor delivery) {
    this.scheduler = scheduler;
    this.backend = backend;
    this.delivery = delivery;
  }

  public Watch register(WatchSelector selector, WatchListener listener, Duration interval) {
    Registration registration = new Registration(selector, listener, interval);
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("this ConnectorClient is closed");
      }
      watches.add(registration);
      Scheduler.Cancellable pending = next;
      if (pending != null) {
        if (nextDueNanos - scheduler.nanoTime() > interval.toNanos()) {
          // This watch wants polls sooner than the one pending: poll now, then at the new shortest interval.
          pending.cancel();
          scheduleLocked(Duration.ZERO);
        }
      } else if (inFlight != generation) {
        scheduleLocked(Duration.ZERO);
      }
      // Otherwise a poll of the current chain is in flight: it schedules the next one at the new shortest interval.
    }
    return registration;
  }

  /** How many watches are open. */
  public int size() {
    return watches.size();
  }

  /** Under the lock: starts a new generation whose first poll is due after {@code delay}. */
  private void scheduleLocked(Duration delay) {
    long gen = ++generation;
    nextDueNanos = scheduler.nanoTime() + delay.toNanos();
    next = null;
    try {
      next = scheduler.schedule(() -> fire(gen), delay);
    } catch (RuntimeException e) {
      // The scheduler is shut down: the client is closing.
    }
  }

  /** Under the lock: the current chain, if any, ends (its poll in flight is ignored when it returns). */
  private void retireLocked() {
    Scheduler.Cancellable n = next;
    if (n != null) {
      n.cancel();
    }
    next = null;
    generation++;
  }

  /** On the scheduler thread: hands the poll of generation {@code gen} to the poll threads. */
  private void fire(long gen) {
    synchronized (lock) {
      if (gen != generation || closed || watches.isEmpty()) {
        return; // a cancelled poll that ran anyway
      }
      next = null;
      inFlight = gen;
    }
    try {
      scheduler.blockingWork().execute(() -> poll(gen));
    } catch (RuntimeException e) {
      synchronized (lock) {
        if (inFlight == gen) {
          inFlight = -1;
        }
      }
    }
  }

  /** Polls once: one list request, a diff, events queued; then the next poll, if still current. */
  void poll(long gen) {
    List<ConnectorInfo> list = null;
    ConnectorException failure = null;
    try {
      list = backend.list();
    } catch (ConnectorException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new ConnectorException("watch poll failed: " + e, e);
    }
    List<Registration> ending = List.of();
    ConnectorException fatal = null;
    synchronized (lock) {
      if (inFlight == gen) {
        inFlight = -1;
      }
      if (gen != generation || closed) {
        return; // closed or superseded while in flight: a late answer is ignored
      }
      Duration delay = interval();
      if (list != null) {
        Map<String, ConnectorStatus> current = new HashMap<>(list.size() * 2);
        for (ConnectorInfo info : list) {
          current.put(info.name(), info.status());
        }
        Map<String, ConnectorStatus> previous = snapshot;
        for (Registration w : watches) {
          w.deliver(previous, current);
        }
        snapshot = current;
      } else {
        ConnectorException e = java.util.Objects.requireNonNull(failure);
        if (endsWatches(e)) {
          fatal = e;
          ending = List.copyOf(watches);
        } else {
          if (e instanceof RateLimitedException) {
            Duration hint = ((RateLimitedException) e).retryAfter().orElse(Duration.ZERO);
            if (hint.compareTo(delay) > 0) {
              delay = hint;
            }
          }
          for (Registration w : watches) {
            w.emit(l -> l.onError(e, true));
          }
        }
      }
      if (fatal == null && !watches.isEmpty()) {
        scheduleLocked(delay);
      }
    }
    for (Registration w : ending) {
      w.end(java.util.Objects.requireNonNull(fatal));
    }
  }

  /** 401 and 403 end every watch; a token endpoint that is down (no status, or 5xx) does not. */
  static boolean endsWatches(ConnectorException e) {
    return (e instanceof UnauthenticatedException || e instanceof ForbiddenException) && !Waiter.isTransient(e);
  }

  private Duration interval() {
    Duration min = null;
    for (Registration w : watches) {
      if (min == null || w.interval.compareTo(min) < 0) {
        min = w.interval;
      }
    }
    return min == null ? Duration.ofSeconds(10) : min;
  }

  /** Closes every watch (the client is closing). */
  public void closeAll() {
    synchronized (lock) {
      closed = true;
      retireLocked();
    }
    for (Registration w : watches) {
      w.close();
    }
  }

  private void unregister(Registration registration) {
    synchronized (lock) {
      watches.remove(registration);
      if (watches.isEmpty()) {
        retireLocked();
        snapshot = null;
      }
    }
  }

  static boolean changed(ConnectorStatus a, ConnectorStatus b) {
    if (!a.state().equals(b.state()) || !a.trace().equals(b.trace()) || a.tasks().size() != b.tasks().size()) {
      return true;
    }
    for (int i = 0; i < a.tasks().size(); i++) {
      TaskStatus x = a.tasks().get(i);
      TaskStatus y = b.tasks().get(i);
      if (x.id() != y.id() || !x.state().equals(y.state()) || !x.trace().equals(y.trace())) {
        return true;
      }
    }
    return false;
  }

  private final class Registration implements Watch {
    final WatchSelector selector;
    final WatchListener listener;
    final Duration interval;
    final SerialExecutor events = new SerialExecutor(delivery);
    volatile boolean open = true;
    // Set by the onClosed task, read by later tasks of the same serial queue.
    volatile boolean closedDelivered;
    boolean initialized;

    Registration(WatchSelector selector, WatchListener listener, Duration interval) {
      this.selector = selector;
      this.listener = listener;
      this.interval = interval;
    }

    /** Queues this poll's events for this watch as one task: a poll of 10,000 changes is one hand-off, not 10,000. */
    void deliver(@Nullable Map<String, ConnectorStatus> previous, Map<String, ConnectorStatus> current) {
      List<Consumer<WatchListener>> batch = new ArrayList<>();
      if (!initialized || previous == null) {
        initialized = true;
        current.forEach((name, status) -> {
          if (selector.test(name)) {
            batch.add(l -> l.onAppeared(status));
          }
        });
      } else {
        current.forEach((name, status) -> {
          if (!selector.test(name)) {
            return;
          }
          ConnectorStatus before = previous.get(name);
          if (before == null) {
            batch.add(l -> l.onAppeared(status));
          } else if (changed(before, status)) {
            ConnectorChange change = new ConnectorChange(before, status);
            batch.add(l -> l.onTransition(change));
          }
        });
        previous.forEach((name, status) -> {
          if (!current.containsKey(name) && selector.test(name)) {
            batch.add(l -> l.onDeleted(status));
          }
        });
      }
      if (!batch.isEmpty()) {
        emit(l -> {
          for (Consumer<WatchListener> event : batch) {
            try {
              event.accept(l);
            } catch (RuntimeException e) {
              // A listener that throws does not end its watch, nor miss the rest of the poll's events.
            }
          }
        });
      }
    }

    /**
     * Queues an event unless the watch is closed. Queueing and closing exclude each other, so every event queued
     * comes before {@code onClosed}; the task checks again when it runs, so none is delivered after it.
     */
    void emit(Consumer<WatchListener> event) {
      synchronized (this) {
        if (!open) {
          return;
        }
        events.execute(() -> {
          if (closedDelivered) {
            return;
          }
          try {
            event.accept(listener);
          } catch (RuntimeException e) {
            // A listener that throws does not end its watch.
          }
        });
      }
    }

    /** The watch cannot go on: {@code onError(e, false)}, then {@code onClosed(e)}. */
    void end(ConnectorException e) {
      emit(l -> l.onError(e, false));
      closeWith(e);
    }

    @Override
    public void close() {
      closeWith(null);
    }

    private void closeWith(@Nullable Throwable cause) {
      synchronized (this) {
        if (!open) {
          return;
        }
        open = false;
        events.execute(() -> {
          closedDelivered = true;
          try {
            listener.onClosed(Optional.ofNullable(cause));
          } catch (RuntimeException e) {
            // ignored
          }
        });
      }
      unregister(this);
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public String toString() {
      return "Watch{" + selector + ", every " + interval + (open ? "" : ", closed") + "}";
    }
  }
}
