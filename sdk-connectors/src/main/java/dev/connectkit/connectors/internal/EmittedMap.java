package dev.connectkit.connectors.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A read-only, insertion-ordered map over an array of immutable entries: what a config emits. Cheaper than a
 * {@code LinkedHashMap} behind {@code Collections.unmodifiableMap} (one small entry per key, no hash table, no wrapper
 * per entry when iterated); lookups scan the array, which is short (tens of keys). Filled only by {@link Emitted}
 * while a config is emitted, then never changed; {@code put} of a key already present replaces its value in place,
 * as a {@code LinkedHashMap} does.
 *
 * @param <V> the value type
 */
final class EmittedMap<V> extends AbstractMap<String, V> {
  private Map.Entry<String, V>[] entries;
  private int size;
  private @Nullable Set<Map.Entry<String, V>> entrySet;
  private @Nullable Collection<V> values;

  @SuppressWarnings("unchecked")
  EmittedMap(int capacity) {
    this.entries = (Map.Entry<String, V>[]) new Map.Entry<?, ?>[Math.max(capacity, 1)];
  }

  /** Adds or replaces {@code key} (only while emitting). */
  void add(String key, V value) {
    Map.Entry<String, V> entry = new AbstractMap.SimpleImmutableEntry<>(key, value);
    int i = indexOf(key);
    if (i >= 0) {
      entries[i] = entry;
      return;
    }
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = entry;
  }

  private int indexOf(@Nullable Object key) {
    if (!(key instanceof String)) {
      return -1;
    }
    int hash = key.hashCode();
    for (int i = 0; i < size; i++) {
      String k = entries[i].getKey();
      if (k == key || (k.hashCode() == hash && k.equals(key))) {
        return i;
      }
    }
    return -1;
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
  public Collection<V> values() {
    Collection<V> v = values;
    if (v == null) {
      v = new AbstractCollection<>() {
        @Override
        public Iterator<V> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public V next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              return entries[next++].getValue();
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
      values = v;
    }
    return v;
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
