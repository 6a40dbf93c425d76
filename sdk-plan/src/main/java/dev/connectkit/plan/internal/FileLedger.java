package dev.connectkit.plan.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.connectkit.plan.Ledger;
import dev.connectkit.plan.LedgerEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * A ledger in one JSON file ({@code {"format_version":1,"entries":[…]}}), read once, rewritten atomically on every
 * change: a temporary file in the same directory, then a rename over the old one.
 */
public final class FileLedger implements Ledger {
  static final int FORMAT_VERSION = 1;

  private final Path file;
  private @Nullable Map<String, LedgerEntry> entries;

  public FileLedger(Path file) {
    this.file = file.toAbsolutePath();
  }

  private Map<String, LedgerEntry> loaded() {
    Map<String, LedgerEntry> e = entries;
    if (e == null) {
      e = Files.exists(file) ? read(file) : new TreeMap<>();
      entries = e;
    }
    return e;
  }

  @Override
  public synchronized Optional<LedgerEntry> get(String name) {
    return Optional.ofNullable(loaded().get(name));
  }

  @Override
  public synchronized List<LedgerEntry> entries() {
    return List.copyOf(loaded().values());
  }

  @Override
  public synchronized void record(LedgerEntry entry) {
    Map<String, LedgerEntry> next = new TreeMap<>(loaded());
    next.put(entry.name(), entry);
    write(next);
    entries = next;
  }

  @Override
  public synchronized void forget(String name) {
    Map<String, LedgerEntry> next = new TreeMap<>(loaded());
    if (next.remove(name) != null) {
      write(next);
    }
    entries = next;
  }

  private void write(Map<String, LedgerEntry> all) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setIndent("  ");
      w.beginObject();
      w.name("format_version").value(FORMAT_VERSION);
      w.name("entries").beginArray();
      for (LedgerEntry e : all.values()) {
        w.beginObject();
        w.name("name").value(e.name());
        w.name("set").value(e.setId());
        w.name("applied_keys").beginArray();
        for (String k : e.appliedKeys()) {
          w.value(k);
        }
        w.endArray();
        w.name("secret_fingerprints").beginObject();
        for (Map.Entry<String, String> f : e.secretFingerprints().entrySet()) {
          w.name(f.getKey()).value(f.getValue());
        }
        w.endObject();
        w.name("spec_digest").value(e.specDigest());
        w.name("applied_at").value(e.appliedAt().toString());
        w.name("plan_id").value(e.planId());
        w.name("healthy").value(e.healthy());
        w.name("state").value(e.state().orElse(null));
        w.name("protect").value(e.isProtected());
        w.endObject();
      }
      w.endArray();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path dir = file.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.write(tmp, buffer.readByteArray());
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ledger " + file, e);
    }
  }

  private static Map<String, LedgerEntry> read(Path file) {
    Map<String, LedgerEntry> out = new TreeMap<>();
    try (BufferedSource source = Okio.buffer(Okio.source(file));
        JsonReader r = JsonReader.of(source)) {
      Object root = r.readJsonValue();
      if (!(root instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("ledger " + file + " is not a JSON object");
      }
      Object version = map.get("format_version");
      if (!(version instanceof Number n) || n.intValue() != FORMAT_VERSION) {
        throw new IllegalArgumentException("ledger " + file + " has format_version " + version
            + "; this SDK reads format_version " + FORMAT_VERSION);
      }
      Object list = map.get("entries");
      if (list instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> m) {
            LedgerEntry e = entry(m, file);
            out.put(e.name(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read ledger " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static LedgerEntry entry(Map<?, ?> m, Path file) {
    Set<String> keys = new TreeSet<>();
    if (m.get("applied_keys") instanceof List<?> l) {
      l.forEach(k -> keys.add(String.valueOf(k)));
    }
    Map<String, String> fingerprints = new LinkedHashMap<>();
    if (m.get("secret_fingerprints") instanceof Map<?, ?> f) {
      f.forEach((k, v) -> fingerprints.put(String.valueOf(k), String.valueOf(v)));
    }
    Object state = m.get("state");
    return new LedgerEntry(text(m, "name", file), text(m, "set", file), keys, fingerprints,
        text(m, "spec_digest", file), appliedAt(m, file), text(m, "plan_id", file),
        Boolean.TRUE.equals(m.get("healthy")), state == null ? null : String.valueOf(state),
        Boolean.TRUE.equals(m.get("protect")));
  }

  private static Instant appliedAt(Map<?, ?> m, Path file) {
    String value = text(m, "applied_at", file);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("ledger " + file + " has an entry (" + m.get("name") + ") whose applied_at '"
          + value + "' is not an ISO-8601 instant such as 2026-12-03T08:00:00Z");
    }
  }

  private static String text(Map<?, ?> m, String key, Path file) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("ledger " + file + " has an entry without " + key);
    }
    return String.valueOf(v);
  }

  @Override
  public String toString() {
    return "Ledger.file(" + file + ")";
  }
}
