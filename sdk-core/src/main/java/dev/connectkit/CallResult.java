package dev.connectkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an API request ended, for {@link ConnectorEventListener#callEnd}: its outcome, HTTP status class, attempts and
 * time. The failure is the one the caller gets: scrubbed like every {@link ConnectorException}.
 *
 * <!-- example: void record(String metric, Duration duration) -->
 * <pre>{@code
 * ConnectorEventListener listener = new ConnectorEventListener() {
 *   @Override public void callEnd(CallInfo call, CallResult result) {
 *     record(call.operation() + "." + result.outcome() + "." + result.statusClass(), result.duration());
 *   }
 * };
 * }</pre>
 *
 * @param outcome success, or the failure's class
 * @param statusClass {@code 2xx}, {@code 4xx}, {@code 5xx} (of the last answer), or {@code NONE} if no answer came
 * @param attempts how many times the request was sent (1 unless retried)
 * @param duration from the first attempt to the end, backoff included
 * @param failure what the caller gets thrown, empty on success
 */
public record CallResult(
    CallOutcome outcome, String statusClass, int attempts, Duration duration, Optional<ConnectorException> failure) {
  /** The status class of a request that got no HTTP answer (a transport failure, a timeout). */
  public static final String NO_STATUS = "NONE";

  /** Checks that no component is null. */
  public CallResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(statusClass, "statusClass");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(failure, "failure");
  }

  /** {@code 2xx} for 200 to 299 and so on; {@link #NO_STATUS} for 0 (no answer). */
  public static String statusClass(int code) {
    if (code < 100 || code > 599) {
      return NO_STATUS;
    }
    return (code / 100) + "xx";
  }
}
