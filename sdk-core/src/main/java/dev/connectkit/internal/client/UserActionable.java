package dev.connectkit.internal.client;

import java.util.Optional;
import java.util.regex.Pattern;

/** The default rule for failures only a user can fix (see {@code AutoRestartPolicy}): a label per kind, matched in a trace. */
public final class UserActionable {
  private static final Pattern AUTHENTICATION = Pattern.compile(
      "AuthenticationException|Unauthori[sz]ed|invalid credentials|authentication failed|\\b401\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHORIZATION = Pattern.compile(
      "AuthorizationException|not authori[sz]ed|\\bForbidden\\b|access denied|permission denied|\\b403\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONFIGURATION = Pattern.compile(
      "ConfigException|Invalid value|Missing required configuration|ClassNotFoundException"
          + "|Failed to find any class",
      Pattern.CASE_INSENSITIVE);

  private UserActionable() {}

  /** {@code authentication}, {@code authorization} or {@code configuration}; empty if {@code trace} names none. */
  public static Optional<String> match(String trace) {
    if (AUTHENTICATION.matcher(trace).find()) {
      return Optional.of("authentication");
    }
    if (AUTHORIZATION.matcher(trace).find()) {
      return Optional.of("authorization");
    }
    if (CONFIGURATION.matcher(trace).find()) {
      return Optional.of("configuration");
    }
    return Optional.empty();
  }
}
