package dev.connectkit.internal.wait;

import dev.connectkit.ConnectorException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One transition rule, like an AWS SDK waiter's acceptor: a matcher over what a poll saw, and what a match means for
 * the wait ({@link Outcome}), with the reason as users read it in {@code Transition}'s table. A wait applies the first
 * acceptor of its operation's table that matches ({@link TransitionRules}).
 */
final class Acceptor {
  /** What a match means for the wait. */
  enum Outcome {
    /** The transition reached its target: the wait ends with a result. */
    SUCCESS,
    /** The transition cannot reach its target: the wait ends with the acceptor's failure. */
    FAILURE,
    /** Not there yet: the wait polls again. */
    RETRY
  }

  /** Whether a match counts as "another state was seen" (after which every read is fresh: see {@link Poll#fresh}). */
  enum Seen {
    NOTHING,
    OTHER_STATE,
    /** Another state, when the read itself is fresh. */
    OTHER_STATE_IF_FRESH
  }

  final Outcome outcome;
  final Seen seen;
  /** The reason in the Javadoc table; null for rules documented beside it (failed reads). */
  final @Nullable String doc;
  private final Predicate<Poll> matcher;
  private final @Nullable Function<Poll, ConnectorException> failure;

  private Acceptor(
      Outcome outcome,
      Seen seen,
      @Nullable String doc,
      Predicate<Poll> matcher,
      @Nullable Function<Poll, ConnectorException> failure) {
    this.outcome = outcome;
    this.seen = seen;
    this.doc = doc;
    this.matcher = matcher;
    this.failure = failure;
  }

  static Acceptor success(String doc, Predicate<Poll> matcher) {
    return new Acceptor(Outcome.SUCCESS, Seen.NOTHING, doc, matcher, null);
  }

  static Acceptor retry(@Nullable String doc, Seen seen, Predicate<Poll> matcher) {
    return new Acceptor(Outcome.RETRY, seen, doc, matcher, null);
  }

  static Acceptor failure(@Nullable String doc, Predicate<Poll> matcher, Function<Poll, ConnectorException> failure) {
    return new Acceptor(Outcome.FAILURE, Seen.NOTHING, doc, matcher, failure);
  }

  boolean matches(Poll poll) {
    return matcher.test(poll);
  }

  /** The failure a {@link Outcome#FAILURE} match ends the wait with. */
  ConnectorException failure(Poll poll) {
    Function<Poll, ConnectorException> f = failure;
    if (f == null) {
      throw new IllegalStateException("a " + outcome + " acceptor has no failure");
    }
    return f.apply(poll);
  }

  @Override
  public String toString() {
    return outcome + ": " + doc;
  }
}
