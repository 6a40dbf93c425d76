package dev.connectkit.plan.internal;

import java.util.regex.Pattern;

/**
 * Values that carry a credential whatever their key is called: a URL with user info
 * ({@code mongodb://admin:pw@host}) or a connection string with a password parameter ({@code ...;password=pw},
 * {@code ?password=pw}). A plan shows such a live value masked, and an import makes it a secret placeholder.
 */
public final class CredentialValues {
  private static final Pattern USER_INFO = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#@\\s]*:[^/?#@\\s]*@");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(?:^|[?&;\\s])(?:password|passwd|pwd|secret)\\s*=");

  private CredentialValues() {}

  /** Whether {@code value} carries a credential in user info or a password parameter. */
  public static boolean carriesCredential(String value) {
    return value.indexOf('@') >= 0 && USER_INFO.matcher(value).find() || PASSWORD_PARAMETER.matcher(value).find();
  }
}
