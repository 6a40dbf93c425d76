package dev.connectkit.internal.http;

import dev.connectkit.ConnectorException;
import dev.connectkit.ResponseTooLargeException;
import dev.connectkit.internal.Scrubber;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a failed call becomes: a typed {@link ConnectorException} whose message names the operation and holds nothing
 * the {@link Scrubber} removes. HTTP error answers are {@link ErrorResponses}'; this is everything else (transport
 * failures, unreadable bodies, timeouts).
 */
final class Failures {
  private Failures() {}

  /** {@code "status my-connector"}; built only when a message needs it. */
  static String label(String verb, String subject) {
    return subject.isEmpty() ? verb : verb + " " + subject;
  }

  /** The request could not be built (a Retrofit argument it refused). */
  static ConnectorException unbuildable(String verb, String subject, IllegalArgumentException e) {
    return new ConnectorException(label(verb, subject) + ": the request cannot be built (" + e.getMessage() + ")", e);
  }

  /** The operation ran out of time; {@code last} is the last failure before, if any. */
  static ConnectorException timedOut(String operation, Duration totalTimeout, @Nullable ConnectorException last) {
    return new ConnectorException(
        operation
            + " did not complete within "
            + totalTimeout
            + (last == null ? "" : "; last failure: " + last.getMessage()),
        last);
  }

  /** A failed single read: the token's failure, a body too large, a transport failure or an unreadable body. */
  static ConnectorException ofRead(String verb, String subject, Throwable t, Scrubber scrubber) {
    TokenFailure token = TokenFailure.in(t);
    if (token != null) {
      return token.failure();
    }
    ResponseTooLargeException tooLarge = ResponseSizeLimit.tooLarge(t, label(verb, subject));
    if (tooLarge != null) {
      return tooLarge;
    }
    if (t instanceof IOException) {
      return transport(label(verb, subject), (IOException) t, scrubber);
    }
    // Moshi refusing a malformed body, and anything else a library throws: still a typed error, scrubbed.
    return unreadable(verb, subject, t, scrubber);
  }

  /** A body the server sent that could not be read (Moshi refused it, or a library threw). */
  static ConnectorException unreadable(String verb, String subject, Throwable t, Scrubber scrubber) {
    return library(label(verb, subject) + ": the server's response could not be read", t, scrubber);
  }

  /**
   * A transport failure. Its message may quote the server (OkHttp's "Unexpected status line: …"), so it is scrubbed
   * and cut; see {@link #library}.
   */
  static ConnectorException transport(String operation, IOException e, Scrubber scrubber) {
    return library(operation + (e instanceof InterruptedIOException ? " timed out" : " failed"), e, scrubber);
  }

  /**
   * What a library threw (OkHttp's transport failures, Moshi refusing a malformed body): its message may quote the
   * server, so it is scrubbed and cut, and the library's exception is kept as the cause only when no message in its
   * chain held anything to scrub (else its stack trace would print it); otherwise only its stack trace is kept.
   */
  private static ConnectorException library(String headline, Throwable e, Scrubber scrubber) {
    String message = e.getMessage();
    String scrubbed = message == null ? "" : scrubber.scrub(message);
    boolean clean = true;
    for (Throwable t = e; t != null && clean; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      clean = m == null || scrubber.scrub(m).equals(m);
    }
    String detail = message == null ? "" : ": " + Scrubber.truncate(scrubbed.replaceAll("\\p{Cntrl}+", " "), 300);
    ConnectorException failure =
        new ConnectorException(headline + " (" + e.getClass().getSimpleName() + detail + ")", clean ? e : null);
    if (!clean) {
      failure.setStackTrace(e.getStackTrace());
    }
    return failure;
  }
}
