package dev.connectkit.plan.yaml.internal;

import dev.connectkit.ConnectorConfig;
import dev.connectkit.Placement;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.DesiredConnector;
import dev.connectkit.plan.DesiredState;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link ConnectorSet} as Java source that builds it: one class, one {@code connectorSet()} method, a
 * {@code GenericConnectorConfig} builder per connector, every secret a {@code Secret.unknown()} placeholder.
 */
public final class JavaSourceWriter {
  private JavaSourceWriter() {}

  public static String write(ConnectorSet set, String packageName, String className) {
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    out.append("import dev.connectkit.ConnectorName;\n")
        .append("import dev.connectkit.ConnectorType;\n")
        .append("import dev.connectkit.GenericConnectorConfig;\n")
        .append("import dev.connectkit.Placement;\n")
        .append("import dev.connectkit.Secret;\n")
        .append("import dev.connectkit.Stage;\n")
        .append("import dev.connectkit.plan.ConnectorSet;\n")
        .append("import dev.connectkit.plan.DesiredConnector;\n")
        .append("import dev.connectkit.plan.DesiredState;\n\n")
        .append("/**\n * Connector set ").append(set.id()).append(" (stage ").append(set.stage().id())
        .append("), imported by ConnectKit.\n * Every Secret.unknown() is a placeholder: replace it, e.g. with")
        .append(" Secret.fromEnv(\"NAME\").\n */\n")
        .append("public final class ").append(className).append(" {\n")
        .append("  private ").append(className).append("() {}\n\n")
        .append("  public static ConnectorSet connectorSet() {\n")
        .append("    return ConnectorSet.builder(").append(literal(set.id())).append(", Stage.")
        .append(set.stage().name()).append(")\n");
    for (DesiredConnector entry : set.entries()) {
      ConnectorConfig config = entry.config();
      out.append("        .add(DesiredConnector.of(GenericConnectorConfig.builder()\n")
          .append("                .name(").append(name(config)).append(")\n")
          .append("                .connectorClass(").append(literal(config.connectorClass())).append(")\n")
          .append("                .type(ConnectorType.").append(config.type().name()).append(")\n");
      Map<String, String> plain = new TreeMap<>(config.properties());
      plain.remove("connector.class");
      plain.remove("name");
      plain.forEach((k, v) -> out.append("                .property(").append(literal(k)).append(", ")
          .append(literal(v)).append(")\n"));
      new TreeMap<>(config.secrets()).keySet().forEach(k -> out.append("                .secret(")
          .append(literal(k)).append(", Secret.unknown())\n"));
      out.append("                .build())");
      if (entry.state() != DesiredState.RUNNING) {
        out.append(".state(DesiredState.").append(entry.state().name()).append(')');
      }
      if (entry.isProtected()) {
        out.append(".protect()");
      }
      entry.secretsVersion().ifPresent(v -> out.append(".secretsVersion(").append(literal(v)).append(')'));
      out.append(")\n");
    }
    out.append("        .build();\n  }\n}\n");
    return out.toString();
  }

  private static String name(ConnectorConfig config) {
    if (config.name().placement().isPresent()) {
      Placement p = config.name().placement().get();
      String placement = p.landingZone().isPresent()
          ? "Placement.shared(" + literal(p.landingZone().get()) + ", " + literal(p.businessUnit()) + ", Stage."
              + p.stage().name() + ")"
          : "Placement.dedicated(" + literal(p.businessUnit()) + ", Stage." + p.stage().name() + ")";
      return placement + ".name(" + literal(config.name().id()) + ")";
    }
    return "ConnectorName.raw(" + literal(config.name().fullName()) + ")";
  }

  /** {@code text} as a Java string literal (the escapes of a YAML double-quoted scalar are Java's too). */
  static String literal(String text) {
    return SetWriter.quote(text);
  }
}
