package dev.connectkit.auth.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.auth.TokenAcquisitionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one token with the OAuth 2.0 client credentials grant from an Entra ID (v2.0) token endpoint, {@code
 * <authority>/<tenant>/oauth2/v2.0/token}.
 *
 * <p>HTTP 5xx, 429 and transport failures are retried (up to {@code maxAttempts} in all, waiting {@code firstDelay} and
 * doubling, or the server's {@code Retry-After}); any other refusal fails at once with a {@link
 * TokenAcquisitionException} that names the tenant and client id. Response bodies and secrets never reach a message.
 */
public final class EntraTokenClient implements Supplier<AccessToken> {
  private static final int MAX_DESCRIPTION = 600;
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

  private final OkHttpClient http;
  private final HttpUrl tokenUrl;
  private final String tenantId;
  private final String clientId;
  private final String scope;
  private final ClientAuthentication authentication;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Duration firstDelay;

  public EntraTokenClient(
      OkHttpClient http,
      HttpUrl authorityHost,
      String tenantId,
      String clientId,
      String scope,
      ClientAuthentication authentication,
      Clock clock,
      Sleeper sleeper,
      int maxAttempts,
      Duration firstDelay) {
    this.http = Objects.requireNonNull(http, "http");
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.firstDelay = Objects.requireNonNull(firstDelay, "firstDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.tokenUrl = tokenUrl(authorityHost, tenantId);
  }

  /** {@code <authorityHost>/<tenantId>/oauth2/v2.0/token}. */
  public static HttpUrl tokenUrl(HttpUrl authorityHost, String tenantId) {
    return authorityHost.newBuilder().addPathSegment(tenantId).addPathSegments("oauth2/v2.0/token").build();
  }

  /** The URL tokens are requested from. */
  public HttpUrl tokenUrl() {
    return tokenUrl;
  }

  @Override
  public AccessToken get() {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      Instant requestedAt = clock.instant();
      Request request = newRequest(requestedAt);
      int status;
      Duration wait;
      try (Response response = http.newCall(request).execute()) {
        status = response.code();
        String body = response.body().string();
        if (response.isSuccessful()) {
          return parseToken(body, requestedAt);
        }
        if (!isRetryable(status) || attempt == maxAttempts) {
          throw refused(status, body, attempt);
        }
        wait = retryAfter(response).orElse(delay);
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted(e);
        }
        if (attempt == maxAttempts) {
          throw unreachable(e, attempt);
        }
        wait = delay;
      } catch (IOException e) {
        if (attempt == maxAttempts) {
          throw unreachable(e, attempt);
        }
        wait = delay;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(e);
      }
      delay = delay.multipliedBy(2);
    }
  }

  private Request newRequest(Instant now) {
    FormBody.Builder form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("scope", scope);
    authentication.addTo(form, tokenUrl, now);
    return new Request.Builder()
        .url(tokenUrl)
        .header("Accept", "application/json")
        .post(form.build())
        .build();
  }

  private static boolean isRetryable(int status) {
    return status >= 500 || status == 429 || status == 408;
  }

  private static Optional<Duration> retryAfter(Response response) {
    String header = response.header("Retry-After");
    if (header == null) {
      return Optional.empty();
    }
    try {
      Duration seconds = Duration.ofSeconds(Long.parseLong(header.trim()));
      if (seconds.isNegative()) {
        return Optional.empty();
      }
      return Optional.of(seconds.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : seconds);
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP date: rare from Entra; use our own delay
    }
  }

  private AccessToken parseToken(String body, Instant requestedAt) {
    // Never put the body into a message: it holds the token.
    Map<?, ?> json =
        Json.object(body).orElseThrow(() -> new TokenAcquisitionException(who() + ": the token endpoint answered with "
            + "something other than a JSON object"));
    String accessToken = Json.string(json, "access_token");
    if (accessToken == null) {
      throw new TokenAcquisitionException(who() + ": the token endpoint's answer has no access_token");
    }
    String tokenType = Json.string(json, "token_type");
    if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
      throw new TokenAcquisitionException(
          who() + ": the token endpoint issued a '" + tokenType + "' token; only Bearer tokens are supported");
    }
    Long expiresIn = Json.number(json, "expires_in");
    if (expiresIn == null) {
      return AccessToken.of(Secret.of(accessToken));
    }
    return AccessToken.of(Secret.of(accessToken), requestedAt.plusSeconds(expiresIn));
  }

  private TokenAcquisitionException refused(int status, String body, int attempts) {
    Map<?, ?> json = Json.object(body).orElse(Map.of());
    String error = Json.string(json, "error");
    String description = Json.string(json, "error_description");
    StringBuilder message = new StringBuilder();
    if (status >= 500 || status == 429 || status == 408) {
      message.append(who()).append(": the token endpoint ").append(tokenUrl).append(" failed with HTTP ")
          .append(status).append(" on all ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    } else {
      message.append("Entra ID refused a token to ").append(who()).append(" (").append(authentication.describe())
          .append(", scope ").append(scope).append(')');
    }
    if (error != null) {
      message.append(": ").append(error);
    }
    if (description != null) {
      message.append(": ").append(compact(authentication.scrub(description)));
    }
    String hint = hint(error);
    if (hint != null) {
      message.append(". ").append(hint);
    }
    return new TokenAcquisitionException(message.toString(), status, error, null);
  }

  private @Nullable String hint(@Nullable String error) {
    if (error == null) {
      return null;
    }
    switch (error) {
      case "invalid_client":
        return "Check the client id and its " + authentication.describe()
            + " (for a secret: its value, not its ID; it may have expired)";
      case "unauthorized_client":
        return "Check that the app registration exists in tenant " + tenantId;
      case "invalid_scope":
      case "invalid_resource":
        return "Check the resource (" + scope + ") and that the app has been granted access to it";
      case "invalid_request":
        return "Check the tenant id";
      default:
        return null;
    }
  }

  private TokenAcquisitionException unreachable(IOException e, int attempts) {
    String detail = e.getMessage() == null ? "" : ": " + authentication.scrub(String.valueOf(e.getMessage()));
    return new TokenAcquisitionException(
        who() + ": cannot reach the token endpoint " + tokenUrl + " (" + attempts
            + (attempts == 1 ? " attempt" : " attempts") + "): " + e.getClass().getSimpleName() + detail,
        e);
  }

  private TokenAcquisitionException interrupted(Exception e) {
    return new TokenAcquisitionException(who() + ": interrupted while fetching a token", e);
  }

  private String who() {
    return "client id " + clientId + " in tenant " + tenantId;
  }

  /** One line, at most {@link #MAX_DESCRIPTION} characters. */
  private static String compact(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_DESCRIPTION ? oneLine : oneLine.substring(0, MAX_DESCRIPTION) + "…";
  }
}
