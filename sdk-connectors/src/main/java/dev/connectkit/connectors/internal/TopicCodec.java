package dev.connectkit.connectors.internal;

/** Kafka topic names as a connector config may hold them. */
final class TopicCodec {
  private TopicCodec() {}

  /** A Kafka topic name ({@code ${connector}} allowed when {@code placeholder}). */
  static Codec<String> topic(boolean placeholder) {
    return new TextCodec("a topic name without whitespace or commas, e.g. orders") {
      @Override
      public void check(String key, String value, Violations out) {
        checkTopic(key, placeholder ? value.replace("${connector}", "lcc-x") : value, value, out);
      }
    };
  }

  /** Adds a violation unless {@code name} is a valid Kafka topic name. */
  static void checkTopic(String key, String name, String shown, Violations out) {
    if (!isTopicName(name)) {
      out.invalid(key, "is not a topic name", shown, "a topic name without whitespace or commas, e.g. orders");
    }
  }

  /**
   * Whether {@code name} can stand as a topic in a connector config: not empty, without whitespace or commas (which
   * would split or trim it). Confluent's templates check no more: a name Kafka refuses (such as {@code <topic1>})
   * is accepted at creation and fails when the connector runs.
   */
  static boolean isTopicName(String name) {
    int n = name.length();
    if (n < 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == ',' || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
