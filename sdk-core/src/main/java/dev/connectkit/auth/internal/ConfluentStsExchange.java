package dev.connectkit.auth.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The token exchange (RFC 8693) at Confluent's Security Token Service: an external identity provider's JWT, from
 * {@code subjectTokens}, becomes a Confluent STS access token for an identity pool.
 */
public final class ConfluentStsExchange implements TokenEndpoint.Grant {
  static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
  static final String JWT = "urn:ietf:params:oauth:token-type:jwt";
  static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";

  private final TokenProvider subjectTokens;
  private final String identityPoolId;
  private final @Nullable Duration expiresIn;
  private volatile @Nullable Secret lastSubject;

  public ConfluentStsExchange(TokenProvider subjectTokens, String identityPoolId, @Nullable Duration expiresIn) {
    this.subjectTokens = Objects.requireNonNull(subjectTokens, "subjectTokens");
    this.identityPoolId = Objects.requireNonNull(identityPoolId, "identityPoolId");
    this.expiresIn = expiresIn;
  }

  @Override
  public void addFields(FormBody.Builder form, HttpUrl url, Instant now) {
    AccessToken subject = subjectTokens.token();
    lastSubject = subject.value();
    form.add("grant_type", GRANT_TYPE)
        .add("subject_token", subject.value().reveal())
        .add("identity_pool_id", identityPoolId)
        .add("subject_token_type", JWT)
        .add("requested_token_type", ACCESS_TOKEN);
    Duration lifetime = expiresIn;
    if (lifetime != null) {
      form.add("expires_in", String.valueOf(lifetime.toSeconds()));
    }
  }

  @Override
  public String who() {
    return "identity pool " + identityPoolId;
  }

  @Override
  public String refusal() {
    return "Confluent STS refused to exchange the subject token for a token of " + who();
  }

  @Override
  public String scrub(String text) {
    Secret subject = lastSubject;
    if (subject == null || !subject.isKnown() || subject.reveal().isEmpty()) {
      return text;
    }
    return dev.connectkit.internal.Scrubber.of(java.util.List.of(subject.reveal())).scrub(text);
  }

  @Override
  public @Nullable String hint(@Nullable String error) {
    return "Check that the identity pool exists and that its identity provider and filter accept the subject token "
        + "(issuer, audience, claims)";
  }
}
