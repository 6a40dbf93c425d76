package dev.connectkit.auth.internal;

import dev.connectkit.RetryPolicy;
import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.auth.TokenAcquisitionException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import dev.connectkit.internal.http.InFlight;
import dev.connectkit.internal.Scrubber;
import okhttp3.Call;
import okio.BufferedSource;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one token from an OAuth 2.0 token endpoint with a form POST (client credentials at Entra ID, token exchange
 * at Confluent STS).
 *
 * <p>HTTP 5xx, 408, 429 and transport failures are retried as the {@link RetryPolicy} says (up to its
 * {@code maxAttempts} in all, waiting its {@code initialBackoff} and doubling up to its {@code maxBackoff}, or the
 * server's {@code Retry-After}; inside a client's call, that call's deadline bounds it all); any other refusal fails at once with a {@link
 * TokenAcquisitionException} that says who asked ({@link Grant#who()}). Response bodies never reach a message, and
 * the error description is {@link Grant#scrub scrubbed} of the grant's secrets.
 */
public final class TokenEndpoint implements Supplier<AccessToken> {
  private static final int MAX_DESCRIPTION = 600;
  private static final long MAX_BODY = 64 * 1024;
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /** What a grant puts into the form and how its failures read. */
  public interface Grant {
    /** Adds the grant's fields to a request sent to {@code url} at {@code now}. */
    void addFields(FormBody.Builder form, HttpUrl url, Instant now);

    /** Who is asking, for messages: {@code client id … in tenant …}. */
    String who();

    /** The refusal's opening words: {@code Entra ID refused a token to <who> (client secret, scope …)}. */
    String refusal();

    /** {@code text} with every echo of a secret the request carried replaced by {@code ****}. */
    String scrub(String text);

    /** Advice for the OAuth {@code error} code, if any. */
    @Nullable String hint(@Nullable String error);
  }

  private final OkHttpClient http;
  private final HttpUrl url;
  private final Grant grant;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryPolicy retries;

  public TokenEndpoint(
      OkHttpClient http,
      HttpUrl url,
      Grant grant,
      Clock clock,
      Sleeper sleeper,
      RetryPolicy retries) {
    // A redirect (307/308 keep the body) would carry the client secret or the subject token to wherever it points.
    this.http = Objects.requireNonNull(http, "http").newBuilder().followRedirects(false).followSslRedirects(false)
        .build();
    this.url = Objects.requireNonNull(url, "url");
    this.grant = Objects.requireNonNull(grant, "grant");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  /** The URL tokens are requested from. */
  public HttpUrl url() {
    return url;
  }

  @Override
  public AccessToken get() {
    // Fetched for a call of a ConnectorClient: the fetch counts against that call's deadline.
    InFlight call = InFlight.current();
    int maxAttempts = retries.maxAttempts();
    Duration delay = retries.initialBackoff();
    for (int attempt = 1; ; attempt++) {
      if (call != null && call.remainingNanos() <= 0) {
        throw outOfTime(call, attempt - 1, null);
      }
      Instant requestedAt = clock.instant();
      Request request = newRequest(requestedAt);
      Duration wait;
      Call exchange = http.newCall(request);
      if (call != null) {
        long own = exchange.timeout().timeoutNanos();
        long left = Math.max(1, call.remainingNanos());
        exchange.timeout().timeout(own > 0 ? Math.min(own, left) : left, TimeUnit.NANOSECONDS);
      }
      try (Response response = exchange.execute()) {
        int status = response.code();
        String body = read(response);
        if (response.isSuccessful()) {
          return parseToken(body, requestedAt);
        }
        if (status >= 300 && status < 400) {
          String location = response.header("Location");
          throw new TokenAcquisitionException(grant.who() + ": the token endpoint " + url + " redirected to "
              + (location == null ? "no Location" : compact(grant.scrub(location)))
              + "; redirects are not followed (one would carry the credentials there): use the final URL",
              status, null, null);
        }
        if (!isRetryable(status) || attempt == maxAttempts) {
          throw refused(status, body, attempt);
        }
        wait = retryAfter(response).orElse(delay);
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted(e);
        }
        if (call != null && call.remainingNanos() <= 0) {
          throw outOfTime(call, attempt, e);
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
      if (call != null && wait.toNanos() >= call.remainingNanos()) {
        throw outOfTime(call, attempt, null);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(e);
      }
      Duration doubled = delay.multipliedBy(2);
      delay = doubled.compareTo(retries.maxBackoff()) > 0 ? retries.maxBackoff() : doubled;
    }
  }

  /** The body, at most {@link #MAX_BODY} bytes: a token answer is small, and a huge one must not fill the heap. */
  private String read(Response response) throws IOException {
    BufferedSource source = response.body().source();
    if (source.request(MAX_BODY + 1)) {
      throw new TokenAcquisitionException(
          grant.who() + ": the token endpoint's answer (HTTP " + response.code() + ") is larger than " + MAX_BODY
              + " bytes", response.code(), null, null);
    }
    return source.getBuffer().readUtf8();
  }

  /** The call this token was for ran out of time: say which deadline, not the token endpoint's own timeouts. */
  private TokenAcquisitionException outOfTime(InFlight call, int attempts, @Nullable IOException cause) {
    return new TokenAcquisitionException(
        grant.who() + ": no token from " + url + " within " + call.timeoutDescription() + " of the call it was for ("
            + attempts + (attempts == 1 ? " attempt" : " attempts") + ")",
        cause);
  }

  private Request newRequest(Instant now) {
    FormBody.Builder form = new FormBody.Builder();
    grant.addFields(form, url, now);
    return new Request.Builder().url(url).header("Accept", "application/json").post(form.build()).build();
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
      return Optional.empty(); // an HTTP date: rare from token endpoints; use our own delay
    }
  }

  private AccessToken parseToken(String body, Instant requestedAt) {
    // Never put the body into a message: it holds the token.
    Map<?, ?> json =
        Json.object(body)
            .orElseThrow(
                () -> new TokenAcquisitionException(
                    grant.who() + ": the token endpoint answered with something other than a JSON object"));
    String accessToken = Json.string(json, "access_token");
    if (accessToken == null) {
      throw new TokenAcquisitionException(grant.who() + ": the token endpoint's answer has no access_token");
    }
    String tokenType = Json.string(json, "token_type");
    if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
      throw new TokenAcquisitionException(
          grant.who() + ": the token endpoint issued a '" + tokenType + "' token; only Bearer tokens are supported");
    }
    Long expiresIn = Json.number(json, "expires_in");
    if (expiresIn == null) {
      return AccessToken.of(Secret.of(accessToken));
    }
    return AccessToken.of(Secret.of(accessToken), requestedAt.plusSeconds(expiresIn));
  }

  private TokenAcquisitionException refused(int status, String body, int attempts) {
    Map<?, ?> json = Json.object(body).orElse(Map.of());
    // Both came from the server: through the grant's scrubber (dev.connectkit.internal.Scrubber), then cut.
    String error = Json.string(json, "error");
    if (error != null) {
      error = Scrubber.truncate(compact(grant.scrub(error)), 100);
    }
    String description = Json.string(json, "error_description");
    if (error == null && description == null) {
      description = confluentDetail(json);
    }
    StringBuilder message = new StringBuilder();
    if (isRetryable(status)) {
      message.append(grant.who()).append(": the token endpoint ").append(url).append(" failed with HTTP ")
          .append(status).append(" on all ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    } else {
      message.append(grant.refusal());
    }
    if (error != null) {
      message.append(": ").append(error);
    }
    if (description != null) {
      message.append(": ").append(compact(grant.scrub(description)));
    }
    String hint = grant.hint(error);
    if (hint != null) {
      message.append(". ").append(hint);
    }
    return new TokenAcquisitionException(message.toString(), status, error, null);
  }

  /** {@code {"errors":[{"detail": …}]}} or {@code {"error":{"message": …}}} or {@code {"message": …}}. */
  private static @Nullable String confluentDetail(Map<?, ?> json) {
    Object errors = json.get("errors");
    if (errors instanceof List && !((List<?>) errors).isEmpty() && ((List<?>) errors).get(0) instanceof Map) {
      Map<?, ?> first = (Map<?, ?>) ((List<?>) errors).get(0);
      String detail = Json.string(first, "detail");
      return detail != null ? detail : Json.string(first, "title");
    }
    Object error = json.get("error");
    if (error instanceof Map) {
      return Json.string((Map<?, ?>) error, "message");
    }
    return Json.string(json, "message");
  }

  private TokenAcquisitionException unreachable(IOException e, int attempts) {
    String message = e.getMessage();
    String scrubbed = message == null ? "" : grant.scrub(message);
    String detail = message == null ? "" : ": " + compact(scrubbed);
    // The cause is kept only if its message held nothing to scrub: a stack trace prints it raw.
    return new TokenAcquisitionException(
        grant.who() + ": cannot reach the token endpoint " + url + " (" + attempts
            + (attempts == 1 ? " attempt" : " attempts") + "): " + e.getClass().getSimpleName() + detail,
        scrubbed.equals(message) || message == null ? e : null);
  }

  private TokenAcquisitionException interrupted(Exception e) {
    return new TokenAcquisitionException(grant.who() + ": interrupted while fetching a token", e);
  }

  /** One line, at most {@link #MAX_DESCRIPTION} characters. */
  private static String compact(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= MAX_DESCRIPTION ? oneLine : oneLine.substring(0, MAX_DESCRIPTION) + "…";
  }
}
