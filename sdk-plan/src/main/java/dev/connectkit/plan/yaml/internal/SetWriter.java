package dev.connectkit.plan.yaml.internal;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a {@link ConnectorSet} in the connector-set format: deterministic (keys sorted within {@code config} and
 * {@code secrets}), every value a double-quoted string, every secret a {@code {unknown: true}} placeholder: a secret's
 * value is never written.
 */
public final class SetWriter {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

  private SetWriter() {}

  public static String write(ConnectorSet set) {
    Optional<Placement> shared = sharedPlacement(set);
    StringBuilder out = new StringBuilder();
    out.append("# A ConnectKit connector set (docs/connector-set-format.md). Secrets are placeholders: replace each\n")
        .append("# {unknown: true} with {env: NAME} or {file: PATH} before applying.\n");
    out.append("format: ").append(Keys.FORMAT).append('\n');
    out.append("set: ").append(quote(set.id())).append('\n');
    shared.ifPresent(p -> {
      out.append("placement:\n  businessUnit: ").append(quote(p.businessUnit())).append('\n');
      p.landingZone().ifPresent(z -> out.append("  landingZone: ").append(quote(z)).append('\n'));
    });
    out.append(set.entries().isEmpty() ? "connectors: []\n" : "connectors:\n");
    for (DesiredConnector entry : set.entries()) {
      ConnectorConfig config = entry.config();
      if (shared.isPresent()) {
        out.append("  - id: ").append(quote(config.name().id())).append('\n');
      } else {
        out.append("  - name: ").append(quote(config.name().fullName())).append('\n');
      }
      out.append("    class: ").append(quote(config.connectorClass())).append('\n');
      if (!TypedConfigs.has(config.connectorClass())) {
        out.append("    type: ").append(config.type().name().toLowerCase(Locale.ROOT)).append('\n');
      }
      if (entry.state() != DesiredState.RUNNING) {
        out.append("    state: ").append(entry.state().name().toLowerCase(Locale.ROOT)).append('\n');
      }
      if (entry.isProtected()) {
        out.append("    protect: true\n");
      }
      entry.secretsVersion().ifPresent(v -> out.append("    secretsVersion: ").append(quote(v)).append('\n'));
      Map<String, String> plain = new TreeMap<>(config.properties());
      plain.remove("connector.class");
      plain.remove("name");
      if (!plain.isEmpty()) {
        out.append("    config:\n");
        plain.forEach((k, v) -> out.append("      ").append(key(k)).append(": ").append(quote(v)).append('\n'));
      }
      if (!config.secrets().isEmpty()) {
        out.append("    secrets:\n");
        new TreeMap<>(config.secrets())
            .keySet()
            .forEach(k -> out.append("      ").append(key(k)).append(": {unknown: true}\n"));
      }
    }
    return out.toString();
  }

  /** The placement every entry's name was composed with, if they share one. */
  private static Optional<Placement> sharedPlacement(ConnectorSet set) {
    Set<Optional<Placement>> placements = new LinkedHashSet<>();
    set.entries().forEach(e -> placements.add(e.config().name().placement()));
    return placements.size() == 1 ? placements.iterator().next() : Optional.empty();
  }

  private static String key(String key) {
    return PLAIN_KEY.matcher(key).matches() ? key : quote(key);
  }

  /** {@code text} as a YAML double-quoted scalar (JSON's and Java's escapes are YAML's too). */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
