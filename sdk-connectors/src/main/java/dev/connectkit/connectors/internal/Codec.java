package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import dev.connectkit.connectors.DataSize;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one typed value travels as a Connect property string, and which values are valid; the static methods are the
 * catalogue of codecs the connector schemas use, each kind implemented in its own file ({@link TextCodec},
 * {@link UrlCodec}, {@link SecretCodec}, {@link ScalarCodecs}, {@link TimeCodecs}, {@link EnumCodecs},
 * {@link TopicCodec}, {@link RegexCodec}, {@link ListCodecs}, {@link HeaderCodec}).
 *
 * @param <T> the typed value
 */
public abstract class Codec<T> {
  private final String expected;

  Codec(String expected) {
    this.expected = expected;
  }

  /** What a valid value looks like, in words. */
  public final String expected() {
    return expected;
  }

  /** The property string. */
  public abstract String encode(T value);

  /** The typed value, or null if {@code raw} is not valid. */
  public abstract @Nullable T decode(String raw);

  /** Adds a violation if {@code value} breaks a rule of this codec. */
  public void check(String key, T value, Violations out) {}

  /**
   * Whether a value this codec cannot read is still a value Confluent may accept (an enum constant newer than this
   * SDK): kept as read rather than refused.
   */
  public boolean isOpen() {
    return false;
  }

  /** Whether this value is a secret (sent only in secrets, shown as ****). */
  public boolean isSecret() {
    return false;
  }

  /** The value as it may be shown in a violation. */
  public String show(T value) {
    return encode(value);
  }

  /** A raw value this codec could not read, as it may be shown in a violation. */
  public String showRaw(String raw) {
    return raw;
  }

  /** A non-blank string that is not a value the server masked. */
  public static Codec<String> string() {
    return TextCodec.STRING;
  }

  /** An absolute http(s) URL with a host. */
  public static Codec<String> url() {
    return UrlCodec.URL;
  }

  /** Whether {@code value} looks like a URL ({@code scheme://…}) whose authority holds user info. */
  public static boolean isUrlWithUserInfo(String value) {
    return UrlCodec.isUrlWithUserInfo(value);
  }

  /** A secret read back from the server: a masked value becomes {@link Secret#unknown()}. */
  public static Secret readSecret(String raw) {
    return SecretCodec.unmask(raw);
  }

  /** A secret. */
  public static Codec<Secret> secret() {
    return SecretCodec.SECRET;
  }

  /** A PEM private key body: base64 only, without BEGIN/END lines or line breaks. */
  public static Codec<Secret> privateKey() {
    return SecretCodec.PRIVATE_KEY;
  }

  /** {@code true} or {@code false}, read in any case. */
  public static Codec<Boolean> bool() {
    return ScalarCodecs.BOOL;
  }

  /** An int in {@code [min, max]}. */
  public static Codec<Integer> integer(int min, int max) {
    return ScalarCodecs.ranged(Integer::valueOf, min, max);
  }

  /** A long in {@code [min, max]}. */
  public static Codec<Long> longValue(long min, long max) {
    return ScalarCodecs.ranged(Long::valueOf, min, max);
  }

  /** A size sent as bytes, in {@code [min, max]}. */
  public static Codec<DataSize> bytes(DataSize min, DataSize max) {
    return ScalarCodecs.bytes(min, max);
  }

  /** A character sent as its character code (CSV separators and quotes). */
  public static Codec<Character> charCode() {
    return ScalarCodecs.charCode();
  }

  /** A duration sent as whole milliseconds, in {@code [min, max]}. */
  public static Codec<Duration> millis(Duration min, Duration max) {
    return TimeCodecs.duration(min, max, false);
  }

  /** A duration sent as whole seconds, in {@code [min, max]}. */
  public static Codec<Duration> seconds(Duration min, Duration max) {
    return TimeCodecs.duration(min, max, true);
  }

  /** Milliseconds since the epoch. */
  public static Codec<Instant> epochMillis() {
    return TimeCodecs.epochMillis();
  }

  /** A time zone id such as {@code UTC} or {@code Europe/Berlin}. */
  public static Codec<ZoneId> zoneId() {
    return TimeCodecs.zoneId();
  }

  /** One of {@code allowed}, sent as each constant's {@code toString()}. */
  public static <E extends Enum<E>> Codec<E> enumeration(Collection<E> allowed) {
    return EnumCodecs.enumeration(allowed);
  }

  /** Every constant of {@code type}. */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return EnumCodecs.enumeration(type);
  }

  /** A comma-separated list of constants of {@code type}. */
  public static <E extends Enum<E>> Codec<List<E>> enumList(Class<E> type) {
    return EnumCodecs.enumList(type);
  }

  /** A Kafka topic name ({@code ${connector}} allowed when {@code placeholder}). */
  public static Codec<String> topic(boolean placeholder) {
    return TopicCodec.topic(placeholder);
  }

  /** Adds a violation unless {@code name} is a valid Kafka topic name. */
  public static void checkTopic(String key, String name, String shown, Violations out) {
    TopicCodec.checkTopic(key, name, shown, out);
  }

  /** A string that must compile as a Java regular expression. */
  public static Codec<String> regex() {
    return RegexCodec.REGEX;
  }

  /** Adds a violation unless {@code regex} compiles. */
  public static void checkRegex(String key, String regex, Violations out) {
    RegexCodec.checkRegex(key, regex, out);
  }

  /** A string matching {@code regex} entirely. */
  public static Codec<String> matching(String regex, String expected) {
    return TextCodec.shaped(regex, expected);
  }

  /** A comma-separated list of non-blank strings. */
  public static Codec<List<String>> list() {
    return ListCodecs.list();
  }

  /** {@code String.join(",", values)}; a single value as it is. */
  static String joinComma(List<String> values) {
    return ListCodecs.joinComma(values);
  }

  /**
   * {@code a:b,c:d} pairs in order; keys are topic names when {@code topicKeys}, values regexes when
   * {@code regexValues}.
   */
  public static Codec<Map<String, String>> pairs(boolean topicKeys, boolean regexValues) {
    return ListCodecs.pairs(topicKeys, regexValues);
  }

  /** {@code regex:[COL_A|COL_B],regex2:[COL_C]}: table regex to its columns. */
  public static Codec<Map<String, List<String>>> columnsMapping() {
    return ListCodecs.columnsMapping();
  }

  /** HTTP headers written {@code Name: value|Name2: value2}. */
  public static Codec<Map<String, String>> headers() {
    return HeaderCodec.HEADERS;
  }
}
