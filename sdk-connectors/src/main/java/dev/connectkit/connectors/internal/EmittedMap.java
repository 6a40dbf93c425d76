package dev.connectkit.connectors.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A read-only, insertion-ordered map over an array of immutable entries: what a config emits. Cheaper than a
 * {@code LinkedHashMap} behind {@code Collections.unmodifiableMap} (one small entry per key, no hash table, no wrapper
 * per entry when iterated); a small open-addressing index of array positions finds a key with one or two probes (a
 * scan per added key made emitting 40 keys cost 800 comparisons). Filled only by {@link Emitted}
 * while a config is emitted, then never changed; {@code put} of a key already present replaces its value in place,
 * as a {@code LinkedHashMap} does.
 *
 * @param <V> the value type
 */
final class EmittedMap<V> extends AbstractMap<String, V> {
  private Map.Entry<String, V>[] entries;
  private int size;
  /** Open addressing over {@code entries}: position + 1, 0 for an empty slot; at most half full. */
  private int[] index;
  private @Nullable Set<Map.Entry<String, V>> entrySet;

  @SuppressWarnings("unchecked")
  EmittedMap(int capacity) {
    this.entries = (Map.Entry<String, V>[]) new Map.Entry<?, ?>[Math.max(capacity, 1)];
    this.index = new int[tableSize(this.entries.length)];
  }

  /** A power of two at least twice {@code capacity}. */
  private static int tableSize(int capacity) {
    return Integer.highestOneBit(Math.max(capacity, 2) * 2 - 1) << 1;
  }

  /** Adds or replaces {@code key} (only while emitting). */
  void add(String key, V value) {
    Map.Entry<String, V> entry = new AbstractMap.SimpleImmutableEntry<>(key, value);
    int mask = index.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int at = index[slot] - 1;
      if (at < 0) {
        if (size == entries.length) {
          entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size] = entry;
        index[slot] = ++size;
        if (size * 2 > index.length) {
          rehash(index.length * 2);
        }
        return;
      }
      String k = entries[at].getKey();
      if (k == key || k.equals(key)) {
        entries[at] = entry;
        return;
      }
    }
  }

  /** Removes {@code key} if present (only while emitting), keeping the order of the others. */
  void drop(String key) {
    int at = indexOf(key);
    if (at < 0) {
      return;
    }
    System.arraycopy(entries, at + 1, entries, at, size - at - 1);
    size--;
    rehash(index.length);
  }

  private void rehash(int tableSize) {
    int[] table = new int[tableSize];
    int mask = tableSize - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(entries[i].getKey().hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
    index = table;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private int indexOf(@Nullable Object key) {
    if (!(key instanceof String)) {
      return -1;
    }
    int mask = index.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int at = index[slot] - 1;
      if (at < 0) {
        return -1;
      }
      String k = entries[at].getKey();
      if (k == key || k.equals(key)) {
        return at;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : entries[i].getValue();
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < size; i++) {
      action.accept(entries[i].getKey(), entries[i].getValue());
    }
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    Set<Map.Entry<String, V>> set = entrySet;
    if (set == null) {
      set = new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, V> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              return entries[next++];
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
      entrySet = set;
    }
    return set;
  }
}
