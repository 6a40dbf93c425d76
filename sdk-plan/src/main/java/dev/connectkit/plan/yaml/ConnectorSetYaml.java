package dev.connectkit.plan.yaml;

import dev.connectkit.Stage;
import dev.connectkit.plan.ConnectorSet;
import dev.connectkit.plan.yaml.internal.Overlays;
import dev.connectkit.plan.yaml.internal.SetReader;
import dev.connectkit.plan.yaml.internal.SetWriter;
import dev.connectkit.plan.yaml.internal.YamlProblemException;
import dev.connectkit.plan.yaml.internal.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Loads a {@link ConnectorSet} from YAML files in ConnectKit's connector-set format ({@code format: connectkit/v1},
 * described in {@code docs/connector-set-format.md}, JSON Schema {@code dev/connectkit/plan/yaml/connector-set.schema.json}
 * on the class path), and writes one back.
 *
 * <p>A stage's set is a base file plus, if it exists, the overlay file of that stage beside it: {@code sales.yaml}
 * and {@code sales.qas.yaml}. The overlay merges into the base: maps key by key ({@code null} removes a key),
 * {@code connectors} entries matched by {@code id} or {@code name} ({@code remove: true} drops one), anything else
 * replaced. Names are composed for the stage loaded, so one base file serves dev, qas and run.
 *
 * <p>Secrets are never written in a file, only referenced: {@code {env: NAME}}, {@code {file: PATH}} (relative to the
 * file) or {@code {unknown: true}} (a {@code Secret.unknown()} placeholder, never sent). A literal secret is refused,
 * under {@code secrets} or as a password-typed key under {@code config}.
 *
 * <pre>{@code
 * ConnectorSet qas = ConnectorSetYaml.load(Path.of("connectors/sales.yaml"), Stage.QAS);
 * // sales.yaml:
 * //   format: connectkit/v1
 * //   set: sales-connectors
 * //   placement: {businessUnit: sales}
 * //   connectors:
 * //     - id: orders-datagen
 * //       class: DatagenSource
 * //       config: {kafka.topic: orders, quickstart: ORDERS, output.data.format: JSON, tasks.max: 1}
 * //       secrets: {kafka.api.key: {env: SALES_KAFKA_KEY}, kafka.api.secret: {env: SALES_KAFKA_SECRET}}
 * }</pre>
 */
public final class ConnectorSetYaml {
  private ConnectorSetYaml() {}

  /**
   * The set of {@code stage} from {@code base} and its overlay, with {@code {env: NAME}} read from the process
   * environment.
   *
   * @throws ConnectorSetFormatException listing every problem, each with file, line, field and what would be valid
   */
  public static ConnectorSet load(Path base, Stage stage) {
    return load(base, stage, System::getenv);
  }

  /**
   * Like {@link #load(Path, Stage)}, with {@code {env: NAME}} read from {@code environment}.
   *
   * @throws ConnectorSetFormatException listing every problem
   */
  public static ConnectorSet load(Path base, Stage stage, Map<String, String> environment) {
    Map<String, String> env = Map.copyOf(environment);
    return load(base, stage, env::get);
  }

  private static ConnectorSet load(Path base, Stage stage, Function<String, @Nullable String> environment) {
    Objects.requireNonNull(stage, "stage");
    List<YamlProblemException> problems = new ArrayList<>();
    try {
      YamlTree.MapValue doc = document(base, true);
      YamlTree.MapValue overlay = document(overlayOf(base, stage), false);
      if (overlay != null && doc != null) {
        doc = Overlays.merge(doc, overlay);
      }
      if (doc != null) {
        SetReader reader = new SetReader(stage, environment);
        ConnectorSet set = reader.read(doc);
        problems.addAll(reader.problems());
        if (set != null && problems.isEmpty()) {
          return set;
        }
      }
    } catch (YamlProblemException e) {
      problems.add(e);
    }
    List<ConnectorSetFormatException.Problem> out = new ArrayList<>();
    for (YamlProblemException p : problems) {
      out.add(new ConnectorSetFormatException.Problem(p.where.file(), p.where.line(), p.field, p.problem, p.valid));
    }
    throw new ConnectorSetFormatException(out);
  }

  /** The overlay file of {@code stage} beside {@code base}: {@code sales.yaml} → {@code sales.qas.yaml}. */
  public static Path overlayOf(Path base, Stage stage) {
    String file = String.valueOf(base.getFileName());
    int dot = file.lastIndexOf('.');
    String overlay = dot < 0 ? file + "." + stage.id() : file.substring(0, dot) + "." + stage.id() + file.substring(dot);
    return base.resolveSibling(overlay);
  }

  /**
   * {@code set} in the connector-set format, loadable again with {@link #load}: the entries' names as {@code id}
   * under one {@code placement} when they share one, else as full {@code name}s; every secret as an {@code {unknown:
   * true}} placeholder (a value is never written).
   */
  public static String write(ConnectorSet set) {
    return SetWriter.write(set);
  }

  private static YamlTree.@Nullable MapValue document(Path file, boolean required) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      if (required) {
        throw new YamlProblemException(new YamlTree.Where(file.toString(), 1), "(file)", "does not exist",
            "a connector-set YAML file");
      }
      return null;
    } catch (IOException e) {
      throw new YamlProblemException(new YamlTree.Where(file.toString(), 1), "(file)",
          "cannot be read: " + e.getClass().getSimpleName(), "a readable UTF-8 file");
    }
    YamlTree.Value value = YamlTree.read(text, file.toString());
    if (!(value instanceof YamlTree.MapValue map)) {
      throw new YamlProblemException(value.where(), "(document)", "is not a mapping",
          "format: connectkit/v1, set: ID, connectors: [...]");
    }
    return map;
  }
}
