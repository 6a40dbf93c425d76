package dev.connectkit.internal.watch;

import dev.connectkit.internal.Responses;
import dev.connectkit.internal.Scheduler;
import dev.connectkit.internal.SerialExecutor;
import dev.connectkit.internal.backend.Backend;
import dev.connectkit.internal.http.HttpExecutor;
import dev.connectkit.internal.wait.TransitionRules;

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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One poller for every watch of a client: each poll is one list request with statuses, whatever the number of
 * watches or connectors. The diff against the previous snapshot is computed once per poll and each change goes only
 * to the watches that select it: watches of exact names are found through an index, so a poll costs
 * O(connectors + changes + predicate watches × changes + new watches' initial sets), whatever the number of name
 * watches. Events go to each listener through its own serial queue on the client's event executor, one batch per
 * watch and poll; a watch without events that poll allocates nothing.
 *
 * <p>At most one poll chain runs: each scheduled poll carries the generation it was scheduled in, and only a poll of
 * the current generation delivers its result and schedules the next. Closing the last watch, or a new watch that
 * wants a shorter interval than the pending poll's delay, starts a new generation. The list read goes out with
 * {@link Backend#readList} (OkHttp's enqueue): no SDK thread waits for the server.
 */
public final class WatchHub {
  /** How soon a connector missing from a list is looked for again before it is reported deleted. */
  public static final Duration DELETION_CONFIRMATION = Duration.ofSeconds(1);

  /** The longest a server's {@code Retry-After} can hold a watch's polling back. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

  private final Scheduler scheduler;
  private final Backend backend;
  private final Executor delivery;
  private final Object lock = new Object();
  private final List<Registration> watches = new CopyOnWriteArrayList<>();
  // Guarded by lock: the watches of exact names, by name, and every other watch.
  private final Map<String, List<Registration>> byName = new HashMap<>();
  private final List<Registration> byPredicate = new ArrayList<>();
  // Guarded by lock: the watches that have not had their first poll yet (every watch while snapshot is null).
  private final List<Registration> fresh = new ArrayList<>();
  // Guarded by lock: the watches with events in the poll being delivered; empty between polls.
  private final List<Registration> touched = new ArrayList<>();
  // Guarded by lock: the shortest interval of the open watches, or null when it must be computed again.
  private @Nullable Duration shortest;
  // Guarded by lock.
  private @Nullable Map<String, ConnectorStatus> snapshot;
  // Guarded by lock: connectors missing from a list but not yet reported deleted (kept in the snapshot), with when
  // they were first missed.
  private Map<String, Long> missing = Map.of();
  private HttpExecutor.@Nullable PendingRead reading;
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

  /**
   * Opens a watch. {@code exactNames}, when not null, are the only names {@code selector} selects: the watch is then
   * found through the name index instead of being asked about every change.
   */
  public Watch register(
      WatchSelector selector, @Nullable Set<String> exactNames, WatchListener listener, Duration interval) {
    Registration registration = new Registration(selector, exactNames, listener, interval);
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("this ConnectorClient is closed");
      }
      watches.add(registration);
      index(registration);
      fresh.add(registration);
      Duration s = shortest;
      if (s != null && interval.compareTo(s) < 0) {
        shortest = interval;
      }
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
    HttpExecutor.PendingRead r = reading;
    if (r != null) {
      r.cancel(); // its answer would be ignored anyway
    }
    reading = null;
    generation++;
  }

  /** Under the lock. */
  private void index(Registration r) {
    Set<String> names = r.exactNames;
    if (names == null) {
      byPredicate.add(r);
      return;
    }
    for (String name : names) {
      byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(r);
    }
  }

  /** Under the lock. */
  private void unindex(Registration r) {
    Set<String> names = r.exactNames;
    if (names == null) {
      byPredicate.remove(r);
      return;
    }
    for (String name : names) {
      List<Registration> list = byName.get(name);
      if (list != null) {
        list.remove(r);
        if (list.isEmpty()) {
          byName.remove(name);
        }
      }
    }
  }

  /** On the scheduler thread: sends the list read of the poll of generation {@code gen}. */
  private void fire(long gen) {
    synchronized (lock) {
      if (gen != generation || closed || watches.isEmpty()) {
        return; // a cancelled poll that ran anyway
      }
      next = null;
      inFlight = gen;
    }
    HttpExecutor.PendingRead read;
    try {
      read = backend.readList((list, failure) -> onPollResult(gen, list, failure));
    } catch (RuntimeException e) {
      onPollResult(gen, null, new ConnectorException("watch poll failed: " + e, e));
      return;
    }
    synchronized (lock) {
      if (inFlight != gen) {
        return; // answered already (inline, or quickly on an OkHttp thread)
      }
      if (gen == generation && !closed) {
        reading = read;
        return;
      }
    }
    read.cancel(); // superseded or closed while it was being sent: nothing waits for its answer
  }

  /** A poll's answer: one diff, events queued per watch; then the next poll, if still current. */
  void onPollResult(long gen, @Nullable List<ConnectorInfo> list, @Nullable ConnectorException failure) {
    List<Registration> ending = List.of();
    ConnectorException fatal = null;
    synchronized (lock) {
      if (inFlight == gen) {
        inFlight = -1;
        reading = null;
      }
      if (gen != generation || closed) {
        return; // closed or superseded while in flight: a late answer is ignored
      }
      Duration delay = interval();
      if (list != null) {
        // Sized for the load factor, no larger: at 10,000 connectors a table of 16,384, not 32,768 (64 KB a poll).
        Map<String, ConnectorStatus> current = new HashMap<>((int) (list.size() / 0.75f) + 1);
        for (ConnectorInfo info : list) {
          current.put(info.name(), info.status());
        }
        if (confirmAbsences(current)) {
          delay = delay.compareTo(DELETION_CONFIRMATION) > 0 ? DELETION_CONFIRMATION : delay;
        }
        deliverLocked(snapshot, current);
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
              // Honoured up to a bound: no single answer (Retry-After: 9999999999) can stop the polling.
              delay = hint.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : hint;
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

  /**
   * Under the lock: the diff of {@code previous} and {@code current}, computed once, routed to the watches that select
   * each change; a watch's first poll gets every selected connector as appeared instead. One batch per watch with
   * events.
   */
  private void deliverLocked(@Nullable Map<String, ConnectorStatus> previous, Map<String, ConnectorStatus> current) {
    // previous is null only while every watch is fresh (the snapshot is dropped when the last watch closes), so the
    // diff reaches exactly the watches that have had a poll, and route() skips the fresh ones.
    if (previous != null) {
      for (Map.Entry<String, ConnectorStatus> e : current.entrySet()) {
        String name = e.getKey();
        ConnectorStatus status = e.getValue();
        ConnectorStatus before = previous.get(name);
        if (before == null) {
          route(name, l -> l.onAppeared(status));
        } else if (changed(before, status)) {
          ConnectorChange change = Responses.factory().change(before, status);
          route(name, l -> l.onTransition(change));
        }
      }
      for (Map.Entry<String, ConnectorStatus> e : previous.entrySet()) {
        if (!current.containsKey(e.getKey())) {
          ConnectorStatus last = e.getValue();
          route(e.getKey(), l -> l.onDeleted(last));
        }
      }
    }
    // Watches on their first poll: every selected connector that exists appeared.
    for (Registration w : fresh) {
      w.initialized = true;
      Set<String> names = w.exactNames;
      if (names != null && names.size() < current.size()) {
        for (String name : names) {
          ConnectorStatus status = current.get(name);
          if (status != null) {
            w.add(l -> l.onAppeared(status));
          }
        }
      } else {
        current.forEach((name, status) -> {
          if (w.selector.test(name)) {
            w.add(l -> l.onAppeared(status));
          }
        });
      }
    }
    fresh.clear();
    for (Registration w : touched) {
      w.flush();
    }
    touched.clear();
  }

  /** Under the lock: {@code event} of connector {@code name} to every watch selecting it (not on its first poll). */
  private void route(String name, Consumer<WatchListener> event) {
    List<Registration> named = byName.get(name);
    if (named != null) {
      for (Registration w : named) {
        if (w.initialized) {
          w.add(event);
        }
      }
    }
    for (Registration w : byPredicate) {
      if (w.initialized && w.selector.test(name)) {
        w.add(event);
      }
    }
  }

  /**
   * Under the lock: a connector missing from a list is kept in {@code current} (no event) until a list read at least
   * {@link #DELETION_CONFIRMATION} after the first miss still misses it; then it is gone. Returns whether an absence
   * awaits confirmation.
   */
  private boolean confirmAbsences(Map<String, ConnectorStatus> current) {
    Map<String, ConnectorStatus> previous = snapshot;
    Map<String, Long> suspected = new HashMap<>();
    if (previous != null) {
      long now = scheduler.nanoTime();
      for (Map.Entry<String, ConnectorStatus> e : previous.entrySet()) {
        if (current.containsKey(e.getKey())) {
          continue;
        }
        Long since = missing.get(e.getKey());
        if (since == null || now - since < DELETION_CONFIRMATION.toNanos()) {
          suspected.put(e.getKey(), since == null ? now : since);
          current.put(e.getKey(), e.getValue());
        }
      }
    }
    missing = suspected;
    return !suspected.isEmpty();
  }

  /** 401 and 403 end every watch; a token endpoint that is down (no status, or 5xx) does not. */
  static boolean endsWatches(ConnectorException e) {
    return (e instanceof UnauthenticatedException || e instanceof ForbiddenException) && !TransitionRules.isTransient(e);
  }

  /** Under the lock: the shortest interval of the open watches; computed again only after one closed. */
  private Duration interval() {
    Duration min = shortest;
    if (min != null) {
      return min;
    }
    for (Registration w : watches) {
      if (min == null || w.interval.compareTo(min) < 0) {
        min = w.interval;
      }
    }
    if (min == null) {
      return Duration.ofSeconds(10);
    }
    shortest = min;
    return min;
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
      if (!watches.remove(registration)) {
        return;
      }
      unindex(registration);
      if (!registration.initialized) {
        fresh.remove(registration);
      }
      if (registration.interval.equals(shortest)) {
        shortest = null; // it may have been the only watch that wanted it
      }
      if (watches.isEmpty()) {
        retireLocked();
        snapshot = null;
        missing = Map.of();
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
    final @Nullable Set<String> exactNames;
    final WatchListener listener;
    final Duration interval;
    final SerialExecutor events = new SerialExecutor(delivery);
    volatile boolean open = true;
    // Set by the onClosed task, read by later tasks of the same serial queue.
    volatile boolean closedDelivered;
    // Guarded by the hub's lock: whether the watch has had its first poll (its initial appeared set).
    boolean initialized;
    // Guarded by the hub's lock: this poll's events, null when it has none.
    @Nullable List<Consumer<WatchListener>> batch;

    Registration(
        WatchSelector selector, @Nullable Set<String> exactNames, WatchListener listener, Duration interval) {
      this.selector = selector;
      this.exactNames = exactNames;
      this.listener = listener;
      this.interval = interval;
    }

    /** Under the hub's lock: one event of this poll's batch; the watch joins {@code touched} with its first. */
    void add(Consumer<WatchListener> event) {
      List<Consumer<WatchListener>> b = batch;
      if (b == null) {
        b = new ArrayList<>();
        batch = b;
        touched.add(this);
      }
      b.add(event);
    }

    /** Under the hub's lock: queues this poll's events as one task: 10,000 changes are one hand-off, not 10,000. */
    void flush() {
      List<Consumer<WatchListener>> b = batch;
      batch = null;
      if (b == null) {
        return;
      }
      emit(l -> {
        for (Consumer<WatchListener> event : b) {
          try {
            event.accept(l);
          } catch (RuntimeException e) {
            // A listener that throws does not end its watch, nor miss the rest of the poll's events.
          }
        }
      });
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

    /** The watch cannot go on: {@code onError(e, false)}, then {@code onClosed()}. */
    void end(ConnectorException e) {
      emit(l -> l.onError(e, false));
      close();
    }

    @Override
    public void close() {
      synchronized (this) {
        if (!open) {
          return;
        }
        open = false;
        events.execute(() -> {
          closedDelivered = true;
          try {
            listener.onClosed();
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
