package dev.connectkit.spring.boot.internal;

import dev.connectkit.AccessToken;
import dev.connectkit.Secret;
import dev.connectkit.TokenProvider;
import dev.connectkit.auth.TokenAcquisitionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Bearer tokens read from a file on every request: a Kubernetes projected service-account token, or one a sidecar
 * renews. A 401 reads the file once more, so a token rotated in between is picked up. Surrounding white space is
 * dropped; an empty or unreadable file is a {@link TokenAcquisitionException} naming the file, never its content.
 */
public final class TokenFileTokenProvider implements TokenProvider {
  private final Path file;

  public TokenFileTokenProvider(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public AccessToken token() {
    String content;
    try {
      content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new TokenAcquisitionException(
          "cannot read the token file " + file + ": " + e.getClass().getSimpleName());
    }
    if (content.isEmpty()) {
      throw new TokenAcquisitionException("the token file " + file + " is empty");
    }
    return AccessToken.of(Secret.of(content));
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    return token();
  }

  @Override
  public String toString() {
    return "TokenFileTokenProvider{" + file + "}";
  }
}
