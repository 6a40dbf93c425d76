package dev.connectkit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JMH JSON result file ({@code -rf json}, run with {@code -prof gc}) into the README's tables: every figure with
 * its error (JMH's 99.9 % confidence half-interval), its ratio to the baseline of the same run with the propagated
 * error, and the allocation per operation ({@code gc.alloc.rate.norm}).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.connectkit.benchmarks.Report results/jmh.json
 * }</pre>
 */
public final class Report {
  private Report() {}

  /** A score with its error. */
  static final class Score {
    final double value;
    final double error;

    Score(double value, double error) {
      this.value = value;
      this.error = Double.isNaN(error) ? 0 : error;
    }

    Score ratioTo(Score base) {
      double r = value / base.value;
      double e = r * Math.sqrt(sq(error / value) + sq(base.error / base.value));
      return new Score(r, e);
    }

    private static double sq(double x) {
      return x * x;
    }
  }

  /** One benchmark result: name, params, time and allocation. */
  static final class Row {
    final String benchmark;
    final Map<String, String> params;
    final Score time;
    final @Nullable Score alloc;

    Row(String benchmark, Map<String, String> params, Score time, @Nullable Score alloc) {
      this.benchmark = benchmark;
      this.params = params;
      this.time = time;
      this.alloc = alloc;
    }

    String param(String key) {
      return Objects.requireNonNullElse(params.get(key), "");
    }
  }

  @SuppressWarnings("unchecked")
  static List<Row> read(Path file) throws Exception {
    JsonAdapter<List<Map<String, Object>>> adapter =
        new Moshi.Builder().build().adapter(Types.newParameterizedType(List.class, Map.class));
    List<Map<String, Object>> json =
        Objects.requireNonNull(adapter.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
    List<Row> rows = new ArrayList<>();
    for (Map<String, Object> b : json) {
      String name = (String) Objects.requireNonNull(b.get("benchmark"));
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      Map<String, String> params = new LinkedHashMap<>();
      Object p = b.get("params");
      if (p instanceof Map) {
        ((Map<String, Object>) p).forEach((k, v) -> params.put(k, String.valueOf(v)));
      }
      Map<String, Object> primary = (Map<String, Object>) Objects.requireNonNull(b.get("primaryMetric"));
      Score time = toMicros(score(primary), String.valueOf(primary.get("scoreUnit")));
      Score alloc = null;
      Object secondary = b.get("secondaryMetrics");
      if (secondary instanceof Map) {
        for (Map.Entry<String, Object> e : ((Map<String, Object>) secondary).entrySet()) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            alloc = score((Map<String, Object>) e.getValue());
          }
        }
      }
      rows.add(new Row(name, params, time, alloc));
    }
    return rows;
  }

  /** Times in µs whatever the run's unit ({@code ms/op} for single shots). */
  private static Score toMicros(Score s, String unit) {
    double f = unit.startsWith("ms") ? 1e3 : unit.startsWith("ns") ? 1e-3 : unit.startsWith("s/") ? 1e6 : 1;
    return new Score(s.value * f, s.error * f);
  }

  private static Score score(Map<String, Object> metric) {
    Object error = metric.get("scoreError");
    return new Score(
        ((Number) Objects.requireNonNull(metric.get("score"))).doubleValue(),
        error instanceof Number ? ((Number) error).doubleValue() : Double.NaN);
  }

  static String perCall(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Per-call overhead (µs/op, 99.9 % CI; allocation B/op)\n\n")
        .append("| call | floor: raw OkHttp+Moshi | floor alloc | Retrofit+Moshi ÷ floor | Retrofit alloc − floor")
        .append(" | ConnectKit ÷ floor | ConnectKit alloc − floor | targets (≤ 1.10×, ≤ +3 KB) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (String op : new String[] {"create", "get", "status", "list100", "pause"}) {
      Row floor = find(rows, "PerCallBenchmark." + op, "contestant", "floor");
      Row retrofit = find(rows, "PerCallBenchmark." + op, "contestant", "retrofit");
      Row sdk = find(rows, "PerCallBenchmark." + op, "contestant", "sdk");
      if (floor == null) {
        continue;
      }
      sb.append("| ").append(op).append(" | ").append(fmt(floor.time, "µs")).append(" | ")
          .append(bytes(floor.alloc)).append(" | ")
          .append(retrofit == null ? "—" : ratio(retrofit.time.ratioTo(floor.time))).append(" | ")
          .append(retrofit == null ? "—" : delta(retrofit.alloc, floor.alloc)).append(" | ")
          .append(sdk == null ? "—" : ratio(sdk.time.ratioTo(floor.time))).append(" | ")
          .append(sdk == null ? "—" : delta(sdk.alloc, floor.alloc)).append(" | ")
          .append(sdk == null ? "—" : verdict(sdk, floor)).append(" |\n");
    }
    return sb.toString();
  }

  private static String verdict(Row sdk, Row floor) {
    Score r = sdk.time.ratioTo(floor.time);
    String time = r.value <= 1.10 ? "time met" : (r.value - r.error <= 1.10 ? "time within error" : "time MISSED");
    Score sa = sdk.alloc;
    Score fa = floor.alloc;
    String alloc = sa == null || fa == null ? "alloc ?" : (sa.value - fa.value <= 3072 ? "alloc met" : "alloc MISSED");
    return time + ", " + alloc;
  }

  /**
   * The instrumentation claim (issue 20): the SDK instrumented with sdk-micrometer costs at most 3 % more time per call
   * and at most 1 KB more allocation per call than the same SDK uninstrumented, both in the same JMH run; judged for
   * each instrumentation in the run: Observations ({@code sdk-observed}: metrics and tracing) and metrics only ({@code
   * sdk-metered}). Time is judged only when the ratio's error is within the 3 % margin.
   */
  static String instrumentation(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Instrumentation: sdk-micrometer vs the same calls uninstrumented\n\n")
        .append("| call | instrumentation | uninstrumented µs/op | instrumented µs/op | instrumented ÷ uninstrumented")
        .append(" | uninstrumented B/op | alloc added | targets (≤ 1.03×, ≤ +1 KB) |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---|\n");
    for (String op : new String[] {"create", "get", "status", "list100", "pause"}) {
      Row plain = find(rows, "PerCallBenchmark." + op, "contestant", "sdk");
      if (plain == null) {
        continue;
      }
      for (String contestant : new String[] {"sdk-observed", "sdk-metered"}) {
        Row instrumented = find(rows, "PerCallBenchmark." + op, "contestant", contestant);
        if (instrumented == null) {
          continue;
        }
        Score r = instrumented.time.ratioTo(plain.time);
        // A 3 % margin cannot be judged from a ratio whose own error is wider than the margin.
        String time = r.error > 0.03 ? "time not judged (error > 3 %)"
            : r.value <= 1.03 ? "time met" : (r.value - r.error <= 1.03 ? "time within error" : "time MISSED");
        Score ia = instrumented.alloc;
        Score pa = plain.alloc;
        String alloc =
            ia == null || pa == null ? "alloc ?" : (ia.value - pa.value <= 1024 ? "alloc met" : "alloc MISSED");
        sb.append("| ").append(op).append(" | ")
            .append(contestant.equals("sdk-observed") ? "Observations" : "metrics only").append(" | ")
            .append(fmt(plain.time, "")).append(" | ").append(fmt(instrumented.time, "")).append(" | ")
            .append(ratio(r)).append(" | ").append(bytes(pa)).append(" | ").append(delta(ia, pa)).append(" | ")
            .append(time).append(", ").append(alloc).append(" |\n");
      }
    }
    return sb.toString();
  }

  static String watch(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Watch scale: one poll (list request + decode + diff + events)\n\n")
        .append("| connectors | watches | µs/poll | B/poll | B/poll per connector | ÷ the 100-connector poll |\n")
        .append("|---:|---|---:|---:|---:|---:|\n");
    for (String mode : new String[] {"one", "each"}) {
      Row base = null;
      for (String n : new String[] {"100", "1000", "10000"}) {
        Row r = null;
        for (Row x : rows) {
          if (x.benchmark.equals("WatchScaleBenchmark.poll") && x.param("connectors").equals(n)
              && x.param("watches").equals(mode)) {
            r = x;
          }
        }
        if (r == null) {
          continue;
        }
        if (base == null) {
          base = r;
        }
        Score alloc = r.alloc;
        sb.append("| ").append(String.format(Locale.ROOT, "%,d", Integer.parseInt(n))).append(" | ")
            .append(mode.equals("one") ? "1 of all" : n + " of one each").append(" | ").append(fmt(r.time, ""))
            .append(" | ").append(bytes(alloc)).append(" | ")
            .append(alloc == null ? "?" : String.format(Locale.ROOT, "%,.0f", alloc.value / Integer.parseInt(n)))
            .append(" | ").append(ratio(r.time.ratioTo(base.time))).append(" |\n");
      }
    }
    return sb.toString();
  }

  static String peer(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Peer: Kafka Connect target vs sourcelab kafka-connect-client 4.0.4\n\n")
        .append("| call | peer µs/op | peer B/op | ConnectKit ÷ peer (time) | ConnectKit B/op | ÷ peer (alloc)")
        .append(" | alloc target ≤ 0.6× |\n|---|---:|---:|---:|---:|---:|---|\n");
    for (String op : new String[] {"create", "get", "status", "list100", "pause"}) {
      Row peer = find(rows, "PeerBenchmark." + op, "contestant", "peer");
      Row sdk = find(rows, "PeerBenchmark." + op, "contestant", "kc-sdk");
      if (peer == null || sdk == null) {
        continue;
      }
      Score pa = peer.alloc;
      Score sa = sdk.alloc;
      double ar = pa == null || sa == null ? Double.NaN : sa.value / pa.value;
      sb.append("| ").append(op).append(" | ").append(fmt(peer.time, "")).append(" | ").append(bytes(pa))
          .append(" | ").append(ratio(sdk.time.ratioTo(peer.time))).append(" | ").append(bytes(sa)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f×", ar)).append(" | ")
          .append(Double.isNaN(ar) ? "?" : ar <= 0.6 ? "met" : "MISSED").append(" |\n");
    }
    Row ok = find(rows, "TransportBenchmark.status", "transport", "okhttp");
    Row apache = find(rows, "TransportBenchmark.status", "transport", "apache");
    if (ok != null && apache != null) {
      sb.append("\nTransport alone (GET status, body read as bytes, no decoding): OkHttp ").append(fmt(ok.time, "µs"))
          .append(", ").append(bytes(ok.alloc)).append("; Apache HttpClient ").append(fmt(apache.time, "µs"))
          .append(", ").append(bytes(apache.alloc)).append("; OkHttp ÷ Apache ")
          .append(ratio(ok.time.ratioTo(apache.time))).append(".\n");
    }
    return sb.toString();
  }

  static String decode(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Decoding alone: the SDK's JSON → public model vs Moshi into the floor's DTOs\n\n")
        .append("| answer | SDK µs/op | floor µs/op | SDK ÷ floor, time | SDK B/op | floor B/op | SDK − floor |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String what : List.of("List100", "Status", "Connector")) {
      Row sdk = find(rows, "DecodeBenchmark.sdk" + what);
      Row floor = find(rows, "DecodeBenchmark.floor" + what);
      if (sdk == null || floor == null) {
        continue;
      }
      sb.append("| ").append(what).append(" | ").append(fmt(sdk.time, "")).append(" | ").append(fmt(floor.time, ""))
          .append(" | ").append(ratio(sdk.time.ratioTo(floor.time))).append(" | ").append(bytes(sdk.alloc))
          .append(" | ").append(bytes(floor.alloc)).append(" | ")
          .append(delta(sdk.alloc, floor.alloc))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** The one config-build claim: each config's build + validate + JSON is at most 5 % of the floor's create call. */
  static String configBuild(List<Row> rows) {
    StringBuilder sb = new StringBuilder("### Config build: typed builder + validate + JSON vs the floor's create call\n\n")
        .append("| connector | ConnectKit µs/config | ConnectKit B/op | floor create µs | config build ÷ floor create")
        .append(" | target (≤ 5 %) |\n|---|---:|---:|---:|---:|---|\n");
    Row floor = find(rows, "PerCallBenchmark.create", "contestant", "floor");
    for (Row sdk : rows) {
      if (!sdk.benchmark.equals("ConfigBuildBenchmark.sdk")) {
        continue;
      }
      sb.append("| ").append(sdk.param("type")).append(" | ").append(fmt(sdk.time, "")).append(" | ")
          .append(bytes(sdk.alloc)).append(" | ");
      if (floor == null) {
        sb.append("— | — | no floor create in this run |\n");
        continue;
      }
      Score r = sdk.time.ratioTo(floor.time);
      String verdict = r.value <= 0.05 ? "met" : (r.value - r.error <= 0.05 ? "within error" : "MISSED");
      sb.append(fmt(floor.time, "")).append(" | ").append(percent(r)).append(" | ").append(verdict).append(" |\n");
    }
    return sb.toString();
  }

  private static String percent(Score s) {
    return String.format(Locale.ROOT, "%.1f %% ± %.1f", s.value * 100, s.error * 100);
  }

  private static @Nullable Row find(List<Row> rows, String benchmark) {
    for (Row r : rows) {
      if (r.benchmark.equals(benchmark)) {
        return r;
      }
    }
    return null;
  }

  private static @Nullable Row find(List<Row> rows, String benchmark, String param, String value) {
    for (Row r : rows) {
      if (r.benchmark.equals(benchmark) && r.param(param).equals(value)) {
        return r;
      }
    }
    return null;
  }

  private static String fmt(Score s, String unit) {
    return String.format(Locale.ROOT, "%,.1f ± %,.1f%s", s.value, s.error, unit.isEmpty() ? "" : " " + unit);
  }

  private static String ratio(Score s) {
    return String.format(Locale.ROOT, "%.2f× ± %.2f", s.value, s.error);
  }

  private static String bytes(@Nullable Score s) {
    return s == null ? "?" : String.format(Locale.ROOT, "%,.0f B", s.value);
  }

  private static String delta(@Nullable Score a, @Nullable Score base) {
    if (a == null || base == null) {
      return "?";
    }
    return String.format(Locale.ROOT, "%+,.0f B (%.2f×)", a.value - base.value, a.value / base.value);
  }

  /** Arguments: JMH JSON files of one run. Prints the Markdown tables. */
  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>();
    for (String file : args) {
      rows.addAll(read(Path.of(file)));
    }
    System.out.println(perCall(rows));
    System.out.println(instrumentation(rows));
    System.out.println(peer(rows));
    System.out.println(decode(rows));
    System.out.println(configBuild(rows));
    System.out.println(watch(rows));
  }
}
