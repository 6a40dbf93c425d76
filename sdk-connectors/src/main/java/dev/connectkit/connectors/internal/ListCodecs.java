package dev.connectkit.connectors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Values written as one comma-separated string: lists, {@code key:value} pairs, table regexes with their columns. */
final class ListCodecs {
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern COLUMNS_MAPPING = Pattern.compile("([^,:]+):\\[([^\\]]*)\\](,|$)");

  private ListCodecs() {}

  /** A comma-separated list of non-blank strings. */
  static Codec<List<String>> list() {
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

  /** {@code String.join(",", values)}; a single value as it is. */
  static String joinComma(List<String> values) {
    return values.size() == 1 ? values.get(0) : String.join(",", values);
  }

  /**
   * {@code a:b,c:d} pairs in order; keys are topic names when {@code topicKeys}, values regexes when
   * {@code regexValues}.
   */
  static Codec<Map<String, String>> pairs(boolean topicKeys, boolean regexValues) {
    return new Codec<Map<String, String>>("topic:value pairs, values without commas") {
      @Override
      public String encode(Map<String, String> value) {
        return joinPairs(value, ',');
      }

      @Override
      public @Nullable Map<String, String> decode(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
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
      public void check(String key, Map<String, String> value, Violations out) {
        value.forEach(
            (k, v) -> {
              if (topicKeys) {
                TopicCodec.checkTopic(key, k, k, out);
              } else if (k.isEmpty() || k.contains(":") || k.contains(",")) {
                out.invalid(key, "has an invalid key", k, "a key without ':' or ','");
              }
              if (v.isEmpty() || v.contains(",") || !v.equals(v.trim()) || (!regexValues && v.contains(":"))) {
                out.invalid(key, "has an invalid value for " + k, v, "a non-empty value without ',' or surrounding spaces");
              } else if (regexValues) {
                RegexCodec.checkRegex(key, v, out);
              }
            });
      }
    };
  }

  /** {@code k:v} pairs joined by {@code separator}, in the map's order. */
  private static String joinPairs(Map<String, String> value, char separator) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : value.entrySet()) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(e.getKey()).append(':').append(e.getValue());
    }
    return out.toString();
  }

  /** {@code regex:[COL_A|COL_B],regex2:[COL_C]}: table regex to its columns. */
  static Codec<Map<String, List<String>>> columnsMapping() {
    return new Codec<Map<String, List<String>>>("table-regex to columns, e.g. DB.S.T.*:[UPDATED_AT]") {
      @Override
      public String encode(Map<String, List<String>> value) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> e : value.entrySet()) {
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
      public @Nullable Map<String, List<String>> decode(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = COLUMNS_MAPPING.matcher(raw);
        int end = 0;
        while (m.find() && m.start() == end) {
          out.put(m.group(1), List.of(m.group(2).split("\\|", -1)));
          end = m.end();
        }
        return end == raw.length() && !out.isEmpty() ? out : null;
      }

      @Override
      public void check(String key, Map<String, List<String>> value, Violations out) {
        for (Map.Entry<String, List<String>> e : value.entrySet()) {
          String regex = e.getKey();
          List<String> columns = e.getValue();
          if (regex.contains(",") || regex.contains(":")) {
            out.invalid(key, "has a table regex with ',' or ':'", regex, "a regex without ',' or ':'");
          } else {
            RegexCodec.checkRegex(key, regex, out);
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
