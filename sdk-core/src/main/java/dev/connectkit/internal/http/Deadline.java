package dev.connectkit.internal.http;

import dev.connectkit.internal.ExecutorScheduler;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** An operation's deadline in {@link System#nanoTime()}: every call and retry of the operation ends by it. */
public final class Deadline {
  final long deadlineNanos;

  Deadline(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** A deadline {@code duration} from now. */
  static Deadline after(Duration duration) {
    return new Deadline(afterNanos(duration));
  }

  /**
   * {@code now + duration} in {@link System#nanoTime()}, the duration capped at about 73 years so that deadlines
   * still compare by subtraction.
   */
  static long afterNanos(Duration duration) {
    return System.nanoTime() + Math.min(ExecutorScheduler.saturatedNanos(duration), Long.MAX_VALUE / 4);
  }

  public long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  /**
   * The deadline of the operation running on each thread, so that the calls of one operation (a create's POST, its
   * lookups and re-sends) share one deadline.
   */
  static final class Enclosing {
    private final ThreadLocal<Deadline> current = new ThreadLocal<>();

    /** The enclosing operation's deadline, or {@code fresh} if none encloses this thread's call. */
    Deadline orElse(Supplier<Deadline> fresh) {
      Deadline outer = current.get();
      return outer != null ? outer : fresh.get();
    }

    /** Runs {@code body} with every call on this thread bounded by {@code deadline}. */
    <T> T within(Deadline deadline, Supplier<T> body) {
      @Nullable Deadline previous = current.get();
      current.set(deadline);
      try {
        return body.get();
      } finally {
        if (previous == null) {
          current.remove();
        } else {
          current.set(previous);
        }
      }
    }
  }
}
