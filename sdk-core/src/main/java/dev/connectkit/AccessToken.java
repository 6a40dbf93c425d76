package dev.connectkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bearer token and, when known, the instant it expires. The value is a {@link Secret}: it never prints.
 *
 * <!-- example: String jwt -->
 * <pre>{@code
 * AccessToken token = AccessToken.of(Secret.of(jwt), Instant.now().plusSeconds(3600));
 * }</pre>
 */
public final class AccessToken {
  private final Secret value;
  private final @Nullable Instant expiresAt;

  private AccessToken(Secret value, @Nullable Instant expiresAt) {
    this.value = Objects.requireNonNull(value, "value");
    this.expiresAt = expiresAt;
  }

  /** A token that expires at {@code expiresAt}. */
  public static AccessToken of(Secret value, Instant expiresAt) {
    return new AccessToken(value, Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  /** A token whose expiry is unknown (it is renewed only when the server answers 401). */
  public static AccessToken of(Secret value) {
    return new AccessToken(value, null);
  }

  /** The token value. */
  public Secret value() {
    return value;
  }

  /** When the token expires, if known. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** Whether the token expires before {@code instant}; false when the expiry is unknown. */
  public boolean expiresBefore(Instant instant) {
    return expiresAt != null && expiresAt.isBefore(instant);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AccessToken
        && ((AccessToken) o).value.equals(value)
        && Objects.equals(((AccessToken) o).expiresAt, expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(expiresAt);
  }

  /** {@code AccessToken{****, expires 2026-11-25T10:00:00Z}}. */
  @Override
  public String toString() {
    return "AccessToken{" + Secret.MASK + ", expires " + (expiresAt == null ? "unknown" : expiresAt) + "}";
  }
}
