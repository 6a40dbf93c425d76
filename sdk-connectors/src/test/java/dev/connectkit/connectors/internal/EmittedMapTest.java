package dev.connectkit.connectors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The emitted map behaves as a read-only LinkedHashMap, also past its initial capacity and with replaced keys. */
class EmittedMapTest {
  @Test
  void behavesLikeALinkedHashMapThroughGrowthAndReplacement() {
    EmittedMap<String> emitted = new EmittedMap<>(2);
    Map<String, String> expected = new LinkedHashMap<>();
    for (int i = 0; i < 200; i++) {
      String key = "api" + (i % 70) + ".http.request.method";   // keys 0..69 come back: replaced in place
      String value = "v" + i;
      emitted.add(key, value);
      expected.put(key, value);
    }

    assertThat(emitted).containsExactlyEntriesOf(expected);
    assertThat(emitted.size()).isEqualTo(70);
    assertThat(emitted.get("api3.http.request.method")).isEqualTo("v143");
    assertThat(emitted.containsKey(new String("api69.http.request.method"))).isTrue();
    assertThat(emitted.containsKey("api70.http.request.method")).isFalse();
    assertThat(emitted.values()).containsExactlyElementsOf(expected.values());
    assertThat(emitted).isEqualTo(expected).hasSameHashCodeAs(expected);
  }

  @Test
  void keysWithTheSameHashAreKeptApart() {
    EmittedMap<String> emitted = new EmittedMap<>(4);
    // "Aa" and "BB" have the same String hash code.
    emitted.add("Aa", "1");
    emitted.add("BB", "2");
    emitted.add("Aa", "3");
    assertThat(emitted).containsExactly(Map.entry("Aa", "3"), Map.entry("BB", "2"));
  }
}
