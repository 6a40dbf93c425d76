package dev.connectkit.plan;

import dev.connectkit.plan.internal.FileLedger;
import dev.connectkit.plan.internal.MemoryLedger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An optional memory of what a {@link Deployer} applied, per connector ({@link LedgerEntry}). It is never
 * authoritative: every plan reads the live connectors, and the ledger only adds what the server cannot tell (which set
 * owns a connector, which keys it applied, its secrets' fingerprints). If it is lost nothing breaks: secrets show as
 * unverified and prune deletes nothing, since nothing is known to be owned.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.file(Path.of("ledger-qas.json"));   // versioned JSON, written atomically
 * Ledger forTests = Ledger.inMemory();
 * }</pre>
 *
 * <p>Implementations must be thread-safe; {@link #record} and {@link #forget} must be durable when they return. If
 * either throws after the server accepted a write, the step still {@link StepResult.Outcome#SUCCEEDED succeeds}, its
 * message saying the ledger was not updated (naming the exception's type).
 */
public interface Ledger {
  /** The entry for the connector named {@code name}. */
  Optional<LedgerEntry> get(String name);

  /** Every entry, sorted by name. */
  List<LedgerEntry> entries();

  /** Records (replaces) the entry of {@code entry.name()}. */
  void record(LedgerEntry entry);

  /** Forgets the connector named {@code name} (after its delete). */
  void forget(String name);

  /** A ledger that remembers nothing: every secret unverified, no prune. */
  static Ledger none() {
    return MemoryLedger.NONE;
  }

  /** A ledger in memory, for tests and one-off runs. */
  static Ledger inMemory() {
    return new MemoryLedger();
  }

  /**
   * A ledger in the JSON file {@code file} (created on the first write; a missing file is an empty ledger). Every
   * write replaces the file atomically (a temporary file in the same directory, then a rename). The file is read
   * once and each write saves this ledger's whole view, so give each file one writer: one {@code Ledger.file} per
   * path, one job at a time (two writers would each drop the other's entries; a lost entry only makes secrets
   * unverified and keeps prune from deleting that connector).
   *
   * @throws IllegalArgumentException (on first use) if the file exists but is not a ledger of a known format version
   */
  static Ledger file(Path file) {
    return new FileLedger(file);
  }
}
