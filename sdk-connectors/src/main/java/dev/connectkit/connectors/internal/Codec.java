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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How one typed value travels as a Connect property string, and which values are valid.
 *
 * @param <T> the typed value
 */
public abstract class Codec<T> {
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`~-]+");
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=]+");

  private final String expected;

  Codec(String expected) {
    this.expected = expected;
  }

  /** What a valid value looks like, in words. */
  public final String expected() {
    return expected;
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

  /** Whether {@code value} parses as a {@link URI} with an http(s) scheme and a host, and has no space. */
  static boolean isHttpUrl(String value) {
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
      } else if (base64 && !BASE64.matcher(revealed).matches()) {
        out.invalid(key, "does not have the expected shape", Secret.MASK, expected());
      }
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
        return value instanceof Number ? Long.toString(((Number) value).longValue()) : value.toString();
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
        return Long.toString(seconds ? value.toSeconds() : value.toMillis());
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
        return Long.toString(value.toBytes());
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
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      out.invalid(key, "is not a valid regular expression: " + e.getDescription(), regex, "a valid Java regex");
    }
  }

  /** A string matching {@code regex} entirely. */
  public static Codec<String> matching(String regex, String expected) {
    Pattern pattern = Pattern.compile(regex);
    return new Text(expected) {
      @Override
      public void check(String key, String value, Violations out) {
        if (!pattern.matcher(value).matches()) {
          out.invalid(key, "does not have the expected shape", value, expected());
        }
      }
    };
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
        return Long.toString(value.toEpochMilli());
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
        return Long.toString(value);
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
              if (!HEADER_NAME.matcher(k).matches()) {
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
          if (!COLUMN.matcher(columns.get(i)).matches()) {
            return false;
          }
        }
        return true;
      }
    };
  }
}
