package dev.connectkit.connectors.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-build shortcuts (no URI parse, reused matchers, cached regexes, array map) agree with what they replace. */
class CodecShortcutsTest {
  @Test
  void plainUrlShortcutAgreesWithUriParsing() {
    List<String> urls = new ArrayList<>(List.of(
        "https://api.example.com", "http://hooks.example.com/v1/orders", "https://myorg-acct.snowflakecomputing.com",
        "https://a", "http://localhost:8080/x", "https://1.2.3.4", "https://1.2.3.4.com", "https://123.example.com",
        "https://a-.com", "https://-a.com", "https://a..com", "https://a.com.", "https://myorg_demo.example.com",
        "https://host:", "https://host:123456", "https://host:99999/p", "HTTPS://api.example.com", "https://",
        "https://a.1com", "https://x.y/p q", "https://x.y/a%20b", "https://u@x.y", "https://x.y?q=1", "ftp://x.y",
        "https://x.y//double", "https://x.y/${key}", "https://a.b-c.d9/e_f~g.h-i"));
    Random random = new Random(11);
    String alphabet = "ab9-._:/~%@?# ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
      int length = random.nextInt(14);
      for (int j = 0; j < length; j++) {
        url.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      urls.add(url.toString());
    }
    int plain = 0;
    for (String url : urls) {
      if (Codec.isPlainHttpUrl(url)) {
        plain++;
        assertThat(Codec.isHttpUrlParsed(url)).as(url).isTrue();
      }
      assertThat(Codec.isHttpUrl(url)).as(url).isEqualTo(Codec.isHttpUrlParsed(url));
    }
    assertThat(plain).isGreaterThan(200);
  }

  @Test
  void nameCheckAgreesWithTheRegexesItReplaces() {
    Pattern namespace = Pattern.compile("[A-Za-z][A-Za-z0-9-]{4,48}[A-Za-z0-9]");
    Pattern hub = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,255}");
    List<String> values = new ArrayList<>(List.of("sales-telemetry", "devices", "a", "", "1abc-", "abcd", "abcde",
        "abcdef", "a".repeat(50), "a".repeat(51), "h".repeat(256), "h".repeat(257), "-abc", ".hub", "x_y.z-1"));
    Random random = new Random(5);
    String alphabet = "aZ09-._ :/é";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(9);
      for (int j = 0; j < length; j++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(value.toString());
    }
    for (String value : values) {
      assertThat(Codec.isName(value, "A", "A0-", 4, 48, "A0")).as(value).isEqualTo(namespace.matcher(value).matches());
      assertThat(Codec.isName(value, "A0", "A0._-", 0, 255, null)).as(value).isEqualTo(hub.matcher(value).matches());
    }
  }

  @Test
  void reusedMatcherGivesEachValueItsOwnAnswer() {
    Codec.Shape shape = new Codec.Shape("[a-z]{2}(-[a-z]+)+-[0-9]");
    Pattern pattern = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    for (String value : List.of("eu-central-1", "EU-central-1", "us-east-2", "", "eu-central-1x", "eu-central-1")) {
      assertThat(shape.matches(value)).as(value).isEqualTo(pattern.matcher(value).matches());
    }
  }

  @Test
  void regexCheckedTwiceGivesTheSameVerdict() {
    for (int round = 0; round < 2; round++) {
      Violations ok = new Violations();
      Codec.checkRegex("topics.regex", "orders-.*", ok);
      assertThat(ok.isEmpty()).isTrue();
      Violations bad = new Violations();
      Codec.checkRegex("topics.regex", "orders-(", bad);
      assertThat(bad.isEmpty()).isFalse();
    }
  }

  @Test
  void emittedMapKeepsInsertionOrderReplacesInPlaceAndRefusesChanges() {
    EmittedMap<String> map = new EmittedMap<>(1);
    Map<String, String> expected = new LinkedHashMap<>();
    for (String[] kv : new String[][] {{"a", "1"}, {"b", "2"}, {"c", "3"}, {"a", "4"}, {"d", "5"}}) {
      map.add(kv[0], kv[1]);
      expected.put(kv[0], kv[1]);
    }
    assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(expected.entrySet());
    assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
    assertThat(new ArrayList<>(map.values())).containsExactly("4", "2", "3", "5");
    assertThat(map.get("c")).isEqualTo("3");
    assertThat(map.get("x")).isNull();
    assertThat(map.containsKey("d")).isTrue();
    assertThatThrownBy(() -> map.put("e", "6")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("7"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
