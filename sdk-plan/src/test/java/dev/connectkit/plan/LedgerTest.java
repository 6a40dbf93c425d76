package dev.connectkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file ledger: versioned JSON, written atomically, a missing file an empty ledger, no secret values. */
class LedgerTest {
  @TempDir Path dir;

  private static LedgerEntry entry(String name) {
    return new LedgerEntry(name, "sales-connectors", Set.of("kafka.topic", "quickstart"),
        Map.of("kafka.api.secret", "0123456789abcdef0123456789abcdef"), "digest", Instant.parse("2026-12-01T10:00:00Z"),
        "plan-1", true, "RUNNING", true);
  }

  @Test
  void entriesSurviveAReopenOfTheFile() {
    Path file = dir.resolve("ledger-dev.json");
    Ledger ledger = Ledger.file(file);
    assertThat(ledger.entries()).isEmpty();
    ledger.record(entry("a"));
    ledger.record(entry("b"));
    ledger.forget("b");

    Ledger reopened = Ledger.file(file);
    assertThat(reopened.entries()).containsExactly(entry("a"));
    assertThat(reopened.get("a").orElseThrow().isProtected()).isTrue();
  }

  @Test
  void everyWriteReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("ledger.json");
    Ledger ledger = Ledger.file(file);
    for (int i = 0; i < 20; i++) {
      ledger.record(entry("c" + i));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Files.readString(file)).startsWith("{\n  \"format_version\": 1,");
  }

  @Test
  void aLedgerOfAnotherFormatVersionIsRefusedByName() throws IOException {
    Path file = dir.resolve("future.json");
    Files.writeString(file, "{\"format_version\": 9, \"entries\": []}");
    assertThatThrownBy(() -> Ledger.file(file).entries()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format_version 9").hasMessageContaining("format_version 1");
  }

  @Test
  void anEntryWithAMalformedTimeIsRefusedNamingTheFileTheEntryAndTheFormat() throws IOException {
    Path file = dir.resolve("edited.json");
    Files.writeString(file, "{\"format_version\": 1, \"entries\": [{\"name\": \"sales-dev-a-connector\", "
        + "\"set\": \"sales\", \"spec_digest\": \"d\", \"applied_at\": \"yesterday\", \"plan_id\": \"p\"}]}");
    assertThatThrownBy(() -> Ledger.file(file).entries()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edited.json").hasMessageContaining("sales-dev-a-connector")
        .hasMessageContaining("'yesterday'").hasMessageContaining("ISO-8601");
  }

  @Test
  void theNoneLedgerRemembersNothing() {
    Ledger none = Ledger.none();
    none.record(entry("a"));
    assertThat(none.entries()).isEmpty();
  }

  @Test
  void anEntryPrintsNoFingerprint() {
    assertThat(entry("a").toString()).doesNotContain("0123456789abcdef");
  }
}
