package dev.connectkit.plan.internal;

import dev.connectkit.plan.Ledger;
import dev.connectkit.plan.LedgerEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A ledger in memory; {@link #NONE} forgets every write. */
public final class MemoryLedger implements Ledger {
  /** The ledger that remembers nothing. */
  public static final Ledger NONE = new MemoryLedger(false);

  private final Map<String, LedgerEntry> entries = new TreeMap<>();
  private final boolean remembers;

  public MemoryLedger() {
    this(true);
  }

  private MemoryLedger(boolean remembers) {
    this.remembers = remembers;
  }

  @Override
  public synchronized Optional<LedgerEntry> get(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  @Override
  public synchronized List<LedgerEntry> entries() {
    return List.copyOf(entries.values());
  }

  @Override
  public synchronized void record(LedgerEntry entry) {
    if (remembers) {
      entries.put(entry.name(), entry);
    }
  }

  @Override
  public synchronized void forget(String name) {
    entries.remove(name);
  }

  @Override
  public String toString() {
    return remembers ? "Ledger.inMemory()" : "Ledger.none()";
  }
}
