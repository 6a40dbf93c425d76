package dev.connectkit.connectors.internal;

import dev.connectkit.Secret;
import dev.connectkit.connectors.DataSize;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How one typed value travels as a Connect property string, and which values are valid.
 *
 * @param <T> the typed value
 */
public abstract class Codec<T> {
  private static final Shape HEADER_NAME = new Shape("[A-Za-z0-9!#$%&'*+.^_`~-]+");
  private static final Shape COLUMN = new Shape("[A-Za-z_][A-Za-z0-9_$]*");

  /**
   * Regular expressions known to compile (whether a regex compiles never changes): checked once, not on every build.
   * Bounded; once full, further regexes are compiled on every check.
   */
  private static final Set<String> VALID_REGEXES = ConcurrentHashMap.newKeySet();

  private static final int VALID_REGEXES_MAX = 1024;

  private final String expected;

  Codec(String expected) {
    this.expected = expected;
  }

  /** What a valid value looks like, in words. */
  public final String expected() {
    return expected;
  }

  /** Decimal strings of 0 .. 1023, made on first use: counts, sizes and timeouts are mostly small. */
  private static final String[] DECIMALS = new String[1024];

  /**
   * {@code Long.toString(n)}, shared for small {@code n} (a racy cache of immutable strings: a thread that misses one
   * makes its own).
   */
  public static String decimal(long n) {
    if (n >= 0 && n < DECIMALS.length) {
      String s = DECIMALS[(int) n];
      if (s == null) {
        s = Long.toString(n);
        DECIMALS[(int) n] = s;
      }
      return s;
    }
    return Long.toString(n);
  }

  /** A codec of plain strings: sent as they are. */
  private abstract static class Text extends Codec<String> {
    Text(String expected) {
      super(expected);
    }

    @Override
    public String encode(String value) {
      return value;
    }

    @Override
    public String decode(String raw) {
      return raw;
    }
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

  public static Codec<String> string() {
    return STRING;
  }

  private static final Codec<String> STRING =
    new Text("a non-blank string") {
      @Override
      public void check(String key, String value, Violations out) {
        if (value.trim().isEmpty()) {
          out.invalid(key, "is blank", value, expected());
        } else if (Secret.isMask(value)) {
          out.invalid(key, "is a value the server masked", Secret.MASK, "the real value");
        }
      }
    };

  /** An absolute http(s) URL with a host. */
  public static Codec<String> url() {
    return URL;
  }

  private static final Codec<String> URL =
    new Text("an absolute http(s) URL, e.g. https://api.example.com/v1") {
      @Override
      public void check(String key, String value, Violations out) {
        if (hasUserInfo(value)) {
          // The value holds a password: never echo it.
          out.invalid(key, "carries credentials (user:password@)", Secret.MASK,
              "the URL without user info, and the credentials through the connector's auth methods");
        } else if (!isHttpUrl(value)) {
          out.invalid(key, "is not an absolute http(s) URL", value, expected());
        }
      }
    };

  /** Whether {@code value} looks like a URL ({@code scheme://…}) whose authority holds user info. */
  public static boolean isUrlWithUserInfo(String value) {
    return URL_LIKE.matcher(value.trim()).lookingAt() && hasUserInfo(value);
  }

  private static final java.util.regex.Pattern URL_LIKE =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  /** Whether the authority of {@code url} (between {@code //} and the next {@code /?#}) holds an {@code @}. */
  static boolean hasUserInfo(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return false;
    }
    int end = start + 2;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return url.substring(start + 2, end).indexOf('@') >= 0;
  }

  /**
   * Whether {@code value} parses as a {@link URI} with an http(s) scheme and a host, and has no space. Common URLs
   * take a parse-free path that accepts only what {@code URI} certainly accepts; anything else is parsed.
   */
  static boolean isHttpUrl(String value) {
    return isPlainHttpUrl(value) || isHttpUrlParsed(value);
  }

  /**
   * {@code http://} or {@code https://}, a host name of dot-separated labels of letters, digits and inner hyphens
   * whose last label starts with a letter, an optional port of 1-5 digits, and an optional path of letters, digits
   * and {@code / . _ ~ -}: a subset of what {@link #isHttpUrlParsed} accepts (false says nothing).
   */
  static boolean isPlainHttpUrl(String value) {
    int n = value.length();
    int p;
    if (value.startsWith("https://")) {
      p = 8;
    } else if (value.startsWith("http://")) {
      p = 7;
    } else {
      return false;
    }
    int lastLabel = -1;
    while (true) {
      int start = p;
      while (p < n && isAsciiLetterOrDigit(value.charAt(p)) || (p < n && p > start && value.charAt(p) == '-')) {
        p++;
      }
      if (p == start || value.charAt(p - 1) == '-') {
        return false;
      }
      lastLabel = start;
      if (p < n && value.charAt(p) == '.') {
        p++;
        continue;
      }
      break;
    }
    char top = value.charAt(lastLabel);
    if (!((top >= 'a' && top <= 'z') || (top >= 'A' && top <= 'Z'))) {
      return false;
    }
    if (p < n && value.charAt(p) == ':') {
      int digits = ++p;
      while (p < n && value.charAt(p) >= '0' && value.charAt(p) <= '9') {
        p++;
      }
      if (p == digits || p - digits > 5) {
        return false;
      }
    }
    if (p == n) {
      return true;
    }
    if (value.charAt(p) != '/') {
      return false;
    }
    for (; p < n; p++) {
      char c = value.charAt(p);
      if (!(isAsciiLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '~' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The rule itself: parses {@code value} as a {@link URI}. */
  static boolean isHttpUrlParsed(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !value.contains(" ");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A secret read back from the server: a masked value becomes {@link Secret#unknown()}. */
  public static Secret readSecret(String raw) {
    return Secret.isMask(raw) ? Secret.unknown() : Secret.of(raw);
  }

  public static Codec<Secret> secret() {
    return SECRET;
  }

  private static final Codec<Secret> SECRET = new SecretCodec("a secret, e.g. Secret.fromEnv(\"NAME\")", false);

  /** A secret; with {@code base64}, a known value must match {@code [A-Za-z0-9+/=]+}. */
  private static final class SecretCodec extends Codec<Secret> {
    private final boolean base64;

    SecretCodec(String expected, boolean base64) {
      super(expected);
      this.base64 = base64;
    }

    @Override
    public String encode(Secret value) {
      return value.isKnown() ? value.reveal() : Secret.MASK;
    }

    @Override
    public Secret decode(String raw) {
      return readSecret(raw);
    }

    @Override
    public void check(String key, Secret value, Violations out) {
      if (!value.isKnown()) {
        return;
      }
      String revealed = value.reveal();
      if (revealed.isEmpty()) {
        out.invalid(key, "is empty", Secret.MASK, "a non-empty secret");
      } else if (revealed.contains("\\")) {
        out.invalid(
            key, "contains a backslash, which Confluent Cloud cannot handle", Secret.MASK, "a secret without '\\'");
      } else if (base64 && !isBase64(revealed)) {
        out.invalid(key, "does not have the expected shape", Secret.MASK, expected());
      }
    }

    /** {@code [A-Za-z0-9+/=]+}, checked without a regex. */
    private static boolean isBase64(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!(isAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '=')) {
          return false;
        }
      }
      return !value.isEmpty();
    }

    @Override
    public boolean isSecret() {
      return true;
    }

    @Override
    public String show(Secret value) {
      return Secret.MASK;
    }
  }

  public static Codec<Boolean> bool() {
    return BOOL;
  }

  private static final Codec<Boolean> BOOL =
    new Codec<Boolean>("true or false") {
      @Override
      public String encode(Boolean value) {
        return value.toString();
      }

      @Override
      public @Nullable Boolean decode(String raw) {
        // Kafka's ConfigDef reads booleans case-insensitively; the spelling read is kept by fromConfig
        String value = raw.trim();
        return value.equalsIgnoreCase("true") ? Boolean.TRUE : value.equalsIgnoreCase("false") ? Boolean.FALSE : null;
      }
    };

  /** An int in {@code [min, max]}. */
  public static Codec<Integer> integer(int min, int max) {
    return ranged(Integer::valueOf, min, max);
  }

  /** A long in {@code [min, max]}. */
  public static Codec<Long> longValue(long min, long max) {
    return ranged(Long::valueOf, min, max);
  }

  private static <T extends Comparable<T>> Codec<T> ranged(
      java.util.function.Function<String, T> parse, T min, T max) {
    return new Codec<T>("an integer " + min + ".." + max) {
      @Override
      public String encode(T value) {
        return value instanceof Number ? decimal(((Number) value).longValue()) : value.toString();
      }

      @Override
      public @Nullable T decode(String raw) {
        try {
          return parse.apply(raw.trim());
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, T value, Violations out) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        }
      }
    };
  }

  /** A duration sent as whole milliseconds, in {@code [min, max]}. */
  public static Codec<Duration> millis(Duration min, Duration max) {
    return duration(min, max, false);
  }

  /** A duration sent as whole seconds, in {@code [min, max]}. */
  public static Codec<Duration> seconds(Duration min, Duration max) {
    return duration(min, max, true);
  }

  private static Codec<Duration> duration(Duration min, Duration max, boolean seconds) {
    String unit = seconds ? "seconds" : "milliseconds";
    return new Codec<Duration>(
        "a Duration of whole " + unit + " between " + min + " and " + max) {
      @Override
      public String encode(Duration value) {
        return decimal(seconds ? value.toSeconds() : value.toMillis());
      }

      @Override
      public @Nullable Duration decode(String raw) {
        try {
          long n = Long.parseLong(raw.trim());
          return seconds ? Duration.ofSeconds(n) : Duration.ofMillis(n);
        } catch (NumberFormatException | ArithmeticException e) {
          return null;
        }
      }

      @Override
      public void check(String key, Duration value, Violations out) {
        boolean whole =
            seconds ? value.toNanosPart() == 0 : value.toNanosPart() % 1_000_000 == 0;
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        } else if (!whole) {
          out.invalid(key, "is not a whole number of " + unit, value.toString(), expected());
        }
      }

      @Override
      public String show(Duration value) {
        return value.toString();
      }
    };
  }

  /** A size sent as bytes, in {@code [min, max]}. */
  public static Codec<DataSize> bytes(DataSize min, DataSize max) {
    return new Codec<DataSize>("a DataSize between " + min + " and " + max) {
      @Override
      public String encode(DataSize value) {
        return decimal(value.toBytes());
      }

      @Override
      public @Nullable DataSize decode(String raw) {
        try {
          return DataSize.ofBytes(Long.parseLong(raw.trim()));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }

      @Override
      public void check(String key, DataSize value, Violations out) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
          out.invalid(key, "must be between " + min + " and " + max, value.toString(), expected());
        }
      }
    };
  }

  /** One of {@code allowed}, sent as each constant's {@code toString()}. */
  public static <E extends Enum<E>> Codec<E> enumeration(Collection<E> allowed) {
    List<E> values = new ArrayList<>(allowed);
    String expected =
        "one of " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return new Codec<E>(expected) {
      @Override
      public String encode(E value) {
        return value.toString();
      }

      @Override
      public @Nullable E decode(String raw) {
        for (E e : values) {
          if (e.toString().equals(raw)) {
            return e;
          }
        }
        String spelling = spelling(raw);
        for (E e : values) {
          if (spelling(e.toString()).equals(spelling) || spelling(e.name()).equals(spelling)) {
            return e;
          }
        }
        return null;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void check(String key, E value, Violations out) {
        if (!values.contains(value)) {
          out.invalid(key, "is not supported by this connector", value.toString(), expected());
        }
      }
    };
  }

  /**
   * An enum value as Confluent compares it: case-insensitively, with spaces and hyphens as underscores
   * ({@code Http response}, {@code http_response} and {@code HTTP_RESPONSE} are one value).
   */
  static String spelling(String value) {
    return value.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  /** Every constant of {@code type}. */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return enumeration(Arrays.asList(type.getEnumConstants()));
  }

  /** A comma-separated list of non-blank strings. */
  public static Codec<List<String>> list() {
    return new Codec<List<String>>("a non-empty list of non-blank values without commas") {
      @Override
      public String encode(List<String> value) {
        return joinComma(value);
      }

      @Override
      public List<String> decode(String raw) {
        List<String> out = new ArrayList<>();
        for (String s : raw.split(",", -1)) {
          out.add(s.trim());
        }
        return out;
      }

      @Override
      public void check(String key, List<String> value, Violations out) {
        for (String s : value) {
          if (s.trim().isEmpty() || s.contains(",") || !s.equals(s.trim())) {
            out.invalid(key, "has a blank element or one with a comma or surrounding spaces", s, expected());
          }
        }
      }
    };
  }

  /** A Kafka topic name ({@code ${connector}} allowed when {@code placeholder}). */
  public static Codec<String> topic(boolean placeholder) {
    return new Text("a topic name without whitespace or commas, e.g. orders") {
      @Override
      public void check(String key, String value, Violations out) {
        checkTopic(key, placeholder ? value.replace("${connector}", "lcc-x") : value, value, out);
      }
    };
  }

  /** Adds a violation unless {@code name} is a valid Kafka topic name. */
  public static void checkTopic(String key, String name, String shown, Violations out) {
    if (!isTopicName(name)) {
      out.invalid(key, "is not a topic name", shown, "a topic name without whitespace or commas, e.g. orders");
    }
  }

  /** 1-249 of a-z A-Z 0-9 . _ - and not {@code .} or {@code ..} (checked without a regex: this runs per build). */
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


  /** A string that must compile as a Java regular expression. */
  public static Codec<String> regex() {
    return new Text("a valid Java regular expression") {
      @Override
      public void check(String key, String value, Violations out) {
        checkRegex(key, value, out);
      }
    };
  }

  /** Adds a violation unless {@code regex} compiles. */
  public static void checkRegex(String key, String regex, Violations out) {
    if (regex.isEmpty()) {
      out.invalid(key, "is empty", regex, "a valid Java regular expression");
      return;
    }
    if (VALID_REGEXES.contains(regex)) {
      return;
    }
    try {
      java.util.regex.Pattern.compile(regex);
      if (VALID_REGEXES.size() < VALID_REGEXES_MAX) {
        VALID_REGEXES.add(regex);
      }
    } catch (java.util.regex.PatternSyntaxException e) {
      out.invalid(key, "is not a valid regular expression: " + e.getDescription(), regex, "a valid Java regex");
    }
  }

  /**
   * A name shaped {@code [first][middle]{min,max}[last]}, or {@code [first][middle]{min,max}} when {@code last} is
   * null: the regex's verdict without a regex. A class is written as its characters, with {@code A} for every ASCII
   * letter and {@code 0} for every digit: {@code "A0-"} is {@code [A-Za-z0-9-]}.
   */
  public static Codec<String> name(
      String first, String middle, int min, int max, @Nullable String last, String expected) {
    return new Text(expected) {
      @Override
      public void check(String key, String value, Violations out) {
        if (!isName(value, first, middle, min, max, last)) {
          out.invalid(key, "does not have the expected shape", value, expected());
        }
      }
    };
  }

  static boolean isName(String value, String first, String middle, int min, int max, @Nullable String last) {
    int n = value.length();
    int ends = last == null ? 1 : 2;
    if (n < min + ends || n > max + ends || !inClass(value.charAt(0), first)) {
      return false;
    }
    int middleEnd = last == null ? n : n - 1;
    for (int i = 1; i < middleEnd; i++) {
      if (!inClass(value.charAt(i), middle)) {
        return false;
      }
    }
    return last == null || inClass(value.charAt(n - 1), last);
  }

  private static boolean inClass(char c, String chars) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return chars.indexOf('A') >= 0 || chars.indexOf(c) >= 0;
    }
    if (c >= '0' && c <= '9') {
      return chars.indexOf('0') >= 0 || chars.indexOf(c) >= 0;
    }
    return chars.indexOf(c) >= 0;
  }

  /** A string matching {@code regex} entirely. */
  public static Codec<String> matching(String regex, String expected) {
    Shape shape = new Shape(regex);
    return new Text(expected) {
      @Override
      public void check(String key, String value, Violations out) {
        if (!shape.matches(value)) {
          out.invalid(key, "does not have the expected shape", value, expected());
        }
      }
    };
  }

  /**
   * A fixed pattern that keeps one {@link Matcher} to reuse, so that a check does not allocate one per call; a
   * thread that finds it taken uses a new one. The matcher is reset to the empty string after use so that it does not
   * keep the checked value.
   */
  static final class Shape {
    private final Pattern pattern;
    private final AtomicReference<@Nullable Matcher> spare = new AtomicReference<>();

    Shape(String regex) {
      this.pattern = Pattern.compile(regex);
    }

    boolean matches(String value) {
      Matcher m = spare.getAndSet(null);
      if (m == null) {
        m = pattern.matcher(value);
      } else {
        m.reset(value);
      }
      boolean matches = m.matches();
      m.reset("");
      spare.set(m);
      return matches;
    }
  }

  /** A PEM private key body: base64 only, without BEGIN/END lines or line breaks. */
  public static Codec<Secret> privateKey() {
    return new SecretCodec("the key body only: base64, no -----BEGIN/END----- lines, no line breaks", true);
  }

  /** Milliseconds since the epoch. */
  public static Codec<java.time.Instant> epochMillis() {
    return new Codec<java.time.Instant>("an Instant at or after 1970-01-01T00:00:00Z, whole milliseconds") {
      @Override
      public String encode(java.time.Instant value) {
        return decimal(value.toEpochMilli());
      }

      @Override
      public java.time.@Nullable Instant decode(String raw) {
        try {
          return java.time.Instant.ofEpochMilli(Long.parseLong(raw.trim()));
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, java.time.Instant value, Violations out) {
        if (value.isBefore(java.time.Instant.EPOCH)
            || value.isAfter(java.time.Instant.parse("9999-12-31T00:00:00Z"))
            || !value.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).equals(value)) {
          out.invalid(key, "is out of range", value.toString(), expected());
        }
      }

      @Override
      public String show(java.time.Instant value) {
        return value.toString();
      }
    };
  }

  /** A character sent as its character code (CSV separators and quotes). */
  public static Codec<Character> charCode() {
    return new Codec<Character>("a printable ASCII character") {
      @Override
      public String encode(Character value) {
        return decimal(value);
      }

      @Override
      public @Nullable Character decode(String raw) {
        try {
          int code = Integer.parseInt(raw.trim());
          return code >= 0 && code <= Character.MAX_VALUE ? (char) code : null;
        } catch (NumberFormatException e) {
          return null;
        }
      }

      @Override
      public void check(String key, Character value, Violations out) {
        if ((value < 32 && value != '\t') || value > 126) {
          out.invalid(key, "is not a printable ASCII character or tab", Integer.toString(value), expected());
        }
      }
    };
  }

  /**
   * {@code a:b,c:d} pairs in order; keys are topic names when {@code topicKeys}, values regexes when
   * {@code regexValues}.
   */
  public static Codec<java.util.Map<String, String>> pairs(boolean topicKeys, boolean regexValues) {
    return new Codec<java.util.Map<String, String>>("topic:value pairs, values without commas") {
      @Override
      public String encode(java.util.Map<String, String> value) {
        return joinPairs(value, ',');
      }

      @Override
      public java.util.@Nullable Map<String, String> decode(String raw) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String pair : raw.split(",", -1)) {
          int colon = pair.indexOf(':');
          if (colon < 0) {
            return null;
          }
          out.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
        }
        return out;
      }

      @Override
      public void check(String key, java.util.Map<String, String> value, Violations out) {
        value.forEach(
            (k, v) -> {
              if (topicKeys) {
                checkTopic(key, k, k, out);
              } else if (k.isEmpty() || k.contains(":") || k.contains(",")) {
                out.invalid(key, "has an invalid key", k, "a key without ':' or ','");
              }
              if (v.isEmpty() || v.contains(",") || !v.equals(v.trim()) || (!regexValues && v.contains(":"))) {
                out.invalid(key, "has an invalid value for " + k, v, "a non-empty value without ',' or surrounding spaces");
              } else if (regexValues) {
                checkRegex(key, v, out);
              }
            });
      }
    };
  }

  /** {@code String.join(",", values)}; a single value as it is. */
  static String joinComma(List<String> values) {
    return values.size() == 1 ? values.get(0) : String.join(",", values);
  }

  /** The header names of a raw {@code Name: value|Name2: value2} list, values masked: a header value may be a credential. */
  static String headerNames(String raw) {
    StringBuilder out = new StringBuilder();
    for (String pair : raw.split("\\|", -1)) {
      if (out.length() > 0) {
        out.append('|');
      }
      int colon = pair.indexOf(':');
      out.append(colon < 0 ? Secret.MASK : pair.substring(0, colon).trim() + ": " + Secret.MASK);
    }
    return out.toString();
  }

  /** {@code k:v} pairs joined by {@code separator}, in the map's order. */
  private static String joinPairs(java.util.Map<String, String> value, char separator) {
    StringBuilder out = new StringBuilder();
    for (java.util.Map.Entry<String, String> e : value.entrySet()) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(e.getKey()).append(':').append(e.getValue());
    }
    return out.toString();
  }

  /**
   * HTTP headers written {@code Name: value|Name2: value2}, as real configs write them; read with or without the space
   * after the colon (only that one space is dropped, so any value round-trips).
   */
  public static Codec<java.util.Map<String, String>> headers() {
    return new Codec<java.util.Map<String, String>>("Name: value headers without '|' ") {
      @Override
      public String showRaw(String raw) {
        return headerNames(raw);
      }

      @Override
      public String encode(java.util.Map<String, String> value) {
        StringBuilder out = new StringBuilder();
        for (java.util.Map.Entry<String, String> e : value.entrySet()) {
          if (out.length() > 0) {
            out.append('|');
          }
          out.append(e.getKey()).append(": ").append(e.getValue());
        }
        return out.toString();
      }

      @Override
      public java.util.@Nullable Map<String, String> decode(String raw) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String pair : raw.split("\\|", -1)) {
          int colon = pair.indexOf(':');
          if (colon <= 0) {
            return null;
          }
          String value = pair.substring(colon + 1);
          // "Name: value" or "Name:value": one space after the colon belongs to the format, the rest to the value
          out.put(pair.substring(0, colon).trim(), value.startsWith(" ") ? value.substring(1) : value);
        }
        return out;
      }

      @Override
      public void check(String key, java.util.Map<String, String> value, Violations out) {
        value.forEach(
            (k, v) -> {
              if (!HEADER_NAME.matches(k)) {
                out.invalid(key, "has an invalid header name", k, "an HTTP token such as Content-Type");
              } else if (dev.connectkit.internal.CredentialKeys.isCredentialHeader(k)) {
                out.invalid(key, "has the credential header " + k + " among plain headers", Secret.MASK,
                    "sensitiveHeaders(Secret.of(\"" + k + ":…\")), so it is masked");
              } else if (v.contains("|") || v.contains("\n") || v.contains("\r")) {
                // a header value may be a credential: name the header, never show its value
                out.invalid(key, "has a value with '|' or a line break in header " + k, Secret.MASK,
                    "a single-line value without '|'");
              }
            });
      }
    };
  }

  /** A time zone id such as {@code UTC} or {@code Europe/Berlin}. */
  public static Codec<java.time.ZoneId> zoneId() {
    return new Codec<java.time.ZoneId>("a time zone id such as UTC or Europe/Berlin") {
      @Override
      public String encode(java.time.ZoneId value) {
        return value.getId();
      }

      @Override
      public java.time.@Nullable ZoneId decode(String raw) {
        try {
          return java.time.ZoneId.of(raw);
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    };
  }

  /** A comma-separated list of constants of {@code type}. */
  public static <E extends Enum<E>> Codec<List<E>> enumList(Class<E> type) {
    Codec<E> one = enumeration(type);
    return new Codec<List<E>>("a list of " + one.expected()) {
      @Override
      public String encode(List<E> value) {
        if (value.size() == 1) {
          return String.valueOf(value.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          out.append(value.get(i));
        }
        return out.toString();
      }

      @Override
      public @Nullable List<E> decode(String raw) {
        List<E> out = new ArrayList<>();
        for (String s : raw.split(",", -1)) {
          E e = one.decode(s.trim());
          if (e == null) {
            return null;
          }
          out.add(e);
        }
        return out;
      }

      @Override
      public boolean isOpen() {
        return true;
      }
    };
  }

  /** {@code regex:[COL_A|COL_B],regex2:[COL_C]}: table regex to its columns. */
  public static Codec<java.util.Map<String, List<String>>> columnsMapping() {
    return new Codec<java.util.Map<String, List<String>>>("table-regex to columns, e.g. DB.S.T.*:[UPDATED_AT]") {
      @Override
      public String encode(java.util.Map<String, List<String>> value) {
        StringBuilder out = new StringBuilder();
        for (java.util.Map.Entry<String, List<String>> e : value.entrySet()) {
          if (out.length() > 0) {
            out.append(',');
          }
          out.append(e.getKey()).append(":[");
          List<String> columns = e.getValue();
          for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
              out.append('|');
            }
            out.append(columns.get(i));
          }
          out.append(']');
        }
        return out.toString();
      }

      @Override
      public java.util.@Nullable Map<String, List<String>> decode(String raw) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^,:]+):\\[([^\\]]*)\\](,|$)").matcher(raw);
        int end = 0;
        while (m.find() && m.start() == end) {
          out.put(m.group(1), List.of(m.group(2).split("\\|", -1)));
          end = m.end();
        }
        return end == raw.length() && !out.isEmpty() ? out : null;
      }

      @Override
      public void check(String key, java.util.Map<String, List<String>> value, Violations out) {
        for (java.util.Map.Entry<String, List<String>> e : value.entrySet()) {
          String regex = e.getKey();
          List<String> columns = e.getValue();
          if (regex.contains(",") || regex.contains(":")) {
            out.invalid(key, "has a table regex with ',' or ':'", regex, "a regex without ',' or ':'");
          } else {
            checkRegex(key, regex, out);
          }
          if (columns.isEmpty() || !allColumns(columns)) {
            out.invalid(key, "has invalid columns for " + regex, String.join("|", columns),
                "one or more column names");
          }
        }
      }

      private boolean allColumns(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
          if (!COLUMN.matches(columns.get(i))) {
            return false;
          }
        }
        return true;
      }
    };
  }
}
