package dev.connectkit.internal;

import dev.connectkit.ConnectorChange;
import dev.connectkit.ConnectorException;
import dev.connectkit.ConnectorInfo;
import dev.connectkit.ConnectorStatus;
import dev.connectkit.RateLimitedException;
import dev.connectkit.TaskStatus;
import dev.connectkit.Watch;
import dev.connectkit.WatchListener;
import dev.connectkit.WatchSelector;
import java.time.Duration;
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
 */
public final class WatchHub {
  private final Scheduler scheduler;
  private final Backend backend;
  private final Executor delivery;
  private final Object lock = new Object();
  private final List<Registration> watches = new CopyOnWriteArrayList<>();
  private volatile @Nullable Map<String, ConnectorStatus> snapshot;
  private Scheduler.@Nullable Cancellable next;
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
      if (next == null) {
        next = scheduler.schedule(this::poll, Duration.ZERO);
      }
    }
    return registration;
  }

  /** How many watches are open. */
  public int size() {
    return watches.size();
  }

  /** Polls once: one list request, a diff, events queued. Runs on the scheduler thread. */
  void poll() {
    if (watches.isEmpty()) {
      return;
    }
    Duration delay = interval();
    try {
      List<ConnectorInfo> list = backend.list();
      Map<String, ConnectorStatus> current = new HashMap<>(list.size() * 2);
      for (ConnectorInfo info : list) {
        current.put(info.name(), info.status());
      }
      Map<String, ConnectorStatus> previous = snapshot;
      for (Registration w : watches) {
        w.deliver(previous, current);
      }
      snapshot = current;
    } catch (ConnectorException e) {
      if (e instanceof RateLimitedException) {
        Duration hint = ((RateLimitedException) e).retryAfter().orElse(Duration.ZERO);
        if (hint.compareTo(delay) > 0) {
          delay = hint;
        }
      }
      for (Registration w : watches) {
        w.emit(l -> l.onError(e, true));
      }
    } catch (RuntimeException e) {
      ConnectorException wrapped = new ConnectorException("watch poll failed: " + e, e);
      for (Registration w : watches) {
        w.emit(l -> l.onError(wrapped, true));
      }
    }
    synchronized (lock) {
      next = null;
      if (!closed && !watches.isEmpty()) {
        next = scheduler.schedule(this::poll, delay);
      }
    }
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
      Scheduler.Cancellable n = next;
      if (n != null) {
        n.cancel();
      }
      next = null;
    }
    for (Registration w : watches) {
      w.close();
    }
  }

  private void unregister(Registration registration) {
    synchronized (lock) {
      watches.remove(registration);
      if (watches.isEmpty()) {
        Scheduler.Cancellable n = next;
        if (n != null) {
          n.cancel();
        }
        next = null;
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
    boolean initialized;

    Registration(WatchSelector selector, WatchListener listener, Duration interval) {
      this.selector = selector;
      this.listener = listener;
      this.interval = interval;
    }

    void deliver(@Nullable Map<String, ConnectorStatus> previous, Map<String, ConnectorStatus> current) {
      if (!initialized || previous == null) {
        initialized = true;
        current.forEach((name, status) -> {
          if (selector.test(name)) {
            emit(l -> l.onAppeared(status));
          }
        });
        return;
      }
      current.forEach((name, status) -> {
        if (!selector.test(name)) {
          return;
        }
        ConnectorStatus before = previous.get(name);
        if (before == null) {
          emit(l -> l.onAppeared(status));
        } else if (changed(before, status)) {
          ConnectorChange change = new ConnectorChange(before, status);
          emit(l -> l.onTransition(change));
        }
      });
      previous.forEach((name, status) -> {
        if (!current.containsKey(name) && selector.test(name)) {
          emit(l -> l.onDeleted(status));
        }
      });
    }

    void emit(Consumer<WatchListener> event) {
      if (!open) {
        return;
      }
      events.execute(() -> {
        try {
          event.accept(listener);
        } catch (RuntimeException e) {
          // A listener that throws does not end its watch.
        }
      });
    }

    @Override
    public void close() {
      synchronized (this) {
        if (!open) {
          return;
        }
        open = false;
      }
      unregister(this);
      events.execute(() -> {
        try {
          listener.onClosed(Optional.empty());
        } catch (RuntimeException e) {
          // ignored
        }
      });
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
