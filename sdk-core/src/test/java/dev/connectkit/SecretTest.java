package dev.connectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {
  @TempDir Path dir;

  @Test
  void printsAsMaskAndRevealsOnlyOnRequest() {
    Secret secret = Secret.of("hunter2-value");
    assertThat(secret.toString()).isEqualTo("****");
    assertThat(String.valueOf(secret)).doesNotContain("hunter2");
    assertThat(secret.reveal()).isEqualTo("hunter2-value");
  }

  @Test
  void equalityComparesValues() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).isNotEqualTo(Secret.of("b"));
    assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("b").hashCode());
  }

  @Test
  void fileSecretDropsOneTrailingNewline() throws Exception {
    Path file = dir.resolve("key");
    Files.write(file, "abc\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Secret.fromFile(file).reveal()).isEqualTo("abc");
  }

  @Test
  void missingFileNamesTheFileNotTheContent() {
    assertThatThrownBy(() -> Secret.fromFile(dir.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void missingEnvironmentVariableIsNamed() {
    assertThatThrownBy(() -> Secret.fromEnv("CONNECTKIT_SURELY_UNSET_VARIABLE"))
        .hasMessageContaining("CONNECTKIT_SURELY_UNSET_VARIABLE");
  }

  @Test
  void unknownSecretRefusesToReveal() {
    assertThat(Secret.unknown().isKnown()).isFalse();
    assertThatThrownBy(() -> Secret.unknown().reveal()).hasMessageContaining("masked by the server");
  }

  @Test
  void masksAreRecognised() {
    assertThat(Secret.isMask("****************")).isTrue();
    assertThat(Secret.isMask("**")).isTrue();
    assertThat(Secret.isMask("*")).isFalse();
    assertThat(Secret.isMask("a***")).isFalse();
  }
}
