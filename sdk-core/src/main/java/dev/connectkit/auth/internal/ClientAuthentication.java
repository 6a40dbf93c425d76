package dev.connectkit.auth.internal;

import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/** How a confidential client proves itself to the token endpoint: a client secret or a signed client assertion. */
public interface ClientAuthentication {
  /** Adds the credential's form fields to a token request sent to {@code tokenUrl} at {@code now}. */
  void addTo(FormBody.Builder form, HttpUrl tokenUrl, Instant now);

  /** {@code text} with every echo of the credential replaced by {@code ****}. */
  String scrub(String text);

  /** What kind of credential this is, for error messages ({@code client secret}, {@code certificate ab12…}). */
  String describe();
}
